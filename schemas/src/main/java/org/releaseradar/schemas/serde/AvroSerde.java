package org.releaseradar.schemas.serde;

import java.util.Map;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.releaseradar.schemas.registry.HttpSchemaRegistry;
import org.releaseradar.schemas.registry.RegistryConfig;
import org.releaseradar.schemas.registry.SchemaRegistry;

/**
 * An {@link AvroSerializer} and {@link AvroDeserializer} sharing one registry client, so a schema fetched or
 * registered by one is cached for the other.
 */
public class AvroSerde<T extends GenericContainer> implements Serde<T> {

    private final SchemaRegistry injectedRegistry;
    private final AvroSerializer<T> serializer;
    private final AvroDeserializer<T> deserializer;

    /** A serde for the generated class {@code type}; {@code registry} may be {@code null} to build one from the configuration. */
    public AvroSerde(Class<T> type, SchemaRegistry registry) {
        this.injectedRegistry = registry;
        this.serializer = new AvroSerializer<>(registry);
        this.deserializer = new AvroDeserializer<>(type, registry);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        SchemaRegistry registry = injectedRegistry != null ? injectedRegistry : new HttpSchemaRegistry(RegistryConfig.from(configs));
        serializer.configure(configs, isKey, registry);
        deserializer.configure(configs, isKey, registry);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
