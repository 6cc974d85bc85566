package org.releaseradar.cli.stack;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.releaseradar.cli.RadarHome;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radar stack}: the local stack on its own, for poking at it with other tools. */
@Command(
        name = "stack",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the local stack on 127.0.0.1 — a KRaft Kafka broker, Apicurio Registry (Confluent API)"
                    + " and Elasticsearch — prints their endpoints and runs until Ctrl-C or SIGTERM.",
            "Restarting on the same data directory keeps topics, schemas and indices."})
public final class StackCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the stack (default: .radar/stack in the clone).")
    private Path dataDir;

    @Option(names = "--ready-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long each service may take to become ready (default: ${DEFAULT-VALUE}).")
    private long readyTimeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = (dataDir == null ? RadarHome.defaultStackDataDir() : dataDir).toAbsolutePath();
        out.printf("Starting Kafka, the schema registry and Elasticsearch on 127.0.0.1 (data: %s)...%n", dir);
        out.flush();

        long started = System.nanoTime();
        // LocalStack stops its child processes from its own shutdown hook on Ctrl-C and SIGTERM,
        // and each child exits by itself if this process is killed outright.
        LocalStack stack = LocalStack.start(LocalStackOptions.of(dir)
                .withReadyTimeout(Duration.ofSeconds(readyTimeoutSeconds)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        out.printf("%n");
        out.printf("  Kafka            %s%n", stack.kafkaBootstrapServers());
        out.printf("  Schema registry  %s%n", stack.schemaRegistryUrl());
        out.printf("  Elasticsearch    %s%n", stack.elasticsearchUrl());
        out.printf("  Data             %s%n", stack.dataDir());
        out.printf("  Logs             %s%n", stack.dataDir().resolve("logs"));
        out.printf("%nReady in %.1f s. Press Ctrl-C to stop.%n", took.toMillis() / 1000.0);
        out.flush();

        new CountDownLatch(1).await();
        return 0;
    }
}
