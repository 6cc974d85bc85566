package org.releaseradar.stack.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import org.releaseradar.stack.process.ChildProcess;
import org.releaseradar.stack.process.JvmCommand;
import org.releaseradar.stack.process.Readiness;
import org.releaseradar.stack.process.ServiceStartException;

/**
 * Apicurio Registry 3.3.3 from its prebuilt Quarkus distribution, in a child JVM on a JDK 21+.
 *
 * <p>Storage is H2 in a file under its directory ({@code db.mv.db}) so schemas and their ids survive
 * a restart (the distribution's default is an in-memory H2). Only 127.0.0.1 is bound: the HTTP port
 * is chosen by Quarkus; the management interface (0.0.0.0:9000 by default, and not switchable off
 * at run time in this build) is moved to 127.0.0.1 on a free port.
 */
public final class ApicurioRegistry {

    private final ChildProcess process;
    private final String baseUrl;

    private ApicurioRegistry(ChildProcess process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the registry; returns once the Confluent-compatible API answers and compatibility is BACKWARD. */
    public static ApicurioRegistry start(Path registryHome, Path directory, Path logFile, Path javaExecutable,
                                         Path parentWatchAgent, String heap, Duration readyTimeout) {
        Path runner = registryHome.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(runner)) {
            throw new ServiceStartException("Apicurio Registry distribution not found: " + runner + " is missing");
        }
        List<String> command = JvmCommand.of(javaExecutable, parentWatchAgent,
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx" + heap, "-Djava.awt.headless=true",
                        "-Dquarkus.http.host=127.0.0.1",
                        "-Dquarkus.http.port=0",
                        // The distribution fixes quarkus.management.enabled=true at build time, so the
                        // management interface cannot be turned off; keep it on loopback, on any free port.
                        "-Dquarkus.management.host=127.0.0.1",
                        "-Dquarkus.management.port=0",
                        "-Dapicurio.rules.global.compatibility=BACKWARD",
                        "-Dapicurio.datasource.url=" + datasourceUrl(directory)),
                List.of("-jar", runner.toString()));
        ChildProcess child = ChildProcess.start("Apicurio Registry", command, directory, logFile);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger port = new AtomicInteger();
        try {
            Readiness.await(child, readyTimeout, () -> {
                if (port.get() == 0) {
                    OptionalInt logged = ListeningPort.find(logFile, child.logOffset());
                    if (logged.isEmpty()) {
                        return false;
                    }
                    port.set(logged.getAsInt());
                }
                return get(http, "http://127.0.0.1:" + port.get() + "/apis/ccompat/v7/subjects") == 200;
            });
            String base = "http://127.0.0.1:" + port.get();
            setGlobalCompatibility(http, base, "BACKWARD");
            return new ApicurioRegistry(child, base);
        } catch (RuntimeException | IOException | InterruptedException e) {
            child.stop(Duration.ofSeconds(5));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw child.failure("could not be configured: " + e);
        }
    }

    /** H2 in a file; the URL is what Apicurio's {@code apicurio.datasource.url} expects. */
    static String datasourceUrl(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("db");
    }

    /** http://127.0.0.1:PORT */
    public String baseUrl() {
        return baseUrl;
    }

    /** The Confluent-compatible API: http://127.0.0.1:PORT/apis/ccompat/v7 */
    public String confluentCompatibleUrl() {
        return baseUrl + "/apis/ccompat/v7";
    }

    public ChildProcess process() {
        return process;
    }

    public void stop(Duration grace) {
        process.stop(grace);
    }

    private static int get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    // Apicurio's own default is NONE and Confluent's is BACKWARD; the pipeline expects BACKWARD.
    private static void setGlobalCompatibility(HttpClient http, String base, String level)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/apis/ccompat/v7/config"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"" + level + "\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("PUT /config returned " + response.statusCode() + ": " + response.body());
        }
    }
}
