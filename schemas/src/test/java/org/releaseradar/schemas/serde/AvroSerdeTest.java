package org.releaseradar.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.releaseradar.schemas.TestRecords;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.avro.Organization;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;

class AvroSerdeTest {

    private static final String TOPIC = "radar.hf.models";
    private static final Map<String, Object> CONFIG = Map.of();

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    static Iterable<SpecificRecord> records() {
        return TestRecords.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void specificRecordsRoundTrip(SpecificRecord record) {
        @SuppressWarnings("unchecked")
        Class<SpecificRecord> type = (Class<SpecificRecord>) record.getClass();
        AvroSerde<SpecificRecord> serde = RadarSerdes.specific(type, registry, CONFIG, false);

        byte[] bytes = serde.serializer().serialize("topic", record);

        assertThat(serde.deserializer().deserialize("topic", bytes)).isEqualTo(record);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void genericRecordsRoundTripAndReadAsSpecific(SpecificRecord record) {
        AvroSerde<SpecificRecord> specific = new AvroSerde<>(null, registry);
        specific.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, "true"), false);
        AvroSerde<GenericRecord> generic = RadarSerdes.generic(registry, CONFIG, false);

        GenericRecord asGeneric = generic.deserializer().deserialize("topic", specific.serializer().serialize("topic", record));
        byte[] rewritten = generic.serializer().serialize("topic", asGeneric);

        assertThat(asGeneric.getSchema()).isEqualTo(record.getSchema());
        assertThat(specific.deserializer().deserialize("topic", rewritten)).isEqualTo(record);
    }

    @Test
    void writesMagicByteThenTheRegisteredIdThenAvro() {
        registry.register("unrelated-value", Organization.getClassSchema());
        AvroSerializer<ModelSnapshot> serializer = new AvroSerializer<>(registry);
        serializer.configure(CONFIG, false);

        byte[] bytes = serializer.serialize(TOPIC, TestRecords.modelSnapshot());

        int id = registry.latest(TOPIC + "-value").id();
        assertThat(id).isEqualTo(2);
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        assertThat(bytes.length).isGreaterThan(5);
    }

    @Test
    void keysUseTheKeySubject() {
        AvroSerializer<Organization> serializer = new AvroSerializer<>(registry);
        serializer.configure(CONFIG, true);

        serializer.serialize("radar.orgs", TestRecords.organization());

        assertThat(registry.subjects()).containsExactly("radar.orgs-key");
    }

    @Test
    void withoutAutoRegisterTheSchemaMustAlreadyBeRegistered() {
        AvroSerializer<ModelSnapshot> serializer = new AvroSerializer<>(registry);
        serializer.configure(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false), false);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, TestRecords.modelSnapshot()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("radar.hf.models-value").hasMessageContaining("ModelSnapshot");

        int id = registry.register(TOPIC + "-value", ModelSnapshot.getClassSchema());
        assertThat(ByteBuffer.wrap(serializer.serialize(TOPIC, TestRecords.modelSnapshot()), 1, 4).getInt()).isEqualTo(id);
    }

    @Test
    void fetchesEachWriterSchemaOnce() {
        AvroSerde<ModelSnapshot> serde = RadarSerdes.specific(ModelSnapshot.class, registry, CONFIG, false);
        byte[] bytes = serde.serializer().serialize(TOPIC, TestRecords.modelSnapshot());
        int before = registry.requestCount();

        for (int i = 0; i < 3; i++) {
            serde.deserializer().deserialize(TOPIC, bytes);
        }

        assertThat(registry.requestCount() - before).isEqualTo(1);
    }

    @Test
    void readsOldDataWithTheNewSchema() {
        Schema old = SchemaBuilder.record("Organization").namespace("org.releaseradar.schemas.avro").fields()
                .requiredString("namespace").requiredString("org_id").requiredString("display_name").endRecord();
        GenericRecord written = new GenericData.Record(old);
        written.put("namespace", "qwen");
        written.put("org_id", "alibaba");
        written.put("display_name", "Alibaba Cloud");
        byte[] bytes = RadarSerdes.generic(registry, CONFIG, false).serializer().serialize("radar.orgs", written);

        Organization read = RadarSerdes.specific(Organization.class, registry, CONFIG, false).deserializer()
                .deserialize("radar.orgs", bytes);

        assertThat(read.getOrgId()).isEqualTo("alibaba");
        assertThat(read.getCountry()).isNull();
        assertThat(read.getAliases()).isEmpty();
        assertThat(read.getBloc().name()).isEqualTo("UNKNOWN");
    }

    @Test
    void tombstonesStayNull() {
        AvroSerde<ModelSnapshot> serde = RadarSerdes.specific(ModelSnapshot.class, registry, CONFIG, false);

        assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
        assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
    }

    @Test
    void bytesNotInTheWireFormatAreRejectedPlainly() {
        AvroDeserializer<ModelSnapshot> deserializer = new AvroDeserializer<>(ModelSnapshot.class, registry);
        byte[] json = "{\"id\":\"Qwen/Qwen3-8B\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, json))
                .isInstanceOf(SerializationException.class)
                .hasMessage("record on topic radar.hf.models is not in the Confluent Avro wire format: expected magic byte 0, "
                        + "got 0x7b (first bytes: 7b 22 69 64 22 3a 22 51 77 65 6e 2f 51 77 65 6e ...)")
                .hasNoCause();
    }

    @Test
    void truncatedHeaderIsRejectedPlainly() {
        AvroDeserializer<ModelSnapshot> deserializer = new AvroDeserializer<>(ModelSnapshot.class, registry);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("record on topic radar.hf.models is truncated: 3 byte(s)")
                .hasMessageContaining("first bytes: 00 00 01");
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[0]))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void truncatedPayloadIsRejectedPlainly() {
        AvroSerde<ModelSnapshot> serde = RadarSerdes.specific(ModelSnapshot.class, registry, CONFIG, false);
        byte[] bytes = serde.serializer().serialize(TOPIC, TestRecords.modelSnapshot());
        byte[] truncated = Arrays.copyOf(bytes, 20);

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("record on topic radar.hf.models with schema id 1 is truncated or corrupt: its 15-byte Avro payload")
                .hasMessageContaining("first bytes: 00 00 00 00 01");
    }

    @Test
    void unknownSchemaIdIsRejectedPlainly() {
        AvroDeserializer<ModelSnapshot> deserializer = new AvroDeserializer<>(ModelSnapshot.class, registry);
        byte[] bytes = {0, 0, 0, 0, 99, 2, 'a'};

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("record on topic radar.hf.models refers to schema id 99, which the registry does not know "
                        + "(first bytes: 00 00 00 00 63 02 61)");
    }

    @Test
    void anUnconfiguredSerializerSaysWhatIsMissing() {
        assertThatThrownBy(() -> new AvroSerializer<ModelSnapshot>().serialize(TOPIC, TestRecords.modelSnapshot()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema.registry.url");
    }
}
