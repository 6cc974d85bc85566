package org.releaseradar.search.document;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Writes an Avro record as the JSON document Radar's indices hold (issue 5, "Document shape"):
 * the record's own field names, nothing added; {@code timestamp-*} as ISO-8601 UTC
 * ({@code 2025-07-14T09:30:00Z}, a fraction only when there is one), {@code local-timestamp-*} as
 * ISO-8601 without a zone, {@code date} as {@code yyyy-MM-dd}, {@code time-*} as
 * {@code HH:mm:ss[.fraction]} (seconds always written), {@code decimal}
 * as a JSON number, {@code uuid} as its string, {@code duration} as an object of months, days and
 * milliseconds; an enum as its symbol, a map as an object, an array as an array, a nested record as
 * an object, a union as its branch's value, null as null, bytes and fixed as base64 (Elasticsearch's
 * {@code binary}). A float or double that JSON cannot hold (NaN, infinity) is written as null.
 *
 * <p>Values may be what a generic reader gives (logical types as their raw int/long/bytes,
 * {@code Utf8} strings, {@code GenericEnumSymbol}s) or what generated classes hold ({@code Instant},
 * {@code LocalDate}, Java enums), so records built either way give the same document.
 */
public final class AvroDocumentWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Conversions.BigDecimalConversion BIG_DECIMAL = new Conversions.BigDecimalConversion();

    /** The document for {@code record}, as UTF-8 JSON. */
    public byte[] write(IndexedRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            writeRecord(json, record.getSchema(), record);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    private void writeRecord(JsonGenerator json, Schema schema, IndexedRecord record) throws IOException {
        json.writeStartObject();
        for (Schema.Field field : schema.getFields()) {
            json.writeFieldName(field.name());
            writeValue(json, field.schema(), record.get(field.pos()), field.name());
        }
        json.writeEndObject();
    }

    private void writeValue(JsonGenerator json, Schema schema, Object value, String path) throws IOException {
        if (schema.getType() == Schema.Type.UNION) {
            writeValue(json, branch(schema, value, path), value, path);
            return;
        }
        if (value == null) {
            json.writeNull();
            return;
        }
        LogicalType logical = schema.getLogicalType();
        switch (schema.getType()) {
            case NULL -> json.writeNull();
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case INT -> writeInt(json, logical, value);
            case LONG -> writeLong(json, logical, value);
            case FLOAT -> writeDouble(json, ((Number) value).floatValue(), true);
            case DOUBLE -> writeDouble(json, ((Number) value).doubleValue(), false);
            case STRING -> json.writeString(value.toString());
            case ENUM -> json.writeString(value instanceof Enum<?> e ? e.name() : value.toString());
            case BYTES -> writeBytes(json, schema, logical, value);
            case FIXED -> writeFixed(json, schema, logical, value);
            case ARRAY -> {
                json.writeStartArray();
                for (Object item : items(value, path)) {
                    writeValue(json, schema.getElementType(), item, path);
                }
                json.writeEndArray();
            }
            case MAP -> {
                json.writeStartObject();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    json.writeFieldName(entry.getKey().toString());
                    writeValue(json, schema.getValueType(), entry.getValue(), path);
                }
                json.writeEndObject();
            }
            case RECORD -> writeRecord(json, schema, (IndexedRecord) value);
            default -> throw new IllegalArgumentException("field " + path + ": Avro type " + schema.getType() + " has no JSON form");
        }
    }

    private static void writeInt(JsonGenerator json, LogicalType logical, Object value) throws IOException {
        if (logical instanceof LogicalTypes.Date) {
            LocalDate date = value instanceof LocalDate d ? d : LocalDate.ofEpochDay(((Number) value).intValue());
            json.writeString(date.toString());
        } else if (logical instanceof LogicalTypes.TimeMillis) {
            LocalTime time = value instanceof LocalTime t ? t
                    : LocalTime.ofNanoOfDay(((Number) value).longValue() * 1_000_000L);
            json.writeString(time.format(DateTimeFormatter.ISO_LOCAL_TIME));
        } else {
            json.writeNumber(((Number) value).intValue());
        }
    }

    private static void writeLong(JsonGenerator json, LogicalType logical, Object value) throws IOException {
        if (logical instanceof LogicalTypes.TimestampMillis) {
            json.writeString(instant(value, ChronoUnit.MILLIS).toString());
        } else if (logical instanceof LogicalTypes.TimestampMicros) {
            json.writeString(instant(value, ChronoUnit.MICROS).toString());
        } else if (logical instanceof LogicalTypes.TimestampNanos) {
            json.writeString(instant(value, ChronoUnit.NANOS).toString());
        } else if (logical instanceof LogicalTypes.LocalTimestampMillis) {
            json.writeString(localDateTime(value, ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } else if (logical instanceof LogicalTypes.LocalTimestampMicros) {
            json.writeString(localDateTime(value, ChronoUnit.MICROS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } else if (logical instanceof LogicalTypes.LocalTimestampNanos) {
            json.writeString(localDateTime(value, ChronoUnit.NANOS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } else if (logical instanceof LogicalTypes.TimeMicros) {
            LocalTime time = value instanceof LocalTime t ? t
                    : LocalTime.ofNanoOfDay(((Number) value).longValue() * 1_000L);
            json.writeString(time.format(DateTimeFormatter.ISO_LOCAL_TIME));
        } else {
            json.writeNumber(((Number) value).longValue());
        }
    }

    private static Instant instant(Object value, ChronoUnit unit) {
        return value instanceof Instant i ? i : Instant.EPOCH.plus(((Number) value).longValue(), unit);
    }

    private static LocalDateTime localDateTime(Object value, ChronoUnit unit) {
        return value instanceof LocalDateTime t ? t
                : LocalDateTime.ofInstant(Instant.EPOCH.plus(((Number) value).longValue(), unit), ZoneOffset.UTC);
    }

    private static void writeDouble(JsonGenerator json, double value, boolean isFloat) throws IOException {
        if (!Double.isFinite(value)) {
            json.writeNull(); // JSON has no NaN or infinity, and Elasticsearch would refuse the string forms
        } else if (isFloat) {
            json.writeNumber((float) value);
        } else {
            json.writeNumber(value);
        }
    }

    private static void writeBytes(JsonGenerator json, Schema schema, LogicalType logical, Object value) throws IOException {
        if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
            return;
        }
        byte[] bytes = bytes(value);
        if (logical instanceof LogicalTypes.Decimal decimal) {
            json.writeNumber(new BigDecimal(new BigInteger(bytes), decimal.getScale()));
        } else if (logical != null && "big-decimal".equals(logical.getName())) {
            json.writeNumber(BIG_DECIMAL.fromBytes(ByteBuffer.wrap(bytes), schema, logical));
        } else {
            json.writeBinary(bytes);
        }
    }

    private static void writeFixed(JsonGenerator json, Schema schema, LogicalType logical, Object value) throws IOException {
        if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
            return;
        }
        if (value instanceof UUID uuid) {
            json.writeString(uuid.toString());
            return;
        }
        byte[] bytes = bytes(value);
        if (logical instanceof LogicalTypes.Decimal decimal) {
            json.writeNumber(new BigDecimal(new BigInteger(bytes), decimal.getScale()));
        } else if (logical != null && "uuid".equals(logical.getName()) && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            json.writeString(new UUID(buffer.getLong(), buffer.getLong()).toString());
        } else if (logical != null && "duration".equals(logical.getName()) && bytes.length == 12) {
            // Avro's duration: three little-endian unsigned ints, months, days, milliseconds.
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            json.writeStartObject();
            json.writeNumberField("months", Integer.toUnsignedLong(buffer.getInt()));
            json.writeNumberField("days", Integer.toUnsignedLong(buffer.getInt()));
            json.writeNumberField("milliseconds", Integer.toUnsignedLong(buffer.getInt()));
            json.writeEndObject();
        } else {
            json.writeBinary(bytes);
        }
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] array) {
            return array;
        }
        if (value instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return bytes;
        }
        if (value instanceof GenericFixed fixed) {
            return fixed.bytes();
        }
        throw new IllegalArgumentException("expected bytes, got " + value.getClass().getName());
    }

    private static Collection<?> items(Object value, String path) {
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        throw new IllegalArgumentException("field " + path + ": expected an array, got " + value.getClass().getName());
    }

    /** The union branch {@code value} belongs to, the way Avro's writers choose it. */
    static Schema branch(Schema union, Object value, String path) {
        for (Schema candidate : union.getTypes()) {
            if (matches(candidate, value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("field " + path + ": value of type "
                + (value == null ? "null" : value.getClass().getName()) + " is in no branch of " + union);
    }

    private static boolean matches(Schema schema, Object value) {
        LogicalType logical = schema.getLogicalType();
        return switch (schema.getType()) {
            case NULL -> value == null;
            case BOOLEAN -> value instanceof Boolean;
            case INT -> value instanceof Integer || (logical instanceof LogicalTypes.Date && value instanceof LocalDate)
                    || (logical instanceof LogicalTypes.TimeMillis && value instanceof LocalTime);
            case LONG -> value instanceof Long || value instanceof Instant || value instanceof LocalDateTime
                    || (logical instanceof LogicalTypes.TimeMicros && value instanceof LocalTime);
            case FLOAT -> value instanceof Float;
            case DOUBLE -> value instanceof Double;
            case STRING -> value instanceof CharSequence || value instanceof UUID;
            case BYTES -> value instanceof ByteBuffer || value instanceof byte[]
                    || (logical != null && value instanceof BigDecimal);
            case FIXED -> (value instanceof GenericFixed fixed && sameName(schema, fixed))
                    || (logical != null && (value instanceof BigDecimal || value instanceof UUID));
            case ENUM -> (value instanceof GenericEnumSymbol<?> symbol && sameName(schema, symbol))
                    || (value instanceof Enum<?> e && e.getDeclaringClass().getSimpleName().equals(schema.getName()));
            case ARRAY -> value instanceof Collection<?> || value instanceof Object[];
            case MAP -> value instanceof Map<?, ?>;
            case RECORD -> value instanceof IndexedRecord record && sameName(schema, record);
            default -> false;
        };
    }

    private static boolean sameName(Schema schema, GenericContainer value) {
        return value.getSchema() == null || value.getSchema().getFullName().equals(schema.getFullName());
    }
}
