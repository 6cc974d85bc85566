package org.releaseradar.connectors.elasticsearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;
import org.releaseradar.connectors.common.ConnectorVersion;
import org.releaseradar.connectors.common.config.ConverterChecks;

/**
 * Writes Radar's topics into Elasticsearch: each record is a document whose id is the record key,
 * in the alias its topic maps to; a tombstone deletes it. Values are Avro in the Confluent wire
 * format, read with the writer's schema and written as JSON with the Avro field names.
 *
 * <p>Built for the ways sinks commonly fail: bulk requests are bounded by actions, bytes and linger
 * with a bounded number in flight, and a task whose Elasticsearch is slow pauses its partitions
 * instead of buffering without limit or failing a flush; 429s, 5xx and lost connections are retried
 * with backoff and jitter for {@code retry.max.duration.ms}; a document Elasticsearch refuses goes to
 * the dead-letter queue with Elasticsearch's reason while the rest of its batch is indexed; an older
 * version of a document never overwrites a newer one; and only offsets of records Elasticsearch
 * acknowledged are committed. See {@code connectors/README.md}.
 */
public final class ElasticsearchSinkConnector extends SinkConnector {

    static final String TOPICS = SinkConnector.TOPICS_CONFIG;
    static final String ERRORS_TOLERANCE = "errors.tolerance";
    static final String DLQ_TOPIC = "errors.deadletterqueue.topic.name";
    static final String DLQ_CONTEXT_HEADERS = "errors.deadletterqueue.context.headers.enable";

    private Map<String, String> props;

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        new ElasticsearchSinkConfig(props); // fails the connector at once on a bad configuration
        this.props = Map.copyOf(props);
    }

    /** Every task gets the whole configuration; Connect spreads the topic partitions over them. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            configs.add(props);
        }
        return configs;
    }

    @Override
    public void stop() {
        // the tasks own every resource
    }

    @Override
    public Class<? extends Task> taskClass() {
        return ElasticsearchSinkTask.class;
    }

    @Override
    public ConfigDef config() {
        return ElasticsearchSinkConfig.CONFIG_DEF;
    }

    /**
     * Beyond each value: the converters must pass bytes and strings through, every topic in
     * {@code topics} must have an index, and {@code behavior.on.rejected.document=dlq} needs Connect's
     * dead-letter queue with its context headers (which carry Elasticsearch's reason).
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = super.validate(connectorConfigs);
        ConverterChecks.requirePassThrough(connectorConfigs, config,
                "The Elasticsearch sink reads Avro (Confluent wire format) itself: set value.converter="
                        + ConverterChecks.BYTE_ARRAY_CONVERTER);
        if (config.configValues().stream().anyMatch(v -> !v.errorMessages().isEmpty())) {
            return config; // the rules below read parsed values
        }
        ElasticsearchSinkConfig.crossFieldProblems(connectorConfigs)
                .forEach((key, problem) -> ConverterChecks.addError(config, key, null, key + " " + problem));

        IndexRouting routing = IndexRouting.parse(Arrays.asList(connectorConfigs.getOrDefault(
                ElasticsearchSinkConfig.TOPIC_INDEX_MAP, String.join(",", IndexRouting.DEFAULT_MAP)).split(",")));
        String topics = connectorConfigs.get(TOPICS);
        if (topics != null) {
            Set<String> unmapped = routing.unmapped(Arrays.asList(topics.split(",")));
            if (!unmapped.isEmpty()) {
                ConverterChecks.addError(config, ElasticsearchSinkConfig.TOPIC_INDEX_MAP, null, "topic(s) " + unmapped
                        + " have no index: add topic:alias pairs for them to " + ElasticsearchSinkConfig.TOPIC_INDEX_MAP);
            }
        }

        String behavior = connectorConfigs.getOrDefault(ElasticsearchSinkConfig.BEHAVIOR_ON_REJECTED,
                RejectedDocumentBehavior.DLQ.configValue());
        if (RejectedDocumentBehavior.parse(behavior) == RejectedDocumentBehavior.DLQ) {
            List<String> missing = new ArrayList<>();
            if (!"all".equals(connectorConfigs.getOrDefault(ERRORS_TOLERANCE, "none").trim().toLowerCase(Locale.ROOT))) {
                missing.add(ERRORS_TOLERANCE + "=all");
            }
            if (connectorConfigs.getOrDefault(DLQ_TOPIC, "").isBlank()) {
                missing.add(DLQ_TOPIC + "=radar.dlq (or another topic)");
            }
            if (!"true".equals(connectorConfigs.getOrDefault(DLQ_CONTEXT_HEADERS, "false").trim().toLowerCase(Locale.ROOT))) {
                missing.add(DLQ_CONTEXT_HEADERS + "=true (the headers carry Elasticsearch's reason)");
            }
            if (!missing.isEmpty()) {
                ConverterChecks.addError(config, ElasticsearchSinkConfig.BEHAVIOR_ON_REJECTED, behavior,
                        ElasticsearchSinkConfig.BEHAVIOR_ON_REJECTED + "=dlq sends rejected documents to Connect's"
                                + " dead-letter queue, which needs " + String.join(", ", missing)
                                + "; or set " + ElasticsearchSinkConfig.BEHAVIOR_ON_REJECTED + "=fail");
            }
        }
        return config;
    }
}
