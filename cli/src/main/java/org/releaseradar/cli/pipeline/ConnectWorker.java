package org.releaseradar.cli.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * A real Kafka Connect worker in standalone mode inside this JVM: Radar's plugin is on the classpath
 * and found through {@code META-INF/services} ({@code plugin.discovery=service_load}), as a worker with
 * the plugin on its {@code plugin.path} would find it. Source offsets go to a file, so a worker started
 * again on the same file resumes where the last one stopped. The REST API listens on a free port of
 * 127.0.0.1 only.
 */
public final class ConnectWorker implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Connect<StandaloneHerder> connect;
    private final Path offsetsFile;

    private ConnectWorker(Connect<StandaloneHerder> connect, Path offsetsFile) {
        this.connect = connect;
        this.offsetsFile = offsetsFile;
    }

    /** A worker on {@code bootstrapServers} keeping its source offsets in {@code offsetsFile}. */
    public static ConnectWorker start(String bootstrapServers, Path offsetsFile) {
        return start(bootstrapServers, offsetsFile, Map.of());
    }

    /**
     * @param clientSettings extra worker settings, applied last: security settings for the worker's own
     *                       clients ({@code security.protocol}, {@code sasl.*}, {@code ssl.*}, also passed on
     *                       with the {@code producer.}, {@code consumer.} and {@code admin.} prefixes by the caller)
     */
    public static ConnectWorker start(String bootstrapServers, Path offsetsFile, Map<String, String> clientSettings) {
        // Connect calls Exit.exit on a failed start; inside radar (or a test) that must be an exception.
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("the Connect worker could not start (exit " + code + "): " + message);
        });
        try {
            Files.createDirectories(offsetsFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + offsetsFile.getParent(), e);
        }
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", bootstrapServers);
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        worker.put("offset.storage.file.filename", offsetsFile.toString());
        worker.put("offset.flush.interval.ms", "500");
        worker.put("plugin.discovery", "service_load");
        worker.put("listeners", "http://127.0.0.1:0");
        worker.put("rest.advertised.host.name", "127.0.0.1");
        worker.put("task.shutdown.graceful.timeout.ms", "10000");
        worker.putAll(clientSettings);
        return new ConnectWorker(new ConnectStandalone().startConnect(worker), offsetsFile);
    }

    /** Creates or replaces a connector and waits until the worker accepted it. */
    public ConnectorInfo putConnector(String name, Map<String, String> config) {
        Map<String, String> full = new HashMap<>(config);
        full.put("name", name);
        FutureCallback<Herder.Created<ConnectorInfo>> done = new FutureCallback<>();
        connect.herder().putConnectorConfig(name, full, true, done);
        try {
            return done.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).result();
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("connector " + name + " was not accepted: " + cause.getMessage(), e);
        }
    }

    /** The connector's and its tasks' states, empty when there is no such connector. */
    public Optional<ConnectorStateInfo> status(String name) {
        try {
            return Optional.of(connect.herder().connectorStatus(name));
        } catch (RuntimeException notFound) {
            return Optional.empty();
        }
    }

    /**
     * Why a connector or one of its tasks is FAILED (the worker's trace, first line), empty while all
     * of them run.
     */
    public Optional<String> failure(String name) {
        return status(name).flatMap(s -> {
            if ("FAILED".equals(s.connector().state())) {
                return Optional.of("connector " + name + " failed: " + firstLine(s.connector().trace()));
            }
            return s.tasks().stream().filter(t -> "FAILED".equals(t.state())).findFirst()
                    .map(t -> "connector " + name + " task " + t.id() + " failed: " + firstLine(t.trace()));
        });
    }

    /** The connectors on this worker. */
    public List<String> connectors() {
        return List.copyOf(connect.herder().connectors());
    }

    public Path offsetsFile() {
        return offsetsFile;
    }

    /** The worker's herder, for validation and other calls. */
    public StandaloneHerder herder() {
        return connect.herder();
    }

    /** Stops the worker: tasks are stopped and their last offsets flushed to the file. */
    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }

    private static String firstLine(String trace) {
        if (trace == null) {
            return "(no trace)";
        }
        int nl = trace.indexOf('\n');
        return nl < 0 ? trace : trace.substring(0, nl);
    }
}
