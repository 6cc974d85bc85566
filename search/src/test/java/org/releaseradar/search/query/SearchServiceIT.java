package org.releaseradar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/** SearchService on the real local Elasticsearch, over the known data set indexed through Radar's templates. */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchServiceIT {

    private ElasticsearchClient client;
    private SearchService search;

    @BeforeAll
    void load(LocalStack stack) throws IOException {
        client = ElasticsearchClientFactory.create(ElasticsearchSettings.local(URI.create(stack.elasticsearchUrl())));
        KnownRadarData.load(client);
        search = new SearchService(client);
    }

    @AfterAll
    void close() throws IOException {
        client.close();
    }

    @Test
    void fullTextOverAllThreeTypesWithHighlightsAndFacets() throws IOException {
        SearchResult result = search.search(SearchQuery.of("qwen3 coder"));

        assertThat(result.total()).isEqualTo(4);
        assertThat(result.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(
                "Qwen/Qwen3-Coder-480B-A35B-Instruct", "unsloth/Qwen3-Coder-480B-A35B-Instruct-GGUF",
                "news-qwen3-coder", "watched-release|Qwen/Qwen3-Coder-480B-A35B-Instruct");
        assertThat(result.missingIndices()).isEmpty();

        assertThat(result.facets().type()).containsExactly(
                new FacetCount("release", null, 2), new FacetCount("news", null, 1), new FacetCount("alert", null, 1));
        assertThat(result.facets().origin()).containsExactly(new FacetCount("CN", null, 3), new FacetCount("US", null, 1));
        assertThat(result.facets().organization()).containsExactly(
                new FacetCount("alibaba-qwen", "Alibaba (Qwen / Tongyi)", 3), new FacetCount("unsloth", "Unsloth AI", 1));
        assertThat(result.facets().month()).containsExactly(new FacetCount("2025-07", null, 4));

        SearchHit release = hit(result, "Qwen/Qwen3-Coder-480B-A35B-Instruct");
        assertThat(release.type()).isEqualTo(DocType.RELEASE);
        assertThat(release.title()).isEqualTo("Qwen/Qwen3-Coder-480B-A35B-Instruct");
        assertThat(release.organization()).isEqualTo("Alibaba (Qwen / Tongyi)");
        assertThat(release.origins()).containsExactly("CN");
        assertThat(release.month()).isEqualTo("2025-07");
        assertThat(release.url()).isEqualTo("https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct");
        assertThat(release.detail()).isEqualTo("mainline, 500,000 downloads");
        assertThat(release.source().get("downloads_all_time").asLong()).isEqualTo(500_000L);
        assertThat(marked(release, "repo_id")).containsExactly("«Qwen»/«Qwen3»-«Coder»-480B-A35B-Instruct");

        SearchHit quantized = hit(result, "unsloth/Qwen3-Coder-480B-A35B-Instruct-GGUF");
        assertThat(quantized.detail()).isEqualTo("quantized of Qwen/Qwen3-Coder-480B-A35B-Instruct, 50,000 downloads");
        assertThat(marked(quantized, "base_models")).containsExactly("«Qwen»/«Qwen3»-«Coder»-480B-A35B-Instruct");

        SearchHit news = hit(result, "news-qwen3-coder");
        assertThat(news.type()).isEqualTo(DocType.NEWS);
        assertThat(news.organization()).isEqualTo("alibaba-qwen");
        assertThat(news.detail()).isEqualTo("Example AI News");
        assertThat(marked(news, "title")).containsExactly("Alibaba releases «Qwen3»-«Coder», its most agentic code model yet");
        assertThat(marked(news, "summary")).singleElement().asString().contains("«Qwen3»-«Coder»-480B");

        SearchHit alert = hit(result, "watched-release|Qwen/Qwen3-Coder-480B-A35B-Instruct");
        assertThat(alert.detail()).isEqualTo("NOTICE watched-release");
        assertThat(alert.url()).isEqualTo("https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct");
        assertThat(marked(alert, "title")).singleElement().asString().contains("released «Qwen3»-«Coder»-480B");
    }

    @Test
    void englishStemmingFindsOtherFormsOfAWord() throws IOException {
        SearchResult result = search.search(SearchQuery.of("releasing").withTypes(Set.of(DocType.NEWS)));

        assertThat(ids(result)).containsExactlyInAnyOrder("news-qwen3-coder", "news-devstral", "news-kimi-k2");
        assertThat(result.facets().type()).containsExactly(new FacetCount("news", null, 3));
    }

    @Test
    void aBlocFilterMatchesEachTypesOwnOriginField() throws IOException {
        SearchResult eu = search.search(SearchQuery.of("*").withOrigin(Origin.parse("eu")));

        assertThat(ids(eu)).containsExactlyInAnyOrder("mistralai/Mistral-Small-3.2-24B-Instruct-2506",
                "mistralai/Devstral-Small-2507", "news-devstral", "news-burst|mistral|2025-07");
        assertThat(eu.facets().origin()).containsExactly(new FacetCount("FR", null, 4));

        assertThat(ids(search.search(SearchQuery.of("*").withOrigin(Origin.parse("OTHER")))))
                .containsExactly("tiiuae/Falcon-H1-34B-Instruct");
        assertThat(ids(search.search(SearchQuery.of("*").withOrigin(Origin.parse("AE")))))
                .containsExactly("tiiuae/Falcon-H1-34B-Instruct");

        SearchResult us = search.search(SearchQuery.of("*").withOrigin(Origin.parse("US")).withLimit(20));
        assertThat(us.total()).isEqualTo(8);
        assertThat(us.facets().type()).containsExactly(
                new FacetCount("release", null, 6), new FacetCount("news", null, 1), new FacetCount("alert", null, 1));
        // An article mentioning CN and US organisations is counted under both origins.
        assertThat(us.facets().origin()).containsExactly(new FacetCount("US", null, 8), new FacetCount("CN", null, 1));
    }

    @Test
    void anOrganisationByNameIdOrNamespace() throws IOException {
        List<String> mistral = List.of("mistralai/Mistral-Small-3.2-24B-Instruct-2506", "mistralai/Devstral-Small-2507",
                "news-devstral", "news-burst|mistral|2025-07");
        assertThat(ids(search.search(SearchQuery.of("*").withOrganization("mistral ai")))).containsExactlyInAnyOrderElementsOf(mistral);
        assertThat(ids(search.search(SearchQuery.of("*").withOrganization("Mistral")))).containsExactlyInAnyOrderElementsOf(mistral);

        SearchResult unsloth = search.search(SearchQuery.of("*").withOrganization("unsloth"));
        assertThat(ids(unsloth)).containsExactlyInAnyOrder("unsloth/Qwen3-Coder-480B-A35B-Instruct-GGUF",
                "unsloth/Kimi-K2-Instruct-GGUF", "unsloth/gemma-3n-E4B-it-GGUF");

        SearchResult someone = search.search(SearchQuery.of("*").withOrganization("ns:someuser"));
        assertThat(ids(someone)).containsExactly("someuser/Mistral-Small-3.2-24B-abliterated");
        assertThat(someone.facets().organization()).containsExactly(new FacetCount("ns:someuser", null, 1));

        assertThat(search.search(SearchQuery.of("*").withOrganization("no such org")).total()).isZero();
    }

    @Test
    void aMonthAndATypeNarrowTheSearch() throws IOException {
        SearchResult june = search.search(SearchQuery.of("*").withMonth(YearMonth.of(2025, 6)).withLimit(50));
        assertThat(june.total()).isEqualTo(9);
        assertThat(june.facets().type()).containsExactly(new FacetCount("release", null, 7), new FacetCount("news", null, 2));
        assertThat(june.facets().month()).containsExactly(new FacetCount("2025-06", null, 9));

        SearchResult alerts = search.search(SearchQuery.of("*").withOrigin(Origin.parse("cn")).withTypes(Set.of(DocType.ALERT)));
        assertThat(ids(alerts)).containsExactlyInAnyOrder("origin-share-shift|CN|2025-07", "watched-release|Qwen/Qwen3-Coder-480B-A35B-Instruct");
        assertThat(alerts.facets().organization()).containsExactly(new FacetCount("alibaba-qwen", null, 1));
    }

    @Test
    void theLimitCutsHitsNotCountsAndEqualScoresGoNewestFirst() throws IOException {
        SearchResult all = search.search(SearchQuery.of("*").withLimit(5));

        assertThat(all.total()).isEqualTo(27);
        assertThat(ids(all)).containsExactly("origin-gap|US|2025-07", "origin-share-shift|CN|2025-07",
                "randomlab/mystery-merge-7B", "zai-org/GLM-4.5", "unsloth/Qwen3-Coder-480B-A35B-Instruct-GGUF");
        assertThat(all.facets().type()).containsExactly(
                new FacetCount("release", null, 18), new FacetCount("news", null, 5), new FacetCount("alert", null, 4));
        assertThat(all.facets().month()).containsExactly(
                new FacetCount("2025-07", null, 17), new FacetCount("2025-06", null, 9), new FacetCount("2025-05", null, 1));
        assertThat(sum(all.facets().organization())).as("every release has an org key; news count per mentioned org")
                .isEqualTo(18 + 5 + 2);

        SearchResult none = search.search(SearchQuery.of("*").withLimit(0));
        assertThat(none.hits()).isEmpty();
        assertThat(none.total()).isEqualTo(27);
    }

    @Test
    void facetsReadEveryPage() throws IOException {
        SearchService paging = new SearchService(client, 2);
        for (SearchQuery q : List.of(SearchQuery.of("*"), SearchQuery.of("qwen3 coder"), SearchQuery.of("*").withOrigin(Origin.parse("US")))) {
            assertThat(paging.search(q).facets()).as(q.toString()).isEqualTo(search.search(q).facets());
        }
        assertThat(paging.search(SearchQuery.of("*")).facets().organization()).hasSizeGreaterThan(2 * 3);
    }

    private static SearchHit hit(SearchResult result, String id) {
        return result.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> marked(SearchHit hit, String field) {
        return hit.highlights().stream().filter(h -> h.field().equals(field))
                .flatMap(h -> h.fragments().stream()).map(f -> f.marked("«", "»")).toList();
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    private static long sum(List<FacetCount> counts) {
        return counts.stream().mapToLong(FacetCount::count).sum();
    }
}
