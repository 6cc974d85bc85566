package org.releaseradar.streams;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.releaseradar.schemas.registry.SchemaRegistry;
import org.releaseradar.schemas.serde.RadarSerdes;

/**
 * The serdes every topology is built with: string keys, Avro values in the Confluent wire format.
 * Built from the registry configuration in production; unit tests pass an in-memory registry (from
 * the schemas test-jar) so {@code TopologyTestDriver} runs without any server.
 *
 * @param registry a registry instance, or null to build one from {@code config}
 * @param config   at least {@code schema.registry.url} when {@code registry} is null
 */
public record StreamsSerdes(SchemaRegistry registry, Map<String, ?> config) {

    public StreamsSerdes {
        config = Map.copyOf(config);
    }

    /** Serdes that talk to the registry at {@code schema.registry.url}. */
    public static StreamsSerdes fromConfig(Map<String, ?> config) {
        return new StreamsSerdes(null, config);
    }

    public Serde<String> key() {
        return Serdes.String();
    }

    /** A value serde for a generated record class (specific reader). */
    public <T extends SpecificRecord> Serde<T> value(Class<T> type) {
        return RadarSerdes.specific(type, registry, config, false);
    }
}
