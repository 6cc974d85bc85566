package org.releaseradar.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Full-text search over releases, news and alerts (aliases radar-releases, radar-news, radar-alerts), with
 * filters, highlights and exact facet counts.
 *
 * <p>Each document type is searched with its own request, because the fields that hold a document's text,
 * origin, organisation and time differ per index ({@link TypeProfile}). Facets come from composite
 * aggregations read to the end, so every value is counted and no count is an estimate; as a document is of
 * exactly one type, the merged counts are plain sums. Hits of the three types are merged by score (Lucene
 * scores of different indices are only roughly comparable: the merge is a ranking heuristic, the counts are
 * exact).
 */
public final class SearchService {

    private static final String FACET_ORIGIN = "facet_origin";
    private static final String FACET_ORG = "facet_organization";
    private static final String FACET_MONTH = "facet_month";
    /** Where organisation names are looked up (org_id <- display name). */
    private static final List<String> ORGANIZATION_NAME_SOURCES = List.of(DocType.RELEASE.alias(), StatsService.ORG_ALIAS);

    private final ElasticsearchClient client;
    private final int facetPageSize;

    public SearchService(ElasticsearchClient client) {
        this(client, CompositePager.DEFAULT_PAGE_SIZE);
    }

    /** With a facet page size, so a test can make facets take several pages. */
    SearchService(ElasticsearchClient client, int facetPageSize) {
        this.client = client;
        this.facetPageSize = facetPageSize;
    }

    public SearchResult search(SearchQuery query) throws IOException {
        Set<String> organizationIds = query.organization() == null ? Set.of() : resolveOrganization(query.organization());
        List<TypeResult> results = new ArrayList<>();
        for (DocType type : DocType.values()) {
            if (query.types().contains(type)) {
                results.add(searchType(TypeProfile.of(type), query, organizationIds));
            }
        }

        List<SearchHit> hits = results.stream()
                .flatMap(r -> r.hits().stream())
                .sorted(HIT_ORDER)
                .limit(query.limit())
                .toList();
        long total = results.stream().mapToLong(TypeResult::total).sum();
        List<FacetCount> byType = results.stream()
                .filter(r -> r.total() > 0)
                .map(r -> new FacetCount(r.type().label(), null, r.total()))
                .toList();
        SearchFacets facets = new SearchFacets(byType,
                merge(results, TypeResult::origins, BY_COUNT),
                merge(results, TypeResult::organizations, BY_COUNT),
                merge(results, TypeResult::months, Comparator.comparing(FacetCount::key).reversed()));
        List<String> missing = results.stream().filter(TypeResult::missing).map(r -> r.type().alias()).toList();
        return new SearchResult(query, total, hits, facets, missing);
    }

    /** Most relevant first; equally relevant (e.g. a match-all search) newest first; then a stable order. */
    private static final Comparator<SearchHit> HIT_ORDER = Comparator
            .comparingDouble(SearchHit::score).reversed()
            .thenComparing(SearchHit::time, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SearchHit::type)
            .thenComparing(SearchHit::id);

    private static final Comparator<FacetCount> BY_COUNT = Comparator
            .comparingLong(FacetCount::count).reversed()
            .thenComparing(FacetCount::key);

    /**
     * The org_ids a user's {@code --org} value names: itself when it is an id, and the id of every organisation
     * whose display name it is (in any case), as releases and org-month rows carry them. News and alerts only
     * carry ids, so this is what lets "Mistral AI" find them.
     */
    Set<String> resolveOrganization(String given) throws IOException {
        if (given.startsWith(TypeProfile.NAMESPACE_PREFIX)) {
            return Set.of(); // an unregistered namespace has no org_id
        }
        Query byIdOrName = Queries.anyOf(List.of(
                Queries.termIgnoringCase("organization_id", given),
                Queries.termIgnoringCase("organization_name", given)));
        CompositePager ids = new CompositePager(ORGANIZATION_NAME_SOURCES, byIdOrName,
                List.of(Map.of("id", TypeProfile.terms("organization_id", false))), Map.of(), facetPageSize);
        Set<String> resolved = new TreeSet<>();
        for (CompositeBucket bucket : ids.all(client)) {
            resolved.add(CompositePager.keyString(bucket, "id"));
        }
        return resolved;
    }

