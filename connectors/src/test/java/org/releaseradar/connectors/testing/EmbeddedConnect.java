package org.releaseradar.connectors.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;
import org.apache.kafka.connect.runtime.Herder;

/**
 * A real Kafka Connect worker (standalone mode) in the test JVM, against the real local broker.
 * Plugins are found through {@code META-INF/services} ({@code plugin.discovery=service_load}), as a
 * worker with Radar's plugin on its {@code plugin.path} would find them. Offsets go to a file, so a
 * worker started again on the same file resumes where the last one stopped.
 */
public final class EmbeddedConnect implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Connect<StandaloneHerder> connect;

    private EmbeddedConnect(Connect<StandaloneHerder> connect) {
        this.connect = connect;
    }

    public static EmbeddedConnect start(String bootstrapServers, Path offsetsFile) {
        // Connect calls Exit.exit on a failed start; in a test that must be an exception, not a dead JVM.
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("Connect worker wanted to exit(" + code + "): " + message);
        });
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
        return new EmbeddedConnect(new ConnectStandalone().startConnect(worker));
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
            throw new IllegalStateException("connector " + name + " was not accepted: " + e.getMessage(), e);
        }
    }

    /** The worker's herder, for status and validation calls. */
    public StandaloneHerder herder() {
        return connect.herder();
    }

    /** Stops the worker: tasks are stopped and their last offsets flushed. */
    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
