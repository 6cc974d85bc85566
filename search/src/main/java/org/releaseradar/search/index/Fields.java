package org.releaseradar.search.index;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import java.util.Map;

/**
 * The field types Radar's mappings are made of, one method per convention of the shared contract
 * (issue 5), so each index mapping reads as a list of "field: kind" and a convention changes in one
 * place. Everything here exists with the same meaning in Elasticsearch 7.10 and 8.x/9.x.
 */
final class Fields {

    /** Analyzer for model ids and names: "Qwen/Qwen2.5-7B-Instruct" → qwen, 2, 5, 7, b, instruct. */
    static final String MODEL_NAME_ANALYZER = "radar_model_name";

    /** Free-text analyzer: stems English, so "releases" finds "released". */
    static final String ENGLISH = "english";

    /** Subfield of a model id/name keyword that is searchable word by word. */
    static final String TEXT_SUBFIELD = "text";

    /** Subfield of a free-text title that sorts and aggregates on the exact title. */
    static final String KEYWORD_SUBFIELD = "keyword";

    /**
     * Longest keyword value that is indexed. Lucene rejects a whole document whose term exceeds
     * 32,766 bytes; feed content is untrusted, so an over-long value is left in _source and not
     * indexed instead of getting the document rejected (4 bytes per char at most: 4 KiB terms).
     */
    static final int IGNORE_ABOVE = 1024;

    private Fields() {
    }

    /** Ids, codes, enum symbols, countries, blocs, tags, licences: exact match, terms aggregations. */
    static Property keyword() {
        return Property.of(p -> p.keyword(k -> k.ignoreAbove(IGNORE_ABOVE)));
    }

    /** Free text, stemmed as English. */
    static Property english() {
        return Property.of(p -> p.text(t -> t.analyzer(ENGLISH)));
    }

    /** A title: English full text, plus {@code .keyword} for sorting and exact aggregations. */
    static Property title() {
        return Property.of(p -> p.text(t -> t.analyzer(ENGLISH)
                .fields(KEYWORD_SUBFIELD, f -> f.keyword(k -> k.ignoreAbove(IGNORE_ABOVE)))));
    }

    /**
     * A model id or name: the exact value as keyword (filters, facets), plus {@code .text} split
     * into its parts so that "qwen" or "7b instruct" finds "Qwen/Qwen2.5-7B-Instruct".
     */
    static Property modelName() {
        return Property.of(p -> p.keyword(k -> k.ignoreAbove(IGNORE_ABOVE)
                .fields(TEXT_SUBFIELD, f -> f.text(t -> t.analyzer(MODEL_NAME_ANALYZER)))));
    }

    /** An instant: the sink writes ISO-8601 UTC ("2025-07-14T09:30:00Z"); an Avro date, "yyyy-MM-dd". */
    static Property date() {
        return Property.of(p -> p.date(d -> d));
    }

    /**
     * A calendar month "yyyy-MM", as a date so that Kibana and date_histogram can use it. The
     * format is strict on purpose: "2025-13" is a mapping error that the sink sends to the DLQ.
     */
    static Property month() {
        return Property.of(p -> p.date(d -> d.format("yyyy-MM")));
    }

    /** Counts. */
    static Property count() {
        return Property.of(p -> p.long_(l -> l));
    }

    static Property bool() {
        return Property.of(p -> p.boolean_(b -> b));
    }

    /**
     * An Avro map: its keys are data (country codes, fact names), so the object is dynamic and the
     * map's dynamic template gives each value its type (see {@link RadarMappings}).
     */
    static Property map() {
        return Property.of(p -> p.object(o -> o.dynamic(DynamicMapping.True)));
    }

    /** A nested Avro record (or an array of them): a plain object, so Kibana can aggregate on it. */
    static Property object(Map<String, Property> properties) {
        return Property.of(p -> p.object(o -> o.properties(properties)));
    }
}
