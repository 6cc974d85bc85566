package org.releaseradar.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.releaseradar.schemas.registry.HttpSchemaRegistry;
import org.releaseradar.schemas.registry.RegistryConfig;
import org.releaseradar.schemas.registry.SchemaRegistry;
import org.releaseradar.schemas.registry.SchemaRegistryException;

/**
 * Writes Avro records (generated specific records or generic records) in the Confluent wire format, with the
 * schema registered under the topic's subject ({@code <topic>-value} or {@code <topic>-key}).
 *
 * <p>Kafka can instantiate it by class name; it then builds an {@link HttpSchemaRegistry} from
 * {@code schema.registry.url} in {@link #configure}. Tests pass a registry to the constructor instead.
 * Settings: see {@link AvroSerdeConfig} and {@link RegistryConfig}. A {@code null} record becomes
 * {@code null} (a tombstone).
 */
public class AvroSerializer<T extends GenericContainer> implements Serializer<T> {

    private final SchemaRegistry injectedRegistry;
    private SchemaRegistry registry;
    private boolean isKey;
    private boolean autoRegister = true;

    /** For Kafka's by-class-name instantiation: the registry comes from {@code schema.registry.url}. */
    public AvroSerializer() {
        this(null);
    }

    /** Uses {@code registry} instead of building one from the configuration. */
    public AvroSerializer(SchemaRegistry registry) {
        this.injectedRegistry = registry;
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        configure(configs, isKey, injectedRegistry != null ? injectedRegistry : new HttpSchemaRegistry(RegistryConfig.from(configs)));
    }

    void configure(Map<String, ?> configs, boolean isKey, SchemaRegistry registry) {
        this.registry = registry;
        this.isKey = isKey;
        this.autoRegister = AvroSerdeConfig.from(configs).autoRegisterSchemas();
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroSerializer for topic " + topic + " is not configured: call configure() with "
                    + RegistryConfig.URL + " or pass a SchemaRegistry to the constructor");
        }
        Schema schema = data.getSchema();
        String subject = Subjects.forTopic(topic, isKey);
        int id;
        try {
            id = autoRegister ? registry.register(subject, schema) : registry.idOf(subject, schema);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("could not " + (autoRegister ? "register" : "find the id of") + " schema "
                    + schema.getFullName() + " under subject " + subject + " for a record on topic " + topic + ": "
                    + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(WireFormat.header(id));
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            writerFor(data, schema).write(data, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("record of type " + schema.getFullName() + " for topic " + topic
                    + " does not match its own schema: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private DatumWriter<T> writerFor(T data, Schema schema) {
        if (data instanceof SpecificRecord) {
            // The class's own model carries the conversions for its logical types (Instant, LocalDate).
            return new SpecificDatumWriter<>(schema, SpecificData.getForClass(data.getClass()));
        }
        return new GenericDatumWriter<>(schema, GenericData.get());
    }
}
