package org.releaseradar.streams;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.releaseradar.schemas.Topics;
import org.releaseradar.streams.errors.DeadLetterDeserializationHandler;
import org.releaseradar.streams.errors.DeadLetterProductionHandler;

/**
 * How the streams application connects and runs.
 *
 * @param bootstrapServers  Kafka
 * @param schemaRegistryUrl a Confluent-API schema registry
 * @param applicationId     the Streams application id (consumer group, internal topic prefix)
 * @param stateDir          local state stores
 * @param overrides         any further Kafka Streams or client settings, applied last (e.g. security)
 */
public record StreamsAppSettings(String bootstrapServers, String schemaRegistryUrl, String applicationId,
                                 Path stateDir, Map<String, String> overrides) {

    public static final String DEFAULT_APPLICATION_ID = "radar-streams";

    public StreamsAppSettings {
        overrides = Map.copyOf(overrides);
    }

    /** The Kafka Streams configuration: exactly-once v2, dead letters to {@code radar.dlq}. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        // Reuse source topics as table changelogs where the topology allows it (radar.orgs, radar.releases).
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        p.put("schema.registry.url", schemaRegistryUrl);
        p.putAll(overrides);
        return p;
    }

    /** The serdes for this application's registry. */
    public StreamsSerdes serdes() {
        return StreamsSerdes.fromConfig(Map.of("schema.registry.url", schemaRegistryUrl));
    }
}
