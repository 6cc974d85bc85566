package org.releaseradar.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installer and the templates on the real local Elasticsearch 7.10.2 (the same requests a
 * real 8.x/9.x gets, minus the client's compatibility headers), with documents shaped as the
 * contract of issue 5 says the ES sink writes them.
 */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexInstallerIT {

    private static final Logger LOG = LoggerFactory.getLogger(IndexInstallerIT.class);
    private static final EnumSet<RadarIndex> ALL = EnumSet.allOf(RadarIndex.class);

    private ElasticsearchClient client;

    @BeforeAll
    void connect(LocalStack stack) {
        client = ElasticsearchClientFactory.create(ElasticsearchSettings.local(URI.create(stack.elasticsearchUrl())));
    }

    @AfterAll
    void close() throws IOException {
        client.close();
    }

    @Test
    @Order(1)
    void refusesAConcreteIndexWhereAnAliasBelongs() throws IOException {
        removeRadarIndices();
        // What Elasticsearch does when a writer gets ahead of the installer: auto-create an index
        // named like the alias, with dynamic mappings and no template.
        client.index(i -> i.index(RadarIndex.ALERTS.alias()).id("a").document(Map.of("id", "a")));
        try {
            assertThatThrownBy(() -> IndexInstaller.ensure(client, List.of(RadarIndex.ALERTS)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("concrete index named radar-alerts");
        } finally {
            client.indices().delete(d -> d.index(RadarIndex.ALERTS.alias()));
        }
    }

    @Test
    @Order(2)
    void ensureTwiceAndFromFourThreadsAtOnce() throws Exception {
        removeRadarIndices();

        // Four tasks starting at the same moment against an empty cluster: all race to create.
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    IndexInstaller.ensure(client, ALL);
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> run : runs) {
                run.get(60, TimeUnit.SECONDS); // rethrows any task's failure
            }
        } finally {
            pool.shutdownNow();
        }
        IndexInstaller.ensure(client, ALL);
        IndexInstaller.ensure(client, ALL);

        for (RadarIndex index : ALL) {
            GetAliasResponse aliases = client.indices().getAlias(a -> a.name(index.alias()));
            assertThat(aliases.result().keySet()).as(index.alias()).containsExactly(index.firstIndex());
            assertThat(aliases.get(index.firstIndex()).aliases().get(index.alias()).isWriteIndex())
                    .as("%s is the write index of %s", index.firstIndex(), index.alias()).isTrue();
            // The concrete index was built from our template, not from dynamic mappings.
            Map<String, Property> mapped = client.indices().getMapping(m -> m.index(index.alias()))
                    .get(index.firstIndex()).mappings().properties();
            assertThat(mapped.keySet()).as(index.alias()).containsExactlyInAnyOrderElementsOf(index.mappings().properties().keySet());
            assertThat(mapped.get("month").date().format()).isEqualTo("yyyy-MM");
        }
        // The more specific stats-org template won over radar-stats-* for radar-stats-org-000001.
        assertThat(client.indices().getMapping(m -> m.index(RadarIndex.ORG_STATS.alias()))
                .get(RadarIndex.ORG_STATS.firstIndex()).mappings().properties()).containsKey("org");
    }

    @Test
    @Order(3)
    void documentsShapedAsTheSinkWritesThemAreIndexed() throws IOException {
        IndexInstaller.ensure(client, ALL);
        Map<RadarIndex, Map<String, Object>> docs = Documents.all();
        for (Map.Entry<RadarIndex, Map<String, Object>> e : docs.entrySet()) {
            // The sample documents carry every Avro field, so all of them meet the mapping here.
            Schema schema = RadarIndexMappingTest.VALUE_SCHEMAS.get(e.getKey());
            assertThat(e.getValue().keySet()).as("sample %s", schema.getName())
                    .containsExactlyInAnyOrderElementsOf(schema.getFields().stream().map(Schema.Field::name).toList());
        }
        BulkResponse bulk = client.bulk(b -> b.refresh(Refresh.True).operations(docs.entrySet().stream()
                .map(e -> BulkOperation.of(op -> op.index(i -> i
                        .index(e.getKey().alias()).id(String.valueOf(Documents.id(e.getKey(), e.getValue())))
                        .document(e.getValue()))))
                .toList()));
        assertThat(bulk.errors()).as("bulk item errors: %s", bulk.items()).isFalse();

        // Map values got their types from the dynamic templates.
        Map<String, Property> stats = client.indices().getMapping(m -> m.index(RadarIndex.STATS.alias()))
                .get(RadarIndex.STATS.firstIndex()).mappings().properties();
        assertThat(stats.get("derivatives_by_base_origin").object().properties().get("US").isLong()).isTrue();
        assertThat(stats.get("derivative_base_origins").object().properties().get("CN").isLong()).isTrue();
        Map<String, Property> alerts = client.indices().getMapping(m -> m.index(RadarIndex.ALERTS.alias()))
                .get(RadarIndex.ALERTS.firstIndex()).mappings().properties();
        assertThat(alerts.get("facts").object().properties().get("share_before").isKeyword()).isTrue();

        // Facets and filters work on the mapped types.
        assertThat(count(RadarIndex.STATS, "derivatives_by_base_origin.US", "12")).isEqualTo(1);
        assertThat(count(RadarIndex.ALERTS, "facts.share_before", "0.10")).isEqualTo(1);
        assertThat(count(RadarIndex.NEWS, "mentions.repo_id", "Qwen/Qwen2.5-7B-Instruct")).isEqualTo(1);
        assertThat(count(RadarIndex.RELEASES, "origin_bloc", "CN")).isEqualTo(1);
        assertThat(count(RadarIndex.RELEASES, "publication_date", "2024-09-19")).isEqualTo(1);
        assertThat(count(RadarIndex.ORG_STATS, "month", "2024-09")).isEqualTo(1);

        // A field the template does not know (a schema added it later) is kept, not rejected,
        // and not indexed.
        Map<String, Object> newer = new LinkedHashMap<>(Documents.release("acme/Newer-1B"));
        newer.put("added_in_a_later_schema", Map.of("anything", 1));
        client.index(i -> i.index(RadarIndex.RELEASES.alias()).id("acme/Newer-1B").document(newer).refresh(Refresh.True));
        assertThat(client.get(g -> g.index(RadarIndex.RELEASES.alias()).id("acme/Newer-1B"), ObjectNode.class)
                .source().has("added_in_a_later_schema")).isTrue();
        assertThat(client.indices().getMapping(m -> m.index(RadarIndex.RELEASES.alias()))
                .get(RadarIndex.RELEASES.firstIndex()).mappings().properties()).doesNotContainKey("added_in_a_later_schema");
    }

    @Test
    @Order(4)
    void modelNamesAreFoundByTheirParts() throws IOException {
        indexSampleRelease();
        List<String> tokens = client.indices().analyze(a -> a
                        .index(RadarIndex.RELEASES.alias())
                        .analyzer(Fields.MODEL_NAME_ANALYZER)
                        .text("Qwen/Qwen2.5-7B-Instruct"))
                .tokens().stream().map(AnalyzeToken::token).toList();
        assertThat(tokens).containsExactly("qwen", "qwen", "2", "5", "7", "b", "instruct");

        assertThat(matchIds(RadarIndex.RELEASES, "repo_id.text", "qwen")).contains("Qwen/Qwen2.5-7B-Instruct");
        assertThat(matchIds(RadarIndex.RELEASES, "repo_id.text", "Qwen2.5 7B instruct")).contains("Qwen/Qwen2.5-7B-Instruct");
        assertThat(matchIds(RadarIndex.RELEASES, "base_models.text", "qwen2.5")).contains("acme/Qwen2.5-7B-Instruct-GGUF");
        // The keyword itself stays exact: a part alone is not a repo id.
        assertThat(count(RadarIndex.RELEASES, "repo_id", "qwen")).isZero();
        assertThat(count(RadarIndex.RELEASES, "repo_id", "Qwen/Qwen2.5-7B-Instruct")).isEqualTo(1);
    }

    @Test
    @Order(5)
    void englishAnalyzerStems() throws IOException {
        IndexInstaller.ensure(client, ALL);
        Map<String, Object> news = Documents.news();
        client.index(i -> i.index(RadarIndex.NEWS.alias()).id((String) news.get("id")).document(news).refresh(Refresh.True));
        assertThat(matchIds(RadarIndex.NEWS, "title", "releases")).contains(news.get("id"));
        assertThat(matchIds(RadarIndex.NEWS, "summary", "model weight")).contains(news.get("id"));
        Map<String, Object> alert = Documents.alert();
        client.index(i -> i.index(RadarIndex.ALERTS.alias()).id((String) alert.get("id")).document(alert).refresh(Refresh.True));
        assertThat(matchIds(RadarIndex.ALERTS, "text", "derivative")).contains(alert.get("id"));
    }

    @Test
    @Order(6)
    void anImpossibleMonthIsAMappingError() throws IOException {
        IndexInstaller.ensure(client, ALL);
        Map<String, Object> bad = new LinkedHashMap<>(Documents.release("acme/Bad-Month"));
        bad.put("month", "2025-13");
        Map<String, Object> good = Documents.release("acme/Good-Month");

        // In a bulk, as the sink sends it: the bad item fails with a reason, its batch-mate is indexed.
        BulkResponse bulk = client.bulk(b -> b.refresh(Refresh.True)
                .operations(op -> op.index(i -> i.index(RadarIndex.RELEASES.alias()).id("acme/Bad-Month").document(bad)))
                .operations(op -> op.index(i -> i.index(RadarIndex.RELEASES.alias()).id("acme/Good-Month").document(good))));
        assertThat(bulk.errors()).isTrue();
        BulkResponseItem failed = bulk.items().get(0);
        assertThat(bulk.items().get(1).error()).isNull();
        assertThat(failed.status()).isEqualTo(400);
        ErrorCause error = failed.error();
        LOG.info("Bulk item error for month 2025-13: {}", describe(error));
        System.out.println("ES 7.10 bulk item error for month \"2025-13\": " + describe(error));
        assertThat(error.type()).isEqualTo("mapper_parsing_exception");
        assertThat(error.reason()).contains("[month]");
        assertThat(describe(error)).contains("2025-13");
        assertThat(count(RadarIndex.RELEASES, "repo_id", "acme/Good-Month")).isEqualTo(1);
        assertThat(count(RadarIndex.RELEASES, "repo_id", "acme/Bad-Month")).isZero();

        // The single-document API throws with the same cause.
        assertThatThrownBy(() -> client.index(i -> i.index(RadarIndex.RELEASES.alias()).id("acme/Bad-Month").document(bad)))
                .isInstanceOfSatisfying(ElasticsearchException.class, e -> {
                    System.out.println("ES 7.10 index API error for month \"2025-13\": " + e.getMessage()
                            + " / " + describe(e.error()));
                    assertThat(e.error().type()).isEqualTo("mapper_parsing_exception");
                });
    }

    // --- helpers ---

    private void indexSampleRelease() throws IOException {
        IndexInstaller.ensure(client, ALL);
        for (String id : List.of("Qwen/Qwen2.5-7B-Instruct", "acme/Qwen2.5-7B-Instruct-GGUF")) {
            Map<String, Object> doc = Documents.release(id);
            client.index(i -> i.index(RadarIndex.RELEASES.alias()).id(id).document(doc).refresh(Refresh.True));
        }
    }

    private long count(RadarIndex index, String field, String value) throws IOException {
        return client.count(c -> c.index(index.alias())
                .query(q -> q.term(t -> t.field(field).value(value)))).count();
    }

    private List<Object> matchIds(RadarIndex index, String field, String text) throws IOException {
        return client.search(s -> s.index(index.alias()).query(q -> q.match(m -> m.field(field).query(text))), Void.class)
                .hits().hits().stream().<Object>map(Hit::id).toList();
    }

    /** Deletes Radar's concrete indices (and with them the aliases), so creation can race again. */
    private void removeRadarIndices() throws IOException {
        for (RadarIndex index : ALL) {
            client.indices().delete(d -> d.index(index.firstIndex()).ignoreUnavailable(true));
        }
    }

    /** Type, reason and the chain of causes, as the sink puts them into the DLQ headers. */
    static String describe(ErrorCause error) {
        StringBuilder s = new StringBuilder();
        for (ErrorCause e = error; e != null; e = e.causedBy()) {
            if (s.length() > 0) {
                s.append(" / caused by: ");
            }
            s.append(e.type()).append(": ").append(e.reason());
        }
        return s.toString();
    }
}
