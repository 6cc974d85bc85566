package org.releaseradar.search.query;

import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What differs between the three searched document types: which fields hold text, origin, organisation and
 * time (their names differ per index, see the Avro schemas), and how a document is summarised as a hit.
 * Each type is searched with its own request, so each filter and facet names the right field and counts of
 * the three are merged exactly (a document is of exactly one type).
 */
enum TypeProfile {

    RELEASE(DocType.RELEASE) {
        @Override
        List<String> textFields() {
            // Model ids and names are keywords with a .text subfield split into words ("Qwen/Qwen2.5-7B" finds
            // "qwen"); tags, license, library and task are plain keywords (a whole-word match, e.g. "gguf").
            return List.of("repo_id.text^3", "organization_name.text^2", "base_models.text", "epoch_model.text",
                    "author", "tags", "pipeline_tag", "library_name", "license");
        }

        @Override
        List<HighlightSpec> highlightFields() {
            return List.of(HighlightSpec.whole("repo_id.text"), HighlightSpec.whole("organization_name.text"),
                    HighlightSpec.whole("base_models.text"), HighlightSpec.whole("epoch_model.text"));
        }

        @Override
        Query originFilter(Origin origin) {
            return Queries.anyOf(List.of(Queries.term("origin_country", origin.code()), Queries.term("origin_bloc", origin.code())));
        }

        @Override
        Query organizationFilter(String given, Set<String> ids) {
            List<Query> any = new ArrayList<>();
            if (given.startsWith(NAMESPACE_PREFIX)) {
                any.add(Queries.termIgnoringCase("author", given.substring(NAMESPACE_PREFIX.length())));
            }
            any.add(Queries.termIgnoringCase("organization_id", given));
            any.add(Queries.termIgnoringCase("organization_name", given));
            any.add(Queries.termIgnoringCase("author", given));
            if (!ids.isEmpty()) {
                any.add(Queries.terms("organization_id", ids));
            }
            return Queries.anyOf(any);
        }

        @Override
        String timeField() {
            return "released_at";
        }

        @Override
        Map<String, CompositeAggregationSource> originFacetSource() {
            return Map.of("origin", terms("origin_country", false));
        }

        @Override
        List<Map<String, CompositeAggregationSource>> organizationFacetSources() {
            // The same org key as the org-month stats: org_id, else ns:<namespace>, else UNKNOWN.
            return List.of(Map.of("id", terms("organization_id", true)), Map.of("author", terms("author", true)),
                    Map.of("name", terms("organization_name", true)));
        }

        @Override
        FacetCount organizationFacet(CompositeBucket bucket) {
            String id = CompositePager.keyString(bucket, "id");
            String author = CompositePager.keyString(bucket, "author");
            String key = id != null ? id : author != null ? NAMESPACE_PREFIX + author.toLowerCase(Locale.ROOT) : UNKNOWN;
            return new FacetCount(key, CompositePager.keyString(bucket, "name"), bucket.docCount());
        }

        @Override
        Summary summarize(JsonNode doc) {
            String repo = text(doc, "repo_id");
            String relation = text(doc, "relation");
            StringBuilder detail = new StringBuilder();
            if (relation == null || relation.equals("BASE")) {
                detail.append("mainline");
            } else {
                detail.append(relation.toLowerCase(Locale.ROOT));
                JsonNode bases = doc.path("base_models");
                if (bases.isArray() && !bases.isEmpty()) {
                    detail.append(" of ").append(bases.get(0).asText());
                }
            }
            if (doc.hasNonNull("downloads_all_time")) {
                detail.append(", ").append(NumberFormat.getIntegerInstance(Locale.ROOT).format(doc.get("downloads_all_time").asLong()))
                        .append(" downloads");
            }
            String org = firstNonNull(text(doc, "organization_name"), text(doc, "organization_id"), text(doc, "author"));
            String url = "HUGGING_FACE".equals(text(doc, "source")) && repo != null ? "https://huggingface.co/" + repo : null;
            return new Summary(repo, detail.toString(), listOf(text(doc, "origin_country")), org, text(doc, "month"), url);
        }
    },

    NEWS(DocType.NEWS) {
        @Override
        List<String> textFields() {
            return List.of("title^3", "summary", "mentions.snippet", "mentions.name", "feed_title", "categories");
        }

        @Override
        List<HighlightSpec> highlightFields() {
            return List.of(HighlightSpec.whole("title"), HighlightSpec.excerpts("summary", 2),
                    HighlightSpec.excerpts("mentions.snippet", 1));
        }

        @Override
        Query originFilter(Origin origin) {
            return Queries.anyOf(List.of(Queries.term("origins", origin.code()), Queries.term("origin_blocs", origin.code())));
        }

        @Override
        Query organizationFilter(String given, Set<String> ids) {
            List<Query> any = new ArrayList<>();
            any.add(Queries.termIgnoringCase("mentions.organization_id", given));
            if (!ids.isEmpty()) {
                any.add(Queries.terms("mentions.organization_id", ids));
            }
            return Queries.anyOf(any);
        }

        @Override
        String timeField() {
            return "published_at";
        }

        @Override
        Map<String, CompositeAggregationSource> originFacetSource() {
            return Map.of("origin", terms("origins", false));
        }

        @Override
        List<Map<String, CompositeAggregationSource>> organizationFacetSources() {
            return List.of(Map.of("id", terms("mentions.organization_id", false)));
        }

        @Override
        FacetCount organizationFacet(CompositeBucket bucket) {
            return new FacetCount(CompositePager.keyString(bucket, "id"), null, bucket.docCount());
        }

        @Override
        Summary summarize(JsonNode doc) {
            List<String> origins = new ArrayList<>();
            doc.path("origins").forEach(o -> origins.add(o.asText()));
            Set<String> orgs = new LinkedHashSet<>();
            doc.path("mentions").forEach(m -> {
                if (m.hasNonNull("organization_id")) {
                    orgs.add(m.get("organization_id").asText());
                }
            });
            return new Summary(text(doc, "title"), firstNonNull(text(doc, "feed_title"), ""), origins,
                    orgs.isEmpty() ? null : String.join(",", orgs), text(doc, "month"), text(doc, "url"));
        }
    },

