package org.releaseradar.connectors.elasticsearch.document;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.releaseradar.connectors.elasticsearch.IndexRouting;
import org.releaseradar.connectors.elasticsearch.bulk.DocumentAction;
import org.releaseradar.search.document.AvroDocumentWriter;
import org.releaseradar.schemas.registry.SchemaNotFoundException;
import org.releaseradar.schemas.registry.SchemaRegistryException;
import org.releaseradar.schemas.serde.AvroDeserializer;

/**
 * Turns a sink record into a document action: the key is the document id, the topic names the
 * alias, a tombstone is a delete, and a value (Avro in the Confluent wire format, read with its
 * writer's schema from the registry) is written as JSON by {@link AvroDocumentWriter}.
 *
 * <p>A record that cannot become a document is {@link DecodedRecord.Unusable} with a reason naming
 * its topic, partition and offset. A registry that cannot be reached is not the record's fault: that
 * is a {@link RetriableException}, so Connect delivers the batch again later.
 */
public final class RecordDecoder implements AutoCloseable {

    /** Elasticsearch refuses longer ids (the whole bulk request, not just the item). */
    static final int MAX_ID_BYTES = 512;

    private final IndexRouting routing;
    private final AvroDeserializer<Object> deserializer;
    private final AvroDocumentWriter writer = new AvroDocumentWriter();

    /** @param registryConfig {@code schema.registry.url} and optionally {@code basic.auth.user.info} */
    public RecordDecoder(IndexRouting routing, Map<String, ?> registryConfig) {
        this(routing, configured(registryConfig));
    }

    /** With a deserializer configured elsewhere (tests give one with an in-memory registry). */
    public RecordDecoder(IndexRouting routing, AvroDeserializer<Object> deserializer) {
        this.routing = routing;
        this.deserializer = deserializer;
    }

    private static AvroDeserializer<Object> configured(Map<String, ?> registryConfig) {
        AvroDeserializer<Object> deserializer = new AvroDeserializer<>();
        deserializer.configure(registryConfig, false);
        return deserializer;
    }

    /**
     * @throws ConnectException   when the topic has no index (a configuration error, not the record's)
     * @throws RetriableException when the schema registry cannot be reached
     */
    public DecodedRecord decode(SinkRecord record) {
        String index = routing.aliasFor(record.topic()).orElseThrow(() -> new ConnectException("topic " + record.topic()
                + " has no index: add " + record.topic() + ":<alias> to topic.index.map"));
        String where = where(record);
        if (record.key() == null) {
            return unusable("the record has no key, and the key is the document id", where, null);
        }
        if (!(record.key() instanceof String id)) {
            throw new ConnectException("record keys must be strings (key.converter="
                    + "org.apache.kafka.connect.storage.StringConverter), got " + record.key().getClass().getName());
        }
        if (id.isEmpty()) {
            return unusable("the record key is empty, and the key is the document id", where, null);
        }
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            return unusable("the record key is longer than " + MAX_ID_BYTES
                    + " bytes, Elasticsearch's limit for a document id", where, null);
        }
        if (record.value() == null) {
            return new DecodedRecord.Action(DocumentAction.delete(index, id));
        }
        if (!(record.value() instanceof byte[] bytes)) {
            throw new ConnectException("record values must reach the sink as bytes (value.converter="
                    + "org.apache.kafka.connect.converters.ByteArrayConverter), got " + record.value().getClass().getName());
        }
        Object value;
        try {
            value = deserializer.deserialize(record.topic(), bytes);
        } catch (SerializationException e) {
            if (registryUnavailable(e)) {
                throw new RetriableException("schema registry unavailable while reading " + where + ": "
                        + e.getCause().getMessage(), e);
            }
            return unusable("the value is not readable Avro in the Confluent wire format: " + e.getMessage(), where, e);
        }
        if (!(value instanceof GenericRecord avro)) {
            return unusable("the value is Avro of type " + (value == null ? "null" : value.getClass().getSimpleName())
                    + ", not a record, and a document must be a JSON object", where, null);
        }
        try {
            return new DecodedRecord.Action(DocumentAction.index(index, id, writer.write(avro)));
        } catch (RuntimeException e) {
            return unusable("the Avro record cannot be written as a document: " + e.getMessage(), where, e);
        }
    }

    private static boolean registryUnavailable(SerializationException e) {
        return e.getCause() instanceof SchemaRegistryException registry && !(registry instanceof SchemaNotFoundException)
                && (registry.httpStatus() == SchemaRegistryException.NO_RESPONSE || registry.httpStatus() >= 500
                || registry.httpStatus() == 429);
    }

    private static DecodedRecord unusable(String reason, String where, Throwable cause) {
        return new DecodedRecord.Unusable("Record " + where + " cannot be indexed: " + reason, cause);
    }

    /** "topic radar.releases partition 0 offset 42", for messages and dead letters. */
    public static String where(SinkRecord record) {
        return "topic " + record.topic() + " partition " + record.kafkaPartition() + " offset " + record.kafkaOffset();
    }

    @Override
    public void close() {
        deserializer.close();
    }
}
