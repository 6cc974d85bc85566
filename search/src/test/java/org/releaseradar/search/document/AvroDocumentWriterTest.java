package org.releaseradar.search.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.releaseradar.schemas.TestRecords;

/**
 * Every Avro type to its document form (issue 5, "Document shape"), for records as the generic
 * reader gives them (logical types raw, {@code Utf8} strings) and as generated classes hold them.
 */
class AvroDocumentWriterTest {

    static final Schema ALL_TYPES = load("/all-types.avsc");
    private static final Instant AT = Instant.parse("2025-07-14T09:30:00Z");
    private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    private final ObjectMapper json = new ObjectMapper();
    private final AvroDocumentWriter writer = new AvroDocumentWriter();

    static Schema load(String resource) {
        try (InputStream in = AvroDocumentWriterTest.class.getResourceAsStream(resource)) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record of every type with the values a generic reader gives: logical types in their raw form. */
    static GenericRecord allTypesRaw() {
        Schema inner = ALL_TYPES.getField("rec").schema();
        GenericRecord rec = new GenericData.Record(inner);
        rec.put("x", "in");
        rec.put("at", AT.toEpochMilli());
        GenericRecord unionRec = new GenericData.Record(inner);
        unionRec.put("x", "u");
        unionRec.put("at", null);

        GenericRecord r = new GenericData.Record(ALL_TYPES);
        r.put("n", null);
        r.put("b", true);
        r.put("i", 42);
        r.put("l", 1L << 40);
        r.put("f", 1.5f);
        r.put("d", 2.25);
        r.put("s", "héllo \"quoted\"");
        r.put("by", ByteBuffer.wrap(new byte[] {1, 2, 3}));
        r.put("fx", new GenericData.Fixed(ALL_TYPES.getField("fx").schema(), new byte[] {0, 1, 2, 3}));
        r.put("e", new GenericData.EnumSymbol(ALL_TYPES.getField("e").schema(), "RED"));
        r.put("arr", List.of(1L, 2L, 3L));
        r.put("m", Map.of("a", 1L));
        r.put("rec", rec);
        r.put("u_null", null);
        r.put("u_str", "x");
        r.put("u_long", 7L);
        r.put("u_rec", unionRec);
        r.put("u_enum", new GenericData.EnumSymbol(ALL_TYPES.getField("e").schema(), "GREEN"));
        r.put("u_date", (int) LocalDate.of(2025, 7, 14).toEpochDay());
        r.put("ts_ms", AT.toEpochMilli());
        r.put("ts_ms_frac", AT.toEpochMilli() + 123);
        r.put("ts_us", AT.toEpochMilli() * 1_000 + 1);
        r.put("lts_ms", LocalDateTime.of(2025, 7, 14, 9, 30).toInstant(ZoneOffset.UTC).toEpochMilli());
        r.put("date", (int) LocalDate.of(2025, 7, 14).toEpochDay());
        r.put("t_ms", (int) (LocalTime.of(9, 30, 15, 250_000_000).toNanoOfDay() / 1_000_000));
        r.put("t_us", LocalTime.of(23, 59).toNanoOfDay() / 1_000);
        r.put("dec", ByteBuffer.wrap(BigInteger.valueOf(12_345).toByteArray()));
        r.put("dec_fx", new GenericData.Fixed(ALL_TYPES.getField("dec_fx").schema(),
                ByteBuffer.allocate(8).putLong(-5_000).array()));
        r.put("uuid", ID.toString());
        r.put("dur", new GenericData.Fixed(ALL_TYPES.getField("dur").schema(),
                ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(1).putInt(2).putInt(3_000).array()));
        r.put("arr_rec", List.of(rec));
        Map<String, Object> mapU = new LinkedHashMap<>();
        mapU.put("k", null);
        mapU.put("v", "s");
        r.put("map_u", mapU);
        r.put("map_rec", Map.of("one", rec));
        r.put("nested_arr", List.of(List.of("a"), List.of()));
        r.put("nan", Double.NaN);
        r.put("inf", Float.POSITIVE_INFINITY);
        return r;
    }

    JsonNode document(GenericRecord record) throws IOException {
        return json.readTree(writer.write(record));
    }

    @Test
    void everyAvroTypeHasItsDocumentForm() throws IOException {
        JsonNode d = document(allTypesRaw());
        assertAllTypes(d);
    }

    /** What both the raw and the converted forms must give. */
    static void assertAllTypes(JsonNode d) {
        assertThat(d.get("n").isNull()).isTrue();
        assertThat(d.get("b").booleanValue()).isTrue();
        assertThat(d.get("i").isInt()).isTrue();
        assertThat(d.get("i").intValue()).isEqualTo(42);
        assertThat(d.get("l").longValue()).isEqualTo(1L << 40);
        assertThat(d.get("f").doubleValue()).isEqualTo(1.5);
        assertThat(d.get("d").doubleValue()).isEqualTo(2.25);
        assertThat(d.get("s").textValue()).isEqualTo("héllo \"quoted\"");
        assertThat(d.get("by").textValue()).as("bytes as base64").isEqualTo("AQID");
        assertThat(d.get("fx").textValue()).as("fixed as base64").isEqualTo("AAECAw==");
        assertThat(d.get("e").textValue()).as("enum as its symbol").isEqualTo("RED");
        assertThat(d.get("arr").isArray()).isTrue();
        assertThat(d.get("arr")).extracting(JsonNode::longValue).containsExactly(1L, 2L, 3L);
        assertThat(d.get("m").isObject()).as("map as an object").isTrue();
        assertThat(d.get("m").get("a").longValue()).isEqualTo(1L);
        assertThat(d.get("rec").get("x").textValue()).as("nested record as an object").isEqualTo("in");
        assertThat(d.get("rec").get("at").textValue()).isEqualTo("2025-07-14T09:30:00Z");
        assertThat(d.get("u_null").isNull()).as("union null").isTrue();
        assertThat(d.get("u_str").textValue()).as("union: the branch's value, no wrapper").isEqualTo("x");
        assertThat(d.get("u_long").longValue()).isEqualTo(7L);
        assertThat(d.get("u_rec").get("x").textValue()).isEqualTo("u");
        assertThat(d.get("u_rec").get("at").isNull()).isTrue();
        assertThat(d.get("u_enum").textValue()).isEqualTo("GREEN");
        assertThat(d.get("u_date").textValue()).as("logical type inside a union").isEqualTo("2025-07-14");
        assertThat(d.get("ts_ms").textValue()).isEqualTo("2025-07-14T09:30:00Z");
        assertThat(d.get("ts_ms_frac").textValue()).isEqualTo("2025-07-14T09:30:00.123Z");
        assertThat(d.get("ts_us").textValue()).isEqualTo("2025-07-14T09:30:00.000001Z");
        assertThat(d.get("lts_ms").textValue()).as("local timestamp: no zone, seconds written").isEqualTo("2025-07-14T09:30:00");
        assertThat(d.get("date").textValue()).isEqualTo("2025-07-14");
        assertThat(d.get("t_ms").textValue()).isEqualTo("09:30:15.25");
        assertThat(d.get("t_us").textValue()).isEqualTo("23:59:00");
        assertThat(d.get("dec").isNumber()).as("decimal as a number").isTrue();
        assertThat(d.get("dec").decimalValue()).isEqualByComparingTo("123.45");
        assertThat(d.get("dec_fx").decimalValue()).isEqualByComparingTo("-5");
        assertThat(d.get("uuid").textValue()).isEqualTo(ID.toString());
        assertThat(d.get("dur").get("months").longValue()).isEqualTo(1);
        assertThat(d.get("dur").get("days").longValue()).isEqualTo(2);
        assertThat(d.get("dur").get("milliseconds").longValue()).isEqualTo(3_000);
        assertThat(d.get("arr_rec").get(0).get("x").textValue()).isEqualTo("in");
        assertThat(d.get("map_u").get("k").isNull()).isTrue();
        assertThat(d.get("map_u").get("v").textValue()).isEqualTo("s");
        assertThat(d.get("map_rec").get("one").get("at").textValue()).isEqualTo("2025-07-14T09:30:00Z");
        assertThat(d.get("nested_arr").get(0).get(0).textValue()).isEqualTo("a");
        assertThat(d.get("nested_arr").get(1).isEmpty()).isTrue();
        assertThat(d.get("nan").isNull()).as("NaN has no JSON form").isTrue();
        assertThat(d.get("inf").isNull()).isTrue();
    }

    @Test
    void fieldsKeepTheirAvroNamesAndOrderAndNothingIsAdded() throws IOException {
        JsonNode d = document(allTypesRaw());
        List<String> names = ALL_TYPES.getFields().stream().map(Schema.Field::name).toList();
        assertThat(d.fieldNames()).toIterable().containsExactlyElementsOf(names);
    }

    @Test
    void convertedLogicalValuesGiveTheSameDocument() throws IOException {
        GenericRecord r = allTypesRaw();
        r.put("ts_ms", AT);
        r.put("ts_ms_frac", AT.plusMillis(123));
        r.put("ts_us", AT.plusNanos(1_000));
        r.put("lts_ms", LocalDateTime.of(2025, 7, 14, 9, 30));
        r.put("date", LocalDate.of(2025, 7, 14));
        r.put("u_date", LocalDate.of(2025, 7, 14));
        r.put("t_ms", LocalTime.of(9, 30, 15, 250_000_000));
        r.put("t_us", LocalTime.of(23, 59));
        r.put("dec", new BigDecimal("123.45"));
        r.put("dec_fx", new BigDecimal("-5.000"));
        r.put("uuid", ID);
        ((GenericRecord) r.get("rec")).put("at", AT);
        r.put("by", new byte[] {1, 2, 3});
        r.put("arr", new Long[] {1L, 2L, 3L});

        assertAllTypes(document(r));
    }

    static List<SpecificRecord> generated() {
        return TestRecords.all();
    }

    /**
     * Generated classes (Instant, LocalDate, Java enums) and what the sink's generic reader makes of
     * their bytes (raw longs and ints, Utf8, GenericEnumSymbol) give the same document.
     */
    @ParameterizedTest
    @MethodSource("generated")
    void generatedRecordsAndTheirGenericFormAgree(SpecificRecord record) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        GenericRecord generic = new GenericDatumReader<GenericRecord>(record.getSchema(), record.getSchema(), GenericData.get())
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));

        assertThat(document(generic)).isEqualTo(document((GenericRecord) record));
    }

    @Test
    void aModelReleaseDocumentLooksLikeTheContract() throws IOException {
        JsonNode d = document(TestRecords.modelRelease());

        assertThat(d.get("repo_id").textValue()).isEqualTo("unsloth/GLM-4.5-GGUF");
        assertThat(d.get("source").textValue()).isEqualTo("HUGGING_FACE");
        assertThat(d.get("released_at").textValue()).isEqualTo("2025-07-29T01:02:03Z");
        assertThat(d.get("updated_at").textValue()).isEqualTo("2025-07-29T10:15:30.123Z");
        assertThat(d.get("month").textValue()).isEqualTo("2025-07");
        assertThat(d.get("publication_date").isNull()).isTrue();
        assertThat(d.get("base_models")).extracting(JsonNode::textValue).containsExactly("zai-org/GLM-4.5");
        assertThat(d.get("base_origin_bloc").textValue()).isEqualTo("CN");
        assertThat(d.get("parameter_count").longValue()).isEqualTo(358_000_000_000L);
        assertThat(d.get("gated").booleanValue()).isFalse();
        assertThat(d.size()).isEqualTo(TestRecords.modelRelease().getSchema().getFields().size());

        JsonNode epoch = document(TestRecords.epochModel());
        assertThat(epoch.get("publication_date").textValue()).isEqualTo("2025-08-05");
        assertThat(epoch.get("parameters").doubleValue()).isEqualTo(3.55e11);
        JsonNode stats = document(TestRecords.originMonthStats());
        assertThat(stats.get("derivatives_by_base_origin").get("US").longValue()).isEqualTo(200L);
        assertThat(stats.get("top_models").get(0).get("repo_id").textValue()).isEqualTo("Qwen/Qwen3-8B");
        JsonNode news = document(TestRecords.newsItem());
        assertThat(news.get("mentions").get(1).get("kind").textValue()).isEqualTo("MODEL");
        assertThat(news.get("origin_blocs")).extracting(JsonNode::textValue).containsExactly("CN");
        JsonNode alert = document(TestRecords.alert());
        assertThat(alert.get("facts").get("share_after").textValue()).isEqualTo("0.70");
    }

    @Test
    void unionBranchIsChosenByTheValue() {
        Schema union = ALL_TYPES.getField("u_long").schema();
        assertThat(AvroDocumentWriter.branch(union, null, "u").getType()).isEqualTo(Schema.Type.NULL);
        assertThat(AvroDocumentWriter.branch(union, 1L, "u").getType()).isEqualTo(Schema.Type.LONG);
        assertThat(AvroDocumentWriter.branch(union, new org.apache.avro.util.Utf8("s"), "u").getType())
                .isEqualTo(Schema.Type.STRING);
        assertThat(AvroDocumentWriter.branch(union, allTypesRaw().get("rec"), "u").getName()).isEqualTo("Inner");
    }
}
