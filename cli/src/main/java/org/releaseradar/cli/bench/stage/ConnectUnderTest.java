package org.releaseradar.cli.bench.stage;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;
import org.releaseradar.connectors.elasticsearch.ElasticsearchSinkConnector;
import org.releaseradar.schemas.Topics;

/**
 * A standalone Kafka Connect worker in this JVM running the real {@link ElasticsearchSinkConnector} with
 * its default bulk settings on {@code radar.releases}. (Kept to the few lines the bench needs: the
 * shared {@code ConnectWorker} of branch wip/run had not landed when the bench was written.)
 */
public final class ConnectUnderTest implements AutoCloseable {

    public static final String SINK = "radar-bench-elasticsearch";
    private final Connect<StandaloneHerder> connect;

    private ConnectUnderTest(Connect<StandaloneHerder> connect) {
        this.connect = connect;
    }

    public static ConnectUnderTest start(String bootstrapServers, Path offsetsFile) {
        // Connect calls Exit.exit on a failed start: here that must be an exception, not a dead bench.
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("the Connect worker wanted to exit(" + code + "): " + message);
        });
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", bootstrapServers);
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        worker.put("offset.storage.file.filename", offsetsFile.toString());
        // Sink offsets are committed on this interval: short, so "all acknowledged" is seen promptly.
        worker.put("offset.flush.interval.ms", "250");
        worker.put("plugin.discovery", "service_load");
        worker.put("listeners", "http://127.0.0.1:0");
        worker.put("rest.advertised.host.name", "127.0.0.1");
        worker.put("task.shutdown.graceful.timeout.ms", "10000");
        return new ConnectUnderTest(new ConnectStandalone().startConnect(worker));
    }

    /** The sink on {@code radar.releases} with the connector's default bulk settings. */
    public void startSink(Endpoints endpoints) {
        Map<String, String> sink = new HashMap<>();
        sink.put("name", SINK);
        sink.put("connector.class", ElasticsearchSinkConnector.class.getName());
        sink.put("tasks.max", "1");
        sink.put("topics", Topics.RELEASES);
        sink.put("elasticsearch.url", String.join(",", endpoints.elasticsearch().urls().stream().map(Object::toString).toList()));
        sink.put("elasticsearch.engine", endpoints.elasticsearch().engine().configValue());
        sink.put("schema.registry.url", endpoints.schemaRegistryUrl());
        sink.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        sink.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        sink.put("consumer.override.isolation.level", "read_committed");
        sink.put("errors.tolerance", "all");
        sink.put("errors.deadletterqueue.topic.name", Topics.DLQ);
        sink.put("errors.deadletterqueue.context.headers.enable", "true");
        FutureCallback<Herder.Created<ConnectorInfo>> done = new FutureCallback<>();
        connect.herder().putConnectorConfig(SINK, sink, true, done);
        try {
            done.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the Elasticsearch sink was not accepted: " + e.getMessage(), e);
        }
    }

    /** The consumer group of the sink's tasks. */
    public static String sinkGroup() {
        return "connect-" + SINK;
    }

    /** True when the sink's task reports RUNNING. */
    public boolean sinkRunning() {
        try {
            var status = connect.herder().connectorStatus(SINK);
            return !status.tasks().isEmpty() && status.tasks().stream().allMatch(t -> "RUNNING".equals(t.state()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
