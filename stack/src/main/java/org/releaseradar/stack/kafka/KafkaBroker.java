package org.releaseradar.stack.kafka;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.releaseradar.stack.process.ChildProcess;
import org.releaseradar.stack.process.FreePort;
import org.releaseradar.stack.process.JvmCommand;
import org.releaseradar.stack.process.Readiness;

/**
 * A single-node KRaft Kafka broker in a child JVM running on this JVM's own class path (which
 * holds kafka_2.13), so it works from Maven, Surefire/Failsafe booter jars and the CLI alike.
 *
 * <p>Layout under its directory: {@code server.properties}, {@code log4j2.xml}, {@code cluster.id},
 * {@code data/} (the log dirs).
 */
public final class KafkaBroker {

    private final ChildProcess process;
    private final String bootstrapServers;

    private KafkaBroker(ChildProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts the broker and returns once an AdminClient can describe the cluster. */
    public static KafkaBroker start(Path directory, Path logFile, Path javaExecutable, Path parentWatchAgent,
                                    String heap, Duration readyTimeout) {
        int brokerPort = FreePort.onLoopback();
        int controllerPort = FreePort.onLoopback();
        while (controllerPort == brokerPort) {
            controllerPort = FreePort.onLoopback();
        }
        KafkaServerProperties server = new KafkaServerProperties(brokerPort, controllerPort, directory.resolve("data"),
                KafkaServerProperties.DEFAULT_PARTITIONS);
        Path properties = directory.resolve("server.properties");
        Path log4j = directory.resolve("log4j2.xml");
        try {
            Files.createDirectories(directory);
            Files.writeString(properties, server.render(), StandardCharsets.UTF_8);
            try (InputStream config = KafkaBroker.class.getResourceAsStream("kafka-log4j2.xml")) {
                Files.copy(config, log4j, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Kafka configuration in " + directory, e);
        }
        List<String> command = JvmCommand.of(javaExecutable, parentWatchAgent,
                List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-Djava.awt.headless=true",
                        "-Dlog4j2.configurationFile=" + log4j.toUri(),
                        // Log the server's own shutdown instead of losing it to log4j's hook.
                        "-Dlog4j.shutdownHookEnabled=false"),
                List.of("-cp", absoluteClassPath(System.getProperty("java.class.path")), KafkaNodeMain.class.getName(),
                        properties.toString(), directory.resolve("cluster.id").toString()));
        ChildProcess child = ChildProcess.start("Kafka", command, directory, logFile);
        String bootstrap = "127.0.0.1:" + brokerPort;
        Readiness.await(child, readyTimeout, () -> portOpen(brokerPort) && describeCluster(bootstrap));
        return new KafkaBroker(child, bootstrap);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public ChildProcess process() {
        return process;
    }

    public void stop(Duration grace) {
        process.stop(grace);
    }

    /** The child runs in another working directory, so relative class path entries must be resolved here. */
    static String absoluteClassPath(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    // Connecting an AdminClient before the port listens only fills the log with warnings.
    private static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean describeCluster(String bootstrap) throws Exception {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(3_000))
                    .nodes().get(4, TimeUnit.SECONDS).isEmpty();
        }
    }
}
