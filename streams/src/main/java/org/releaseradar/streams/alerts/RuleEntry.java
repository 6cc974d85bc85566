package org.releaseradar.streams.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.releaseradar.schemas.avro.Severity;

/**
 * One entry of the rules file being read, with typed accessors whose errors name the file, the entry's position and
 * id, and the field. It remembers which fields were read so that {@link #finish()} can reject typos ("min_article").
 */
final class RuleEntry {

    private final String file;
    private final int index;
    private final JsonNode node;
    private final Set<String> read = new LinkedHashSet<>();
    private String id;

    RuleEntry(String file, int index, JsonNode node) {
        this.file = file;
        this.index = index;
        this.node = node;
    }

    String id() {
        return id;
    }

    void id(String id) {
        this.id = id;
    }

    RulesFileException problem(String message) {
        String where = id == null ? "rules[" + index + "]" : "rules[" + index + "] (id '" + id + "')";
        return new RulesFileException(file + ": " + where + ": " + message);
    }

    String text(String field) {
        JsonNode value = field(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw problem("'" + field + "' must be a non-empty string" + got(value));
        }
        return value.asText();
    }

    /** An optional string: absent, null or blank means null. */
    String optionalText(String field) {
        JsonNode value = field(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw problem("'" + field + "' must be a string" + got(value));
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    long number(String field, long min) {
        JsonNode value = field(field);
        if (value == null) {
            throw problem("'" + field + "' is required (an integer >= " + min + ")");
        }
        return integer(field, value, min);
    }

    long number(String field, long min, long absent) {
        JsonNode value = field(field);
        return value == null ? absent : integer(field, value, min);
    }

    boolean flag(String field, boolean absent) {
        JsonNode value = field(field);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw problem("'" + field + "' must be true or false" + got(value));
        }
        return value.booleanValue();
    }

    /** An optional array of non-empty strings; absent means empty. */
    Set<String> texts(String field) {
        JsonNode value = field(field);
        if (value == null) {
            return Set.of();
        }
        if (!value.isArray()) {
            throw problem("'" + field + "' must be an array of strings" + got(value));
        }
        Set<String> texts = new TreeSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw problem("'" + field + "' must hold non-empty strings" + got(item));
            }
            texts.add(item.asText());
        }
        return Set.copyOf(texts);
    }

    /** A required, non-empty array of distinct integers >= min, sorted ascending. */
    List<Long> numbers(String field, long min) {
        JsonNode value = field(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw problem("'" + field + "' must be a non-empty array of integers >= " + min + got(value));
        }
        Set<Long> numbers = new TreeSet<>();
        for (JsonNode item : value) {
            if (!numbers.add(integer(field, item, min))) {
                throw problem("'" + field + "' lists " + item.asText() + " twice");
            }
        }
        return List.copyOf(numbers);
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, E absent) {
        JsonNode value = field(field);
        if (value == null && absent != null) {
            return absent;
        }
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || !value.isTextual()) {
            throw problem("'" + field + "' must be one of " + names + got(value));
        }
        try {
            return Enum.valueOf(type, value.asText());
        } catch (IllegalArgumentException e) {
            throw problem("'" + field + "' must be one of " + names + got(value));
        }
    }

    Severity severity() {
        return choice("severity", Severity.class, null);
    }

    /** Rejects fields no accessor asked for, so a misspelt optional field cannot silently fall back to its default. */
    void finish() {
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!read.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw problem("unknown field(s) " + unknown + "; this kind takes " + read);
        }
    }

    private JsonNode field(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private long integer(String field, JsonNode value, long min) {
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min) {
            throw problem("'" + field + "' must be an integer >= " + min + got(value));
        }
        return value.longValue();
    }

    private static String got(JsonNode value) {
        return value == null ? "" : ", got " + value;
    }
}
