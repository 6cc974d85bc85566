package org.releaseradar.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A composite aggregation read to the end. Unlike a terms aggregation, whose {@code size} silently drops the
 * rarer buckets (and whose counts are estimates across shards once it does), a composite aggregation pages
 * through every bucket with exact counts; this reads every page.
 *
 * @param index     the alias(es) to aggregate over
 * @param query     which documents
 * @param sources   the composite's sources (bucket key parts), in order
 * @param subAggs   metrics computed per bucket
 * @param pageSize  buckets per request
 */
record CompositePager(List<String> index, Query query, List<Map<String, CompositeAggregationSource>> sources,
                      Map<String, Aggregation> subAggs, int pageSize) {

    static final int DEFAULT_PAGE_SIZE = 1000;
    private static final String NAME = "rows";

    CompositePager {
        index = List.copyOf(index);
        sources = List.copyOf(sources);
        subAggs = Map.copyOf(subAggs);
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
    }

    /** The aggregation for the page after {@code after} (null: the first page). */
    Aggregation aggregation(Map<String, FieldValue> after) {
        return Aggregation.of(a -> a
                .composite(c -> {
                    c.sources(sources).size(pageSize);
                    if (after != null && !after.isEmpty()) {
                        c.after(after);
                    }
                    return c;
                })
                .aggregations(subAggs));
    }

    /** Every bucket, reading pages until one comes back short. */
    List<CompositeBucket> all(ElasticsearchClient client) throws IOException {
        List<CompositeBucket> buckets = new ArrayList<>();
        Map<String, FieldValue> after = null;
        while (true) {
            CompositeAggregate page = page(client, after);
            buckets.addAll(page.buckets().array());
            if (page.buckets().array().size() < pageSize || page.afterKey() == null || page.afterKey().isEmpty()) {
                return buckets;
            }
            after = page.afterKey();
        }
    }

    /**
     * Every bucket, given a first page that came with another request (a search that also returns hits):
     * reads further pages only when that one was full.
     */
    List<CompositeBucket> rest(ElasticsearchClient client, CompositeAggregate firstPage) throws IOException {
        List<CompositeBucket> buckets = new ArrayList<>(firstPage.buckets().array());
        CompositeAggregate page = firstPage;
        while (page.buckets().array().size() >= pageSize && page.afterKey() != null && !page.afterKey().isEmpty()) {
            page = page(client, page.afterKey());
            buckets.addAll(page.buckets().array());
        }
        return buckets;
    }

    private CompositeAggregate page(ElasticsearchClient client, Map<String, FieldValue> after) throws IOException {
        SearchResponse<Void> response = client.search(s -> s
                .index(index)
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .size(0)
                .trackTotalHits(t -> t.enabled(false))
                .query(query)
                .aggregations(NAME, aggregation(after)), Void.class);
        var aggregate = response.aggregations().get(NAME);
        if (aggregate == null) {
            // No index behind the alias: nothing to aggregate.
            return CompositeAggregate.of(c -> c.buckets(b -> b.array(List.of())));
        }
        return aggregate.composite();
    }

    /** A key part as a string: a keyword, a formatted date; null for a missing value (missing_bucket). */
    static String keyString(CompositeBucket bucket, String source) {
        FieldValue value = bucket.key().get(source);
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (value._kind()) {
            case String -> value.stringValue();
            case Long -> Long.toString(value.longValue());
            case Double -> Double.toString(value.doubleValue());
            case Boolean -> Boolean.toString(value.booleanValue());
            default -> value._get().toString();
        };
    }
}
