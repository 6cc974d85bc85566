package org.releaseradar.search.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * An Avro record as the Elasticsearch document issue 5 prescribes: the record with its Avro field names,
 * nothing added; timestamp-millis as an ISO-8601 UTC string, Avro date as "yyyy-MM-dd", enum as its symbol,
 * map as an object, array as an array, nested record as an object, null as null. Driven by the schema, so
 * every field of the record is in the document exactly as the sink writes it.
 */
public final class AvroDocuments {

    private AvroDocuments() {
    }

    public static Map<String, Object> document(IndexedRecord record) {
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) value(record.getSchema(), record);
        return doc;
    }

    private static Object value(Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        return switch (schema.getType()) {
            case UNION -> value(branch(schema, value), value);
            case RECORD -> {
                IndexedRecord record = (IndexedRecord) value;
                Map<String, Object> fields = new LinkedHashMap<>();
                for (Schema.Field field : schema.getFields()) {
                    fields.put(field.name(), value(field.schema(), record.get(field.pos())));
                }
                yield fields;
            }
            case ENUM, STRING -> value.toString();
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (Object item : (Iterable<?>) value) {
                    items.add(value(schema.getElementType(), item));
                }
                yield items;
            }
            case MAP -> {
                Map<String, Object> entries = new LinkedHashMap<>();
                ((Map<?, ?>) value).forEach((k, v) -> entries.put(k.toString(), value(schema.getValueType(), v)));
                yield entries;
            }
            case LONG -> {
                LogicalType logical = schema.getLogicalType();
                if (logical instanceof LogicalTypes.TimestampMillis) {
                    Instant instant = value instanceof Instant i ? i : Instant.ofEpochMilli((Long) value);
                    yield DateTimeFormatter.ISO_INSTANT.format(instant);
                }
                yield value;
            }
            case INT -> {
                if (schema.getLogicalType() instanceof LogicalTypes.Date) {
                    yield (value instanceof LocalDate d ? d : LocalDate.ofEpochDay((Integer) value)).toString();
                }
                yield value;
            }
            default -> value;
        };
    }

    /** The branch of a ["null", X] union that holds a non-null value. */
    private static Schema branch(Schema union, Object value) {
        for (Schema branch : union.getTypes()) {
            if (branch.getType() != Schema.Type.NULL) {
                return branch;
            }
        }
        throw new IllegalArgumentException("no non-null branch in " + union + " for " + value);
    }
}