    ALERT(DocType.ALERT) {
        @Override
        List<String> textFields() {
            return List.of("title^3", "text", "rule");
        }

        @Override
        List<HighlightSpec> highlightFields() {
            return List.of(HighlightSpec.whole("title"), HighlightSpec.excerpts("text", 2));
        }

        @Override
        Query originFilter(Origin origin) {
            // An alert has one origin field holding a country, a bloc name or UNKNOWN.
            if (origin.code().equals("OTHER")) {
                return Query.of(q -> q.bool(b -> b
                        .filter(Queries.exists("origin"))
                        .mustNot(Queries.terms("origin", Origin.excludedFromOther()))));
            }
            return Queries.terms("origin", origin.originValues());
        }

        @Override
        Query organizationFilter(String given, Set<String> ids) {
            List<Query> any = new ArrayList<>();
            any.add(Queries.termIgnoringCase("organization", given));
            if (!ids.isEmpty()) {
                any.add(Queries.terms("organization", ids));
            }
            return Queries.anyOf(any);
        }

        @Override
        String timeField() {
            return "created_at";
        }

        @Override
        Map<String, CompositeAggregationSource> originFacetSource() {
            return Map.of("origin", terms("origin", false));
        }

        @Override
        List<Map<String, CompositeAggregationSource>> organizationFacetSources() {
            return List.of(Map.of("id", terms("organization", false)));
        }

        @Override
        FacetCount organizationFacet(CompositeBucket bucket) {
            return new FacetCount(CompositePager.keyString(bucket, "id"), null, bucket.docCount());
        }

        @Override
        Summary summarize(JsonNode doc) {
            String severity = text(doc, "severity");
            String rule = text(doc, "rule");
            String detail = severity == null ? firstNonNull(rule, "") : rule == null ? severity : severity + " " + rule;
            JsonNode links = doc.path("links");
            String url = links.isArray() && !links.isEmpty() ? links.get(0).asText() : null;
            return new Summary(text(doc, "title"), detail, listOf(text(doc, "origin")), text(doc, "organization"),
                    text(doc, "month"), url);
        }
    };

    static final String NAMESPACE_PREFIX = "ns:";
    static final String UNKNOWN = "UNKNOWN";

    private final DocType type;

    TypeProfile(DocType type) {
        this.type = type;
    }

    DocType type() {
        return type;
    }

    static TypeProfile of(DocType type) {
        return switch (type) {
            case RELEASE -> RELEASE;
            case NEWS -> NEWS;
            case ALERT -> ALERT;
        };
    }

    /** Fields the text is searched in, with boosts. */
    abstract List<String> textFields();

    abstract List<HighlightSpec> highlightFields();

    abstract Query originFilter(Origin origin);

    /**
     * Documents of the organisation the user named ({@code given}: an org_id, {@code ns:<namespace>} or a name,
     * any case), where {@code ids} are the org_ids that name resolved to.
     */
    abstract Query organizationFilter(String given, Set<String> ids);

    /** The document's time, for ordering equally relevant hits newest first. */
    abstract String timeField();

    abstract Map<String, CompositeAggregationSource> originFacetSource();

    abstract List<Map<String, CompositeAggregationSource>> organizationFacetSources();

    abstract FacetCount organizationFacet(CompositeBucket bucket);

    abstract Summary summarize(JsonNode doc);

    /** Every Radar index names the month a document is counted in {@code month} (a date, format yyyy-MM). */
    String monthField() {
        return "month";
    }

    /** What a result list shows about a document (see {@link SearchHit}). */
    record Summary(String title, String detail, List<String> origins, String organization, String month, String url) {
    }

    /**
     * A highlighted field: short fields (titles, ids) come back whole, long ones as excerpts.
     *
     * @param fragments 0 for the whole value
     */
    record HighlightSpec(String field, int fragments) {

        static final int EXCERPT_LENGTH = 160;

        static HighlightSpec whole(String field) {
            return new HighlightSpec(field, 0);
        }

        static HighlightSpec excerpts(String field, int fragments) {
            return new HighlightSpec(field, fragments);
        }
    }

    static CompositeAggregationSource terms(String field, boolean missingBucket) {
        return CompositeAggregationSource.of(s -> s.terms(t -> {
            t.field(field);
            if (missingBucket) {
                t.missingBucket(true);
            }
            return t;
        }));
    }

    private static String text(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
