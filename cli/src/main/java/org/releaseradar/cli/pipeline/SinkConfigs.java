package org.releaseradar.cli.pipeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.releaseradar.connectors.elasticsearch.ElasticsearchSinkConnector;
import org.releaseradar.schemas.Topics;

/** The settings Radar's sink connectors share, for the pipeline and the benchmark. */
public final class SinkConfigs {

    private SinkConfigs() {
    }

    /**
     * The Elasticsearch sink on {@code topics}.
     *
     * @param elasticsearch every {@code elasticsearch.*} key (secrets included: a connector configuration, never printed)
     * @param registryAuth  the registry's credentials as the connectors take them, or an empty map
     */
    public static Map<String, String> elasticsearch(Map<String, String> elasticsearch, String registryUrl,
                                                    Map<String, String> registryAuth, Collection<String> topics) {
        Map<String, String> sink = new HashMap<>(elasticsearch);
        sink.putAll(registryAuth);
        sink.put("connector.class", ElasticsearchSinkConnector.class.getName());
        sink.put("topics", String.join(",", topics));
        sink.put("schema.registry.url", registryUrl);
        readsRadarTopics(sink);
        return sink;
    }

    /**
     * Keys as strings and Avro as bytes (the connectors decode the Confluent wire format themselves),
     * only committed records (the streams applications write transactionally), and what a sink cannot
     * deliver on {@code radar.dlq} with Connect's context headers.
     */
    static void readsRadarTopics(Map<String, String> sink) {
        sink.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        sink.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        sink.put("consumer.override.isolation.level", "read_committed");
        sink.put("errors.tolerance", "all");
        sink.put("errors.deadletterqueue.topic.name", Topics.DLQ);
        sink.put("errors.deadletterqueue.context.headers.enable", "true");
    }
}
