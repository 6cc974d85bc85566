package org.releaseradar.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.releaseradar.schemas.registry.HttpSchemaRegistry;
import org.releaseradar.schemas.registry.RegistryConfig;
import org.releaseradar.schemas.registry.SchemaNotFoundException;
import org.releaseradar.schemas.registry.SchemaRegistry;
import org.releaseradar.schemas.registry.SchemaRegistryException;

/**
 * Reads records in the Confluent wire format: fetches the writer schema by the id in the record (once per id)
 * and resolves it to the reader schema.
 *
 * <p>The reader schema is, in order: the generated class given to the constructor; with
 * {@code specific.avro.reader=true}, the generated class named by the writer schema; otherwise the writer schema
 * itself (a {@code GenericRecord}). Anything not in the wire format, truncated, or written with an id the
 * registry does not know fails with a {@link SerializationException} that says so and shows the first bytes.
 * {@code null} data (a tombstone) gives {@code null}.
 */
public class AvroDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;
    private final SchemaRegistry injectedRegistry;
    private final Map<Integer, DatumReader<T>> readersBySchemaId = new ConcurrentHashMap<>();
    private SchemaRegistry registry;
    private boolean specificReader;

    /** For Kafka's by-class-name instantiation: the registry comes from {@code schema.registry.url}. */
    public AvroDeserializer() {
        this(null, null);
    }

    /** Reads generic records (or specific ones with {@code specific.avro.reader=true}) through {@code registry}. */
    public AvroDeserializer(SchemaRegistry registry) {
        this(null, registry);
    }

    /**
     * Reads into the generated class {@code type}; {@code registry} may be {@code null} to build one from the
     * configuration.
     */
    public AvroDeserializer(Class<T> type, SchemaRegistry registry) {
        if (type != null && !SpecificRecord.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a generated Avro SpecificRecord class");
        }
        this.type = type;
        this.injectedRegistry = registry;
        this.registry = registry;
        this.specificReader = type != null;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        configure(configs, isKey, injectedRegistry != null ? injectedRegistry : new HttpSchemaRegistry(RegistryConfig.from(configs)));
    }

    void configure(Map<String, ?> configs, boolean isKey, SchemaRegistry registry) {
        this.registry = registry;
        this.specificReader = type != null || AvroSerdeConfig.from(configs).specificAvroReader();
        readersBySchemaId.clear();
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroDeserializer for topic " + topic + " is not configured: call configure() with "
                    + RegistryConfig.URL + " or pass a SchemaRegistry to the constructor");
        }
        WireFormat.Header header = WireFormat.readHeader(topic, data);
        int id = header.schemaId();
        DatumReader<T> reader = readersBySchemaId.computeIfAbsent(id, key -> readerFor(topic, id, data));
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(data, header.payloadOffset(), data.length - header.payloadOffset(), null);
        try {
            return reader.read(null, decoder);
        } catch (AvroTypeException e) {
            throw new SerializationException("record on topic " + topic + " was written with schema id " + id
                    + ", which cannot be read as " + readerName() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("record on topic " + topic + " with schema id " + id
                    + " is truncated or corrupt: its " + (data.length - WireFormat.HEADER_LENGTH)
                    + "-byte Avro payload does not decode with that schema (" + e.getClass().getSimpleName()
                    + ") (first bytes: " + WireFormat.firstBytes(data) + ")", e);
        }
    }

    private DatumReader<T> readerFor(String topic, int id, byte[] data) {
        Schema writer;
        try {
            writer = registry.getById(id);
        } catch (SchemaNotFoundException e) {
            throw new SerializationException("record on topic " + topic + " refers to schema id " + id
                    + ", which the registry does not know (first bytes: " + WireFormat.firstBytes(data) + ")", e);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("could not fetch schema id " + id + " for a record on topic " + topic
                    + ": " + e.getMessage(), e);
        }
        if (type != null) {
            SpecificData model = SpecificData.getForClass(type);
            return new SpecificDatumReader<>(writer, model.getSchema(type), model);
        }
        if (specificReader) {
            Class<?> generated = SpecificData.get().getClass(writer);
            if (generated == null || !SpecificRecord.class.isAssignableFrom(generated)) {
                throw new SerializationException("record on topic " + topic + " has schema " + writer.getFullName()
                        + " (id " + id + "), but " + AvroSerdeConfig.SPECIFIC_AVRO_READER
                        + "=true and no generated class of that name is on the classpath");
            }
            SpecificData model = SpecificData.getForClass(generated);
            return new SpecificDatumReader<>(writer, model.getSchema(generated), model);
        }
        return new GenericDatumReader<>(writer, writer, GenericData.get());
    }

    private String readerName() {
        return type != null ? type.getName() : "its generated class";
    }
}
