package org.releaseradar.cli.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.releaseradar.search.query.DocType;
import org.releaseradar.search.query.FacetCount;
import org.releaseradar.search.query.Highlight;
import org.releaseradar.search.query.Origin;
import org.releaseradar.search.query.SearchFacets;
import org.releaseradar.search.query.SearchHit;
import org.releaseradar.search.query.SearchQuery;
import org.releaseradar.search.query.SearchResult;

class SearchRenderingTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static SearchResult result() {
        SearchHit release = new SearchHit(DocType.RELEASE, "Qwen/Qwen3-Coder-480B-A35B-Instruct", 9.5,
                "Qwen/Qwen3-Coder-480B-A35B-Instruct", "mainline, 500,000 downloads", List.of("CN"),
                "Alibaba (Qwen / Tongyi)", "2025-07", Instant.parse("2025-07-22T10:00:00Z"),
                "https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct",
                List.of(new Highlight("repo_id", List.of(new Highlight.Fragment("Qwen/Qwen3-Coder-480B-A35B-Instruct",
                        List.of(new Highlight.Span(0, 4), new Highlight.Span(5, 10), new Highlight.Span(11, 16)))))),
                source(Map.of("repo_id", "Qwen/Qwen3-Coder-480B-A35B-Instruct", "downloads_all_time", 500_000)));
        SearchHit news = new SearchHit(DocType.NEWS, "news-qwen3-coder", 7.25,
                "Alibaba releases Qwen3-Coder, its most agentic code model yet, and a very long title goes on and on",
                "Example AI News", List.of("CN", "US"), "alibaba-qwen,meta", "2025-07", null, "https://news.example.org/ai/x",
                List.of(new Highlight("summary", List.of(new Highlight.Fragment("Qwen3-Coder is\na  model <em>",
                        List.of(new Highlight.Span(0, 11)))))),
                source(Map.of("id", "news-qwen3-coder")));
        SearchFacets facets = new SearchFacets(
                List.of(new FacetCount("release", null, 2), new FacetCount("news", null, 1)),
                List.of(new FacetCount("CN", null, 3), new FacetCount("US", null, 1)),
                List.of(new FacetCount("alibaba-qwen", "Alibaba (Qwen / Tongyi)", 3), new FacetCount("meta", null, 1)),
                List.of(new FacetCount("2025-07", null, 3)));
        return new SearchResult(SearchQuery.of("qwen3 coder").withTypes(Set.of(DocType.RELEASE, DocType.NEWS)),
                3, List.of(release, news), facets, List.of());
    }

    private static JsonNode source(Map<String, Object> fields) {
        return MAPPER.valueToTree(fields);
    }

    @Test
    void aTableOfHitsWithHighlightsThenTheFacets() {
        String text = SearchText.render(result());

        assertThat(text).isEqualTo("""
                3 matches for "qwen3 coder" (type release,news), showing 2.

                #  TYPE     TITLE                                                         ORIGIN  ORGANISATION             MONTH
                1  release  Qwen/Qwen3-Coder-480B-A35B-Instruct                           CN      Alibaba (Qwen / Tongyi)  2025-07
                            mainline, 500,000 downloads  https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct
                            repo_id: «Qwen»/«Qwen3»-«Coder»-480B-A35B-Instruct
                2  news     Alibaba releases Qwen3-Coder, its most agentic code model y…  CN,US   alibaba-qwen,meta        2025-07
                            Example AI News  https://news.example.org/ai/x
                            summary: «Qwen3-Coder» is a model <em>

                FACET         COUNTS (of all matches)
                type          release 2 · news 1
                origin        CN 3 · US 1
                organisation  alibaba-qwen (Alibaba (Qwen / Tongyi)) 3 · meta 1
                month         2025-07 3
                """);
    }

    @Test
    void noMatchesSaysSoAndNamesTheFilters() {
        SearchResult none = new SearchResult(SearchQuery.of("*").withOrigin(Origin.parse("eu")).withOrganization("mistral"),
                0, List.of(), new SearchFacets(List.of(), List.of(), List.of(), List.of()), List.of("radar-alerts"));

        assertThat(SearchText.render(none)).isEqualTo("""
                No matches for everything (origin EU, org mistral).
                (radar-alerts does not exist yet: nothing has been indexed there)
                """);
    }

    @Test
    void manyFacetValuesAreCut() {
        List<FacetCount> many = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new FacetCount("org" + i, null, 13 - i)).toList();
        SearchResult r = result();
        SearchResult wide = new SearchResult(r.query(), r.total(), r.hits(),
                new SearchFacets(r.facets().type(), r.facets().origin(), many, r.facets().month()), List.of());

        assertThat(SearchText.render(wide)).contains("organisation  org1 12 · org2 11 · ").contains("org10 3 · … 2 more\n");
    }

    @Test
    void jsonHoldsHitsWithMatchOffsetsAndTheWholeDocument() throws Exception {
        JsonNode doc = MAPPER.readTree(SearchJson.render(result()));

        assertThat(doc.get("total").asLong()).isEqualTo(3);
        assertThat(doc.at("/query/text").asText()).isEqualTo("qwen3 coder");
        assertThat(doc.at("/query/types").toString()).isEqualTo("[\"release\",\"news\"]");
        assertThat(doc.at("/query/origin").isNull()).isTrue();
        JsonNode hit = doc.at("/hits/0");
        assertThat(hit.get("type").asText()).isEqualTo("release");
        assertThat(hit.get("time").asText()).isEqualTo("2025-07-22T10:00:00Z");
        assertThat(hit.at("/highlights/0/field").asText()).isEqualTo("repo_id");
        assertThat(hit.at("/highlights/0/fragments/0/matches/1").toString()).isEqualTo("{\"start\":5,\"end\":10}");
        assertThat(hit.at("/source/downloads_all_time").asLong()).isEqualTo(500_000);
        assertThat(doc.at("/hits/1/time").isNull()).isTrue();
        assertThat(doc.at("/hits/1/highlights/0/fragments/0/text").asText()).isEqualTo("Qwen3-Coder is\na  model <em>");
        assertThat(doc.at("/facets/organization/0").toString())
                .isEqualTo("{\"key\":\"alibaba-qwen\",\"label\":\"Alibaba (Qwen / Tongyi)\",\"count\":3}");
        assertThat(doc.at("/facets/type/1").toString()).isEqualTo("{\"key\":\"news\",\"count\":1}");
        assertThat(doc.get("missing_indices").isEmpty()).isTrue();
    }
}