    private TypeResult searchType(TypeProfile profile, SearchQuery query, Set<String> organizationIds) throws IOException {
        String alias = profile.type().alias();
        Query filtered = query(profile, query, organizationIds);
        CompositePager origins = facet(alias, filtered, List.of(profile.originFacetSource()));
        CompositePager organizations = facet(alias, filtered, profile.organizationFacetSources());
        CompositePager months = facet(alias, filtered, List.of(Map.of("month", CompositeAggregationSource.of(s -> s
                .dateHistogram(d -> d.field(profile.monthField())
                        .calendarInterval(t -> t.time("month"))
                        .format(Queries.MONTH_FORMAT))))));

        SearchResponse<JsonNode> response = client.search(s -> {
            s.index(alias)
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .query(filtered)
                    .size(query.limit())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))),
                            SortOptions.of(o -> o.field(f -> f.field(profile.timeField()).order(SortOrder.Desc)
                                    .missing(FieldValue.of("_last")).unmappedType(FieldType.Date))))
                    .aggregations(FACET_ORIGIN, origins.aggregation(null))
                    .aggregations(FACET_ORG, organizations.aggregation(null))
                    .aggregations(FACET_MONTH, months.aggregation(null));
            if (!query.matchesAll()) {
                s.highlight(h -> h
                        .preTags(HighlightMarkup.OPEN)
                        .postTags(HighlightMarkup.CLOSE)
                        .requireFieldMatch(true)
                        .fields(highlightFields(profile)));
            }
            return s;
        }, JsonNode.class);

        if (response.shards().total().intValue() == 0) {
            return TypeResult.missing(profile.type());
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<JsonNode> hit : response.hits().hits()) {
            hits.add(toHit(profile, hit));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();

        List<FacetCount> originCounts = new ArrayList<>();
        for (CompositeBucket b : origins.rest(client, response.aggregations().get(FACET_ORIGIN).composite())) {
            originCounts.add(new FacetCount(CompositePager.keyString(b, "origin"), null, b.docCount()));
        }
        List<FacetCount> organizationCounts = new ArrayList<>();
        for (CompositeBucket b : organizations.rest(client, response.aggregations().get(FACET_ORG).composite())) {
            organizationCounts.add(profile.organizationFacet(b));
        }
        List<FacetCount> monthCounts = new ArrayList<>();
        for (CompositeBucket b : months.rest(client, response.aggregations().get(FACET_MONTH).composite())) {
            monthCounts.add(new FacetCount(CompositePager.keyString(b, "month"), null, b.docCount()));
        }
        return new TypeResult(profile.type(), false, total, hits, originCounts, organizationCounts, monthCounts);
    }

    /** The type's text query with the filters, as one bool query. */
    static Query query(TypeProfile profile, SearchQuery query, Set<String> organizationIds) {
        Query text = query.matchesAll()
                ? Queries.matchAll()
                : Query.of(q -> q.simpleQueryString(s -> s
                        .query(query.text())
                        .fields(profile.textFields())
                        .defaultOperator(Operator.And)
                        // A word that cannot be a value of a non-text field is no match there, not an error.
                        .lenient(true)));
        List<Query> filters = new ArrayList<>();
        if (query.origin() != null) {
            filters.add(profile.originFilter(query.origin()));
        }
        if (query.organization() != null) {
            filters.add(profile.organizationFilter(query.organization(), organizationIds));
        }
        if (query.month() != null) {
            filters.add(Queries.monthRange(profile.monthField(), query.month(), query.month()));
        }
        return Query.of(q -> q.bool(b -> b.must(text).filter(filters)));
    }

    private CompositePager facet(String alias, Query query, List<Map<String, CompositeAggregationSource>> sources) {
        return new CompositePager(List.of(alias), query, sources, Map.of(), facetPageSize);
    }

    private static Map<String, HighlightField> highlightFields(TypeProfile profile) {
        Map<String, HighlightField> fields = new LinkedHashMap<>();
        for (TypeProfile.HighlightSpec spec : profile.highlightFields()) {
            fields.put(spec.field(), HighlightField.of(f -> spec.fragments() == 0
                    ? f.numberOfFragments(0)
                    : f.numberOfFragments(spec.fragments()).fragmentSize(TypeProfile.HighlightSpec.EXCERPT_LENGTH)));
        }
        return fields;
    }

    private static SearchHit toHit(TypeProfile profile, Hit<JsonNode> hit) {
        JsonNode doc = hit.source();
        TypeProfile.Summary summary = profile.summarize(doc);
        List<Highlight> highlights = new ArrayList<>();
        Map<String, List<String>> marked = hit.highlight() == null ? Map.of() : hit.highlight();
        for (TypeProfile.HighlightSpec spec : profile.highlightFields()) {
            List<String> fragments = marked.get(spec.field());
            if (fragments != null && !fragments.isEmpty()) {
                highlights.add(new Highlight(HighlightMarkup.documentField(spec.field()),
                        fragments.stream().map(HighlightMarkup::parse).toList()));
            }
        }
        return new SearchHit(profile.type(), hit.id(), hit.score() == null ? 0 : hit.score(), summary.title(),
                summary.detail(), summary.origins(), summary.organization(), summary.month(),
                instant(doc, profile.timeField()), summary.url(), highlights, doc);
    }

    private static Instant instant(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Sums the per-type counts of a facet by key; a label (an organisation's name) is kept where one type has it. */
    private static List<FacetCount> merge(List<TypeResult> results, Function<TypeResult, List<FacetCount>> facet,
                                          Comparator<FacetCount> order) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Map<String, Long>> labels = new HashMap<>();
        for (TypeResult result : results) {
            for (FacetCount c : facet.apply(result)) {
                counts.merge(c.key(), c.count(), Long::sum);
                if (c.label() != null) {
                    labels.computeIfAbsent(c.key(), k -> new HashMap<>()).merge(c.label(), c.count(), Long::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), mostFrequent(labels.get(e.getKey())), e.getValue()))
                .sorted(order)
                .toList();
    }

    private static String mostFrequent(Map<String, Long> labels) {
        if (labels == null) {
            return null;
        }
        return labels.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** What one type's search found. */
    private record TypeResult(DocType type, boolean missing, long total, List<SearchHit> hits, List<FacetCount> origins,
                              List<FacetCount> organizations, List<FacetCount> months) {

        static TypeResult missing(DocType type) {
            return new TypeResult(type, true, 0, List.of(), List.of(), List.of(), List.of());
        }
    }
}
