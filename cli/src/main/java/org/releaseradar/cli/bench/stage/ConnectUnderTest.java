package org.releaseradar.cli.bench.stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.releaseradar.cli.pipeline.ConnectWorker;
import org.releaseradar.cli.pipeline.SinkConfigs;
import org.releaseradar.connectors.elasticsearch.ElasticsearchSinkConnector;
import org.releaseradar.schemas.Topics;

/**
 * A standalone Kafka Connect worker in this JVM running the real {@link ElasticsearchSinkConnector} with
 * its default bulk settings on {@code radar.releases}, in the same {@link ConnectWorker} {@code radar run} uses.
 */
public final class ConnectUnderTest implements AutoCloseable {

    public static final String SINK = "radar-bench-elasticsearch";
    private final ConnectWorker connect;

    private ConnectUnderTest(ConnectWorker connect) {
        this.connect = connect;
    }

    public static ConnectUnderTest start(String bootstrapServers, Path offsetsFile) {
        // Sink offsets are committed on this interval: short, so "all acknowledged" is seen promptly.
        return new ConnectUnderTest(ConnectWorker.start(bootstrapServers, offsetsFile,
                Map.of("offset.flush.interval.ms", "250")));
    }

    /** The sink on {@code radar.releases} with the connector's default bulk settings. */
    public void startSink(Endpoints endpoints) {
        // With --config: the cluster's credentials and trust, as the sink's own keys (never printed).
        Map<String, String> sink = SinkConfigs.elasticsearch(endpoints.elasticsearch().toProperties(),
                endpoints.schemaRegistryUrl(), Map.of(), List.of(Topics.RELEASES));
        sink.put("name", SINK);
        sink.put("tasks.max", "1");
        connect.putConnector(SINK, sink);
    }

    /** The consumer group of the sink's tasks. */
    public static String sinkGroup() {
        return "connect-" + SINK;
    }

    /** True when the sink's task reports {@code state} (RUNNING, PAUSED); throws when it FAILED. */
    public boolean sinkIs(String state) {
        connect.failure(SINK).ifPresent(failure -> {
            throw new IllegalStateException(failure);
        });
        return connect.status(SINK).map(s -> !s.tasks().isEmpty()
                && s.tasks().stream().allMatch(t -> state.equals(t.state()))).orElse(false);
    }

    @Override
    public void close() {
        connect.close();
    }
}
