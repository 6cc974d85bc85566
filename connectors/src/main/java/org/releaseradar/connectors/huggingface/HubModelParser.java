package org.releaseradar.connectors.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.releaseradar.schemas.avro.ModelSnapshot;

/**
 * Turns one {@code /api/models} item into a {@link ModelSnapshot}, or says why it cannot. Absent
 * fields are normal (the Hub omits rather than nulls); a field of the wrong type is not, because
 * guessing would put a wrong value into every aggregate downstream.
 */
final class HubModelParser {

    /** Every repo created before the Hub stored dates shows this createdAt. */
    static final Instant PLACEHOLDER_CREATED_AT = Instant.parse("2022-03-02T23:29:04Z");

    private static final String LICENSE_TAG = "license:";

    private final long itemMaxBytes;

    HubModelParser(long itemMaxBytes) {
        this.itemMaxBytes = itemMaxBytes;
    }

    /**
     * @param item      the item as parsed
     * @param json      its text as sent, for the dead-letter record
     * @param sizeBytes its size in UTF-8 bytes
     * @param polledAt  when the page arrived
     */
    ParsedItem parse(JsonNode item, String json, long sizeBytes, Instant polledAt) {
        if (!item.isObject()) {
            return new ParsedItem.Rejected("item is not a JSON object but " + item.getNodeType(), json, Optional.empty());
        }
        JsonNode id = item.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            return new ParsedItem.Rejected("item has no id", json, Optional.empty());
        }
        String repoId = id.asText();
        Instant createdAt;
        try {
            createdAt = requiredTime(item, "createdAt");
        } catch (BadField e) {
            return new ParsedItem.Rejected(repoId + ": " + e.getMessage(), json, Optional.empty());
        }
        ParsedItem.Placement at = new ParsedItem.Placement(repoId, createdAt);
        if (sizeBytes > itemMaxBytes) {
            return new ParsedItem.Rejected(repoId + ": item is " + sizeBytes + " bytes, over item.max.bytes="
                    + itemMaxBytes, json, Optional.of(at));
        }
        try {
            return new ParsedItem.Snapshot(snapshot(item, repoId, createdAt, polledAt), at);
        } catch (BadField e) {
            return new ParsedItem.Rejected(repoId + ": " + e.getMessage(), json, Optional.of(at));
        }
    }

    private static ModelSnapshot snapshot(JsonNode item, String repoId, Instant createdAt, Instant polledAt)
            throws BadField {
        JsonNode card = item.get("cardData");
        if (card != null && !card.isNull() && !card.isObject()) {
            throw new BadField("cardData is " + card.getNodeType() + ", expected an object");
        }
        List<String> tags = strings(item, "tags");
        return ModelSnapshot.newBuilder()
                .setRepoId(repoId)
                .setHubId(text(item, "_id"))
                .setAuthor(text(item, "author"))
                .setCreatedAt(createdAt)
                .setCreatedAtIsPlaceholder(createdAt.equals(PLACEHOLDER_CREATED_AT))
                .setLastModified(optionalTime(item, "lastModified"))
                .setDownloads(count(item, "downloads"))
                .setDownloadsAllTime(count(item, "downloadsAllTime"))
                .setLikes(count(item, "likes"))
                .setPipelineTag(text(item, "pipeline_tag"))
                .setLibraryName(text(item, "library_name"))
                .setTags(tags)
                .setLicense(license(card, tags))
                .setLicenseName(card == null ? null : text(card, "license_name"))
                .setBaseModels(baseModels(card))
                .setBaseModelRelation(card == null ? null : text(card, "base_model_relation"))
                .setGated(gated(item.get("gated")))
                .setParameterCount(parameterCount(item.get("safetensors")))
                .setPolledAt(polledAt)
                .build();
    }

    // The card's license is what the author declared; the license: tag is the Hub's reading of it.
    private static String license(JsonNode card, List<String> tags) throws BadField {
        if (card != null) {
            JsonNode license = card.get("license");
            if (license != null && !license.isNull()) {
                if (license.isTextual() && !license.asText().isBlank()) {
                    return license.asText().trim().toLowerCase(Locale.ROOT);
                }
                // Some cards list several licenses; the first is the one the Hub tags.
                if (license.isArray() && !license.isEmpty() && license.get(0).isTextual()) {
                    return license.get(0).asText().trim().toLowerCase(Locale.ROOT);
                }
                if (!license.isArray()) {
                    throw new BadField("cardData.license is " + license.getNodeType() + ", expected a string");
                }
            }
        }
        return tags.stream().filter(t -> t.startsWith(LICENSE_TAG) && t.length() > LICENSE_TAG.length())
                .map(t -> t.substring(LICENSE_TAG.length()).toLowerCase(Locale.ROOT))
                .findFirst().orElse(null);
    }

    private static List<String> baseModels(JsonNode card) throws BadField {
        JsonNode base = card == null ? null : card.get("base_model");
        if (base == null || base.isNull()) {
            return List.of();
        }
        if (base.isTextual()) {
            return base.asText().isBlank() ? List.of() : List.of(base.asText().trim());
        }
        if (base.isArray()) {
            List<String> bases = new ArrayList<>();
            for (JsonNode b : base) {
                if (!b.isTextual()) {
                    throw new BadField("cardData.base_model holds a " + b.getNodeType() + ", expected repo ids");
                }
                if (!b.asText().isBlank()) {
                    bases.add(b.asText().trim());
                }
            }
            return bases;
        }
        throw new BadField("cardData.base_model is a " + base.getNodeType().toString().toLowerCase(Locale.ROOT)
                + " (" + base + "), expected a string or a list of strings");
    }

    private static String gated(JsonNode gated) throws BadField {
        if (gated == null || gated.isNull() || (gated.isBoolean() && !gated.asBoolean())) {
            return null;
        }
        if (gated.isTextual() && (gated.asText().equals("auto") || gated.asText().equals("manual"))) {
            return gated.asText();
        }
        throw new BadField("gated is " + gated + ", expected false, \"auto\" or \"manual\"");
    }

    private static Long parameterCount(JsonNode safetensors) throws BadField {
        if (safetensors == null || safetensors.isNull()) {
            return null;
        }
        JsonNode total = safetensors.get("total");
        if (total == null || total.isNull()) {
            return null;
        }
        if (!total.canConvertToExactIntegral() || !total.canConvertToLong() || total.asLong() < 0) {
            throw new BadField("safetensors.total is " + total + ", expected a count");
        }
        return total.asLong();
    }

    private static long count(JsonNode item, String field) throws BadField {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new BadField(field + " is " + value + ", expected a whole number");
        }
        return value.asLong();
    }

    private static String text(JsonNode node, String field) throws BadField {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadField(field + " is " + value.getNodeType() + ", expected a string");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field) throws BadField {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new BadField(field + " is " + value.getNodeType() + ", expected a list of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode v : value) {
            if (!v.isTextual()) {
                throw new BadField(field + " holds a " + v.getNodeType() + ", expected strings");
            }
            strings.add(v.asText());
        }
        return strings;
    }

    private static Instant requiredTime(JsonNode node, String field) throws BadField {
        Instant time = optionalTime(node, field);
        if (time == null) {
            throw new BadField("item has no " + field);
        }
        return time;
    }

    private static Instant optionalTime(JsonNode node, String field) throws BadField {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadField(field + " \"" + abbreviate(value) + "\" is not an ISO-8601 time");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    /** A field the parser cannot use; the message names it. */
    private static final class BadField extends Exception {
        BadField(String message) {
            super(message, null, false, false);
        }
    }
}
