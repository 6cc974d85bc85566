package org.releaseradar.connectors.common.avro;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.connect.errors.RetriableException;
import org.releaseradar.schemas.registry.SchemaRegistryException;
import org.releaseradar.schemas.serde.AvroSerializer;

/**
 * Encodes a connector's records into Avro in the Confluent wire format, registering the schema
 * under the topic's subject.
 *
 * <p>Why the task encodes, not a Connect converter: Confluent's AvroConverter is not on Maven
 * Central, and the records are generated Avro classes already, so converting them to Connect
 * structs and back would only lose logical types. Radar's connectors therefore emit bytes, and the
 * connector configuration uses Connect's {@code ByteArrayConverter} for values (checked by
 * {@code validate}). Transformations (SMTs) cannot see inside such values.
 */
public final class AvroRecordEncoder implements AutoCloseable {

    private final AvroSerializer<SpecificRecord> serializer = new AvroSerializer<>();

    /** @param registryConfig {@code schema.registry.url} and optionally {@code basic.auth.user.info} */
    public AvroRecordEncoder(Map<String, ?> registryConfig) {
        Map<String, Object> config = new HashMap<>(registryConfig);
        config.putIfAbsent("auto.register.schemas", true);
        serializer.configure(config, false);
    }

    /**
     * @throws RetriableException when the registry cannot be reached, so Connect polls again later
     *         instead of failing the task
     */
    public byte[] encode(String topic, SpecificRecord value) {
        try {
            return serializer.serialize(topic, value);
        } catch (SerializationException e) {
            if (e.getCause() instanceof SchemaRegistryException registry
                    && (registry.httpStatus() == SchemaRegistryException.NO_RESPONSE || registry.httpStatus() >= 500)) {
                throw new RetriableException("schema registry unavailable while encoding for " + topic
                        + ": " + registry.getMessage(), e);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        serializer.close();
    }
}
