package org.releaseradar.stack.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.releaseradar.stack.process.ChildProcess;
import org.releaseradar.stack.process.FreePort;
import org.releaseradar.stack.process.JvmCommand;
import org.releaseradar.stack.process.Readiness;
import org.releaseradar.stack.process.ServiceStartException;

/**
 * Elasticsearch 7.10.2 in a child JVM on a JDK 17..23, from the class path directory the
 * elasticsearch-node module builds (its Jackson 2.10 and Netty 4.1 must never meet the
 * application's). Its data lives under {@code <directory>/node_1/data}.
 */
public final class ElasticsearchNode {

    static final String MAIN_CLASS = "org.releaseradar.stack.elasticsearch.ElasticsearchNodeMain";
    private static final String CLUSTER_NAME = "radar-local";
    private static final Pattern HEALTHY = Pattern.compile("\"status\"\\s*:\\s*\"(yellow|green)\"");

    private final ChildProcess process;
    private final String url;
    private final Launch launch;

    /** What a start needs, kept so the node can be started again on the same port and data. */
    private record Launch(Path nodeLib, Path directory, Path logFile, Path javaExecutable, Path parentWatchAgent,
                          String heap, Duration readyTimeout, int httpPort) {
    }

    private ElasticsearchNode(ChildProcess process, String url, Launch launch) {
        this.process = process;
        this.url = url;
        this.launch = launch;
    }

    /** Starts the node; returns once {@code GET /} answers 200 and the cluster is at least yellow. */
    public static ElasticsearchNode start(Path nodeLib, Path directory, Path logFile, Path javaExecutable,
                                          Path parentWatchAgent, String heap, Duration readyTimeout) {
        return start(new Launch(nodeLib, directory, logFile, javaExecutable, parentWatchAgent, heap, readyTimeout,
                FreePort.onLoopback()));
    }

    /**
     * Starts this (stopped) node again: same HTTP port, so clients configured with {@link #url()}
     * reconnect, and same data directory, so its indices are back.
     */
    public ElasticsearchNode startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException("Elasticsearch is still running at " + url);
        }
        return start(launch);
    }

    private static ElasticsearchNode start(Launch launch) {
        Path nodeLib = launch.nodeLib();
        Path directory = launch.directory();
        Path javaExecutable = launch.javaExecutable();
        Path parentWatchAgent = launch.parentWatchAgent();
        String heap = launch.heap();
        Duration readyTimeout = launch.readyTimeout();
        Path logFile = launch.logFile();
        if (!Files.isDirectory(nodeLib)) {
            throw new ServiceStartException("Elasticsearch node class path not found: " + nodeLib + " is missing");
        }
        int httpPort = launch.httpPort();
        int transportPort = FreePort.onLoopback();
        while (transportPort == httpPort) {
            transportPort = FreePort.onLoopback();
        }
        List<String> command = JvmCommand.of(javaExecutable, parentWatchAgent,
                List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-Djava.awt.headless=true",
                        // Elasticsearch 7.10 installs a SecurityManager on some paths; JDK 18+ forbids that unless allowed.
                        "-Djava.security.manager=allow",
                        "-Dlog4j2.disable.jmx=true",
                        // Log the node's own shutdown instead of losing it to log4j's hook.
                        "-Dlog4j.shutdownHookEnabled=false",
                        "-Dio.netty.noUnsafe=true", "-Dio.netty.recycler.maxCapacityPerThread=0",
                        "-Djava.io.tmpdir=" + directory.resolve("tmp")),
                List.of("-cp", nodeLib.toAbsolutePath() + "/*", MAIN_CLASS,
                        String.valueOf(httpPort), String.valueOf(transportPort), directory.toAbsolutePath().toString(),
                        CLUSTER_NAME));
        try {
            Files.createDirectories(directory.resolve("tmp"));
        } catch (IOException e) {
            throw new ServiceStartException("Cannot create " + directory.resolve("tmp"), e);
        }
        ChildProcess child = ChildProcess.start("Elasticsearch", command, directory, logFile);
        String url = "http://127.0.0.1:" + httpPort;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Readiness.await(child, readyTimeout, () -> get(http, url + "/").statusCode() == 200
                && HEALTHY.matcher(get(http, url + "/_cluster/health").body()).find());
        return new ElasticsearchNode(child, url, launch);
    }

    /** http://127.0.0.1:PORT */
    public String url() {
        return url;
    }

    public ChildProcess process() {
        return process;
    }

    public void stop(Duration grace) {
        process.stop(grace);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
