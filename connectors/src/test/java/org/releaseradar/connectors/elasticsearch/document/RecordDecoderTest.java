package org.releaseradar.connectors.elasticsearch.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.releaseradar.connectors.elasticsearch.IndexRouting;
import org.releaseradar.connectors.elasticsearch.bulk.DocumentAction;
import org.releaseradar.schemas.TestRecords;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.schemas.registry.SchemaNotFoundException;
import org.releaseradar.schemas.registry.SchemaRegistry;
import org.releaseradar.schemas.registry.SchemaRegistryException;
import org.releaseradar.schemas.serde.AvroDeserializer;
import org.releaseradar.schemas.serde.AvroSerializer;
import org.releaseradar.schemas.serde.WireFormat;

class RecordDecoderTest {

    private static final String TOPIC = "radar.releases";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final AvroSerializer<GenericContainer> serializer = new AvroSerializer<>(registry);
    private final IndexRouting routing = IndexRouting.parse(IndexRouting.DEFAULT_MAP);
    private final RecordDecoder decoder = new RecordDecoder(routing, new AvroDeserializer<>(registry));

    private static SinkRecord record(String topic, String key, Object value, long offset) {
        return new SinkRecord(topic, 3, null, key, null, value, offset);
    }

    @Test
    void aValueBecomesAnIndexActionOnTheTopicsAliasWithTheKeyAsId() throws Exception {
        byte[] bytes = serializer.serialize(TOPIC, TestRecords.modelRelease());

        DecodedRecord decoded = decoder.decode(record(TOPIC, "unsloth/GLM-4.5-GGUF", bytes, 7));

        DocumentAction action = ((DecodedRecord.Action) decoded).action();
        assertThat(action.index()).isEqualTo("radar-releases");
        assertThat(action.id()).isEqualTo("unsloth/GLM-4.5-GGUF");
        assertThat(action.isDelete()).isFalse();
        JsonNode doc = new ObjectMapper().readTree(action.source());
        assertThat(doc.get("released_at").textValue()).isEqualTo("2025-07-29T01:02:03Z");
        assertThat(doc.get("organization_kind").textValue()).isEqualTo("COMMUNITY");
    }

    @Test
    void everyRadarTopicGoesToItsAlias() {
        assertThat(routing.aliasFor("radar.news")).hasValue("radar-news");
        assertThat(routing.aliasFor("radar.stats.origin-month")).hasValue("radar-stats");
        assertThat(routing.aliasFor("radar.stats.org-month")).hasValue("radar-stats-org");
        assertThat(routing.aliasFor("radar.alerts")).hasValue("radar-alerts");
        byte[] bytes = serializer.serialize("radar.alerts", TestRecords.alert());
        DecodedRecord decoded = decoder.decode(record("radar.alerts", "a-1", bytes, 0));
        assertThat(((DecodedRecord.Action) decoded).action().index()).isEqualTo("radar-alerts");
    }

    @Test
    void aTombstoneDeletes() {
        DecodedRecord decoded = decoder.decode(record(TOPIC, "gone/model", null, 9));

        assertThat(((DecodedRecord.Action) decoded).action()).isEqualTo(DocumentAction.delete("radar-releases", "gone/model"));
    }

    @Test
    void recordsThatCannotBeDocumentsSayWhyAndWhere() {
        assertThat(reason(record(TOPIC, null, new byte[] {0}, 11)))
                .isEqualTo("Record topic radar.releases partition 3 offset 11 cannot be indexed: the record has no key,"
                        + " and the key is the document id");
        assertThat(reason(record(TOPIC, "", null, 12))).contains("key is empty");
        assertThat(reason(record(TOPIC, "x".repeat(513), null, 13))).contains("longer than 512 bytes");
        assertThat(reason(record(TOPIC, "k", "not avro".getBytes(), 14)))
                .startsWith("Record topic radar.releases partition 3 offset 14 cannot be indexed: the value is not"
                        + " readable Avro")
                .contains("magic byte");
        byte[] unknownId = concat(WireFormat.header(999), new byte[] {2, 'a'});
        assertThat(reason(record(TOPIC, "k", unknownId, 15))).contains("offset 15").contains("schema id 999");
        byte[] truncated = serializer.serialize(TOPIC, TestRecords.modelRelease());
        truncated = java.util.Arrays.copyOf(truncated, 12);
        assertThat(reason(record(TOPIC, "k", truncated, 16))).contains("offset 16").contains("truncated or corrupt");
        byte[] notARecord = serializer.serialize("radar.news", new org.apache.avro.generic.GenericData.EnumSymbol(
                Schema.createEnum("E", null, "t", List.of("A")), "A"));
        assertThat(reason(record("radar.news", "k", notARecord, 17))).contains("not a record");
    }

    @Test
    void anUnreachableRegistryIsRetriedNotBlamedOnTheRecord() {
        byte[] bytes = serializer.serialize(TOPIC, TestRecords.modelRelease());
        SchemaRegistry down = failingLookups(registry,
                new SchemaRegistryException("connection refused", SchemaRegistryException.NO_RESPONSE));
        RecordDecoder offline = new RecordDecoder(routing, new AvroDeserializer<>(down));

        assertThatThrownBy(() -> offline.decode(record(TOPIC, "k", bytes, 1)))
                .isInstanceOf(RetriableException.class).hasMessageContaining("schema registry unavailable")
                .hasMessageContaining("offset 1");
        SchemaRegistry missing = failingLookups(registry, new SchemaNotFoundException("no schema"));
        assertThat(new RecordDecoder(routing, new AvroDeserializer<>(missing)).decode(record(TOPIC, "k", bytes, 1)))
                .isInstanceOf(DecodedRecord.Unusable.class);
    }

    @Test
    void aTopicWithoutIndexIsAConfigurationError() {
        assertThatThrownBy(() -> decoder.decode(record("radar.other", "k", null, 0)))
                .isInstanceOf(ConnectException.class).hasMessageContaining("add radar.other:<alias> to topic.index.map");
    }

    private String reason(SinkRecord record) {
        DecodedRecord decoded = decoder.decode(record);
        assertThat(decoded).isInstanceOf(DecodedRecord.Unusable.class);
        return ((DecodedRecord.Unusable) decoded).reason();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** {@code registry}, except that looking a schema up by id throws {@code failure}. */
    private static SchemaRegistry failingLookups(SchemaRegistry registry, RuntimeException failure) {
        return (SchemaRegistry) Proxy.newProxyInstance(SchemaRegistry.class.getClassLoader(),
                new Class<?>[] {SchemaRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getById")) {
                        throw failure;
                    }
                    try {
                        return method.invoke(registry, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
