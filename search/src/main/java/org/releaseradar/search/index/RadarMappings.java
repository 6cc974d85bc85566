package org.releaseradar.search.index;

import static org.releaseradar.search.index.Fields.bool;
import static org.releaseradar.search.index.Fields.count;
import static org.releaseradar.search.index.Fields.date;
import static org.releaseradar.search.index.Fields.english;
import static org.releaseradar.search.index.Fields.keyword;
import static org.releaseradar.search.index.Fields.map;
import static org.releaseradar.search.index.Fields.modelName;
import static org.releaseradar.search.index.Fields.month;
import static org.releaseradar.search.index.Fields.object;
import static org.releaseradar.search.index.Fields.title;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.DynamicTemplate;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mappings of Radar's indices, one per Avro value record. A document is the Avro record with
 * its Avro field names, so each property here is named after an Avro field; RadarIndexMappingTest
 * checks them against the schemas.
 *
 * <p>Every mapping is {@code dynamic: false}: a field added to a schema later is kept in _source
 * and simply not indexed until the template maps it, and never gets a document rejected.
 */
final class RadarMappings {

    /** Name of the dynamic template of an Avro map field: {@code <field>_values}. */
    static final String MAP_VALUES_SUFFIX = "_values";

    private RadarMappings() {
    }

    /** {@code ModelRelease} on radar-releases. */
    static TypeMapping releases() {
        Map<String, Property> p = new LinkedHashMap<>();
        p.put("repo_id", modelName());
        p.put("source", keyword());
        p.put("author", keyword());
        p.put("organization_id", keyword());
        p.put("organization_name", modelName());
        p.put("organization_kind", keyword());
        p.put("origin_country", keyword());
        p.put("origin_bloc", keyword());
        p.put("released_at", date());
        p.put("date_basis", keyword());
        p.put("month", month());
        p.put("hub_created_at", date());
        p.put("created_at_is_placeholder", bool());
        p.put("publication_date", date());
        p.put("last_modified", date());
        p.put("downloads", count());
        p.put("downloads_all_time", count());
        p.put("likes", count());
        p.put("pipeline_tag", keyword());
        p.put("library_name", keyword());
        p.put("tags", keyword());
        p.put("license", keyword());
        p.put("openness", keyword());
        p.put("gated", bool());
        p.put("parameter_count", count());
        p.put("size_class", keyword());
        p.put("relation", keyword());
        p.put("base_models", modelName());
        p.put("base_organization_id", keyword());
        p.put("base_origin_country", keyword());
        p.put("base_origin_bloc", keyword());
        p.put("epoch_model", modelName());
        p.put("updated_at", date());
        p.put("modality", keyword());
        p.put("epoch_match", keyword());
        return strict(p);
    }

    /** {@code NewsItem} on radar-news. */
    static TypeMapping news() {
        Map<String, Property> mention = new LinkedHashMap<>();
        mention.put("kind", keyword());
        mention.put("name", keyword());
        mention.put("organization_id", keyword());
        mention.put("repo_id", keyword());
        mention.put("origin_country", keyword());
        mention.put("origin_bloc", keyword());
        mention.put("snippet", english());

        Map<String, Property> p = new LinkedHashMap<>();
        p.put("id", keyword());
        p.put("feed_url", keyword());
        p.put("feed_title", keyword());
        p.put("url", keyword());
        p.put("title", title());
        p.put("summary", english());
        p.put("published_at", date());
        p.put("fetched_at", date());
        p.put("month", month());
        p.put("authors", keyword());
        p.put("categories", keyword());
        // object, not nested: Kibana's aggregation-based visualisations and plain terms queries
        // work on it, and no query needs two conditions to hold for the same mention.
        p.put("mentions", object(mention));
        p.put("origins", keyword());
        p.put("origin_blocs", keyword());
        p.put("linked_at", date());
        return strict(p);
    }

    /** {@code OriginMonthStats} on radar-stats. */
    static TypeMapping originMonthStats() {
        Map<String, Property> topModel = new LinkedHashMap<>();
        topModel.put("repo_id", keyword());
        topModel.put("downloads_all_time", count());

        Map<String, Property> p = new LinkedHashMap<>();
        p.put("origin", keyword());
        p.put("origin_level", keyword());
        p.put("month", month());
        p.put("mainline_releases", count());
        p.put("derivatives", count());
        p.put("finetunes", count());
        p.put("quantized", count());
        p.put("adapters", count());
        p.put("merges", count());
        p.put("other_derivatives", count());
        p.put("distinct_organizations", count());
        p.put("organizations", keyword());
        p.put("downloads_all_time", count());
        p.put("derivatives_by_base_origin", map());
        p.put("top_models", object(topModel));
        p.put("news_articles", count());
        p.put("derivative_base_origins", map());
        p.put("updated_at", date());
        return withMaps(p, new TreeMap<>(Map.of(
                "derivatives_by_base_origin", count(),
                "derivative_base_origins", count())));
    }

    /** {@code OrgMonthStats} on radar-stats-org. */
    static TypeMapping orgMonthStats() {
        Map<String, Property> p = new LinkedHashMap<>();
        p.put("org", keyword());
        p.put("organization_id", keyword());
        p.put("organization_name", modelName());
        p.put("origin_country", keyword());
        p.put("origin_bloc", keyword());
        p.put("month", month());
        p.put("mainline_releases", count());
        p.put("derivatives", count());
        p.put("finetunes", count());
        p.put("quantized", count());
        p.put("adapters", count());
        p.put("merges", count());
        p.put("other_derivatives", count());
        p.put("downloads_all_time", count());
        p.put("updated_at", date());
        return strict(p);
    }

    /** {@code Alert} on radar-alerts. {@code links} stays in _source only (URLs to show, not to search). */
    static TypeMapping alerts() {
        Map<String, Property> p = new LinkedHashMap<>();
        p.put("id", keyword());
        p.put("rule", keyword());
        p.put("severity", keyword());
        p.put("title", title());
        p.put("text", english());
        p.put("facts", map());
        p.put("origin", keyword());
        p.put("organization", keyword());
        p.put("month", month());
        p.put("created_at", date());
        return withMaps(p, new TreeMap<>(Map.of("facts", keyword())));
    }

    private static TypeMapping strict(Map<String, Property> properties) {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False).properties(properties));
    }

    /**
     * A mapping with Avro map fields ({@link Fields#map()}), each with a dynamic template that types
     * its values. One template per map, with one {@code path_match} each: elasticsearch-java writes
     * the conditions as JSON arrays, and {@link IndexTemplates} turns a one-element array back into
     * the single string that Elasticsearch before 8.9 (7.10 included) requires.
     */
    private static TypeMapping withMaps(Map<String, Property> properties, Map<String, Property> valueTypeByMap) {
        List<NamedValue<DynamicTemplate>> templates = new ArrayList<>();
        valueTypeByMap.forEach((field, valueType) -> {
            if (!properties.get(field).isObject()) {
                throw new IllegalArgumentException(field + " is not mapped as a map");
            }
            templates.add(NamedValue.of(field + MAP_VALUES_SUFFIX,
                    DynamicTemplate.of(d -> d.pathMatch(field + ".*").mapping(valueType))));
        });
        return TypeMapping.of(m -> m
                .dynamic(DynamicMapping.False)
                .dynamicTemplates(templates)
                .properties(properties));
    }
}
