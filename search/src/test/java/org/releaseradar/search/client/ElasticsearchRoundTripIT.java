package org.releaseradar.search.client;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.indices.GetIndexTemplateResponse;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/** The typed client against the real local Elasticsearch: template, bulk, search, aggregations. */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchRoundTripIT {

    /** A release document as the sink will write it; Java names map to snake_case fields. */
    record ReleaseDoc(String repoId, String organization, String origin, String title, Instant createdAt, long downloads) {
    }

    private static final String TEMPLATE = "radar-it-releases";
    private static final String INDEX = "radar-it-releases-000001";

    private ElasticsearchClient client;

    @BeforeAll
    void connect(LocalStack stack) {
        client = ElasticsearchClientFactory.create(ElasticsearchSettings.local(java.net.URI.create(stack.elasticsearchUrl())));
    }

    @AfterAll
    void close() throws IOException {
        client.close();
    }

    @Test
    void templateBulkSearchAndAggregationsRoundTrip() throws IOException {
        client.indices().putIndexTemplate(t -> t
                .name(TEMPLATE)
                .indexPatterns("radar-it-releases-*")
                .template(tm -> tm
                        .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                        .aliases("radar-it-releases", a -> a)
                        .mappings(m -> m
                                .properties("repo_id", p -> p.keyword(k -> k))
                                .properties("organization", p -> p.keyword(k -> k))
                                .properties("origin", p -> p.keyword(k -> k))
                                .properties("title", p -> p.text(x -> x.analyzer("english")))
                                .properties("created_at", p -> p.date(d -> d))
                                .properties("downloads", p -> p.long_(l -> l)))));

        GetIndexTemplateResponse stored = client.indices().getIndexTemplate(g -> g.name(TEMPLATE));
        assertThat(stored.indexTemplates()).hasSize(1);
        Map<String, Property> mapped = stored.indexTemplates().get(0).indexTemplate().template().mappings().properties();
        assertThat(mapped.get("origin").isKeyword()).isTrue();
        assertThat(mapped.get("created_at").isDate()).isTrue();

        List<ReleaseDoc> docs = List.of(
                new ReleaseDoc("Qwen/Qwen3-8B", "Alibaba", "CN", "Qwen3 8B released with thinking modes",
                        Instant.parse("2025-04-29T10:00:00Z"), 1_200_000),
                new ReleaseDoc("deepseek-ai/DeepSeek-R1", "DeepSeek", "CN", "DeepSeek R1 reasoning model",
                        Instant.parse("2025-01-20T08:00:00Z"), 3_400_000),
                new ReleaseDoc("zai-org/GLM-4.5", "Zhipu AI", "CN", "GLM-4.5 agentic models",
                        Instant.parse("2025-07-28T12:00:00Z"), 500_000),
                new ReleaseDoc("meta-llama/Llama-3.3-70B-Instruct", "Meta", "US", "Llama 3.3 70B instruct",
                        Instant.parse("2024-12-06T17:00:00Z"), 900_000),
                new ReleaseDoc("openai/gpt-oss-20b", "OpenAI", "US", "gpt-oss open-weight reasoning models",
                        Instant.parse("2025-08-04T16:00:00Z"), 2_000_000),
                new ReleaseDoc("mistralai/Mistral-Small-3.2-24B-Instruct-2506", "Mistral AI", "FR",
                        "Mistral Small 3.2 released", Instant.parse("2025-06-20T09:00:00Z"), 300_000));

        BulkResponse bulk = client.bulk(b -> b
                .refresh(Refresh.True)
                .operations(docs.stream()
                        .map(d -> BulkOperation.of(op -> op.index(i -> i.index(INDEX).id(d.repoId()).document(d))))
                        .toList()));
        assertThat(bulk.errors()).as("bulk item errors: %s", bulk.items()).isFalse();
        assertThat(bulk.items()).hasSize(docs.size());

        // Full-text through the alias, with the English analyser: "reasoning" matches both reasoning models.
        SearchResponse<ReleaseDoc> hits = client.search(s -> s
                .index("radar-it-releases")
                .query(q -> q.match(m -> m.field("title").query("reasoning"))), ReleaseDoc.class);
        assertThat(hits.hits().hits()).extracting(h -> h.source().repoId())
                .containsExactlyInAnyOrder("deepseek-ai/DeepSeek-R1", "openai/gpt-oss-20b");
        assertThat(hits.hits().hits().get(0).source().createdAt()).isNotNull();

        SearchResponse<Void> aggs = client.search(s -> s
                .index("radar-it-releases")
                .size(0)
                .aggregations("by_origin", a -> a.terms(t -> t.field("origin")))
                .aggregations("by_month", a -> a.dateHistogram(h -> h
                        .field("created_at").calendarInterval(CalendarInterval.Month).format("yyyy-MM")
                        .minDocCount(1))), Void.class);

        Map<String, Long> byOrigin = aggs.aggregations().get("by_origin").sterms().buckets().array().stream()
                .collect(Collectors.toMap(b -> b.key().stringValue(), StringTermsBucket::docCount));
        assertThat(byOrigin).containsExactlyInAnyOrderEntriesOf(Map.of("CN", 3L, "US", 2L, "FR", 1L));

        Map<String, Long> byMonth = aggs.aggregations().get("by_month").dateHistogram().buckets().array().stream()
                .collect(Collectors.toMap(DateHistogramBucket::keyAsString, DateHistogramBucket::docCount));
        assertThat(byMonth).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2024-12", 1L, "2025-01", 1L, "2025-04", 1L, "2025-06", 1L, "2025-07", 1L, "2025-08", 1L));
    }
}
