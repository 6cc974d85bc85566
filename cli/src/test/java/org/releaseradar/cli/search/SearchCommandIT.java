package org.releaseradar.cli.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.cli.CommandRun.radar;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.releaseradar.cli.CommandRun;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.search.query.KnownRadarData;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;
import org.releaseradar.stack.StackEndpoints;

/**
 * {@code radar search} in-process against the real local stack, found as a user's command finds it: through
 * the endpoints file the running stack wrote into its data directory.
 */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommandIT {

    private String dataDir;

    @BeforeAll
    void load(LocalStack stack) throws IOException {
        assertThat(StackEndpoints.read(stack.dataDir())).as("the running stack advertises its endpoints")
                .hasValueSatisfying(e -> {
                    assertThat(e.elasticsearchUrl()).isEqualTo(stack.elasticsearchUrl());
                    assertThat(e.kafkaBootstrapServers()).isEqualTo(stack.kafkaBootstrapServers());
                    assertThat(e.schemaRegistryUrl()).isEqualTo(stack.schemaRegistryUrl());
                    assertThat(e.pid()).isEqualTo(ProcessHandle.current().pid());
                });
        try (ElasticsearchClient client = ElasticsearchClientFactory.create(
                ElasticsearchSettings.local(URI.create(stack.elasticsearchUrl())))) {
            KnownRadarData.load(client);
        }
        dataDir = stack.dataDir().toString();
    }

    @Test
    void aTableOfHitsWithMarkedMatchesAndTheFacetsUnderIt() {
        CommandRun run = radar("search", "qwen3", "coder", "--data-dir", dataDir);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.err).isEmpty();
        List<String> lines = run.out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("4 matches for \"qwen3 coder\".");
        assertThat(lines.get(2)).matches("#  TYPE     TITLE +ORIGIN  ORGANISATION +MONTH");
        // Titles longer than their column are cut with an ellipsis; the highlights below show them whole.
        assertThat(lines).filteredOn(l -> l.matches("\\d  \\S.*"))
                .hasSize(4)
                .anySatisfy(l -> assertThat(l).matches("\\d  release  unsloth/Qwen3-Coder-480B-A35B-Instruct-GGUF +US +Unsloth AI +2025-07"))
                .anySatisfy(l -> assertThat(l).matches("\\d  release  Qwen/Qwen3-Coder-480B-A35B-Instruct +CN +Alibaba \\(Qwen / Tongyi\\) +2025-07"))
                .anySatisfy(l -> assertThat(l).matches("\\d  news     Alibaba releases Qwen3-Coder, its most agentic code model y… +CN +alibaba-qwen +2025-07"))
                .anySatisfy(l -> assertThat(l).matches("\\d  alert    Alibaba \\(Qwen / Tongyi\\) released Qwen3-Coder-480B-A35B-Inst… +CN +alibaba-qwen +2025-07"));
        int titleColumn = lines.get(2).indexOf("TITLE");
        assertThat(lines).contains(" ".repeat(titleColumn) + "repo_id: «Qwen»/«Qwen3»-«Coder»-480B-A35B-Instruct",
                " ".repeat(titleColumn) + "title: Alibaba releases «Qwen3»-«Coder», its most agentic code model yet",
                " ".repeat(titleColumn) + "mainline, 500,000 downloads  https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct");
        assertThat(run.out).endsWith("""

                FACET         COUNTS (of all matches)
                type          release 2 · news 1 · alert 1
                origin        CN 3 · US 1
                organisation  alibaba-qwen (Alibaba (Qwen / Tongyi)) 3 · unsloth (Unsloth AI) 1
                month         2025-07 4
                """);
    }

    @Test
    void filtersAndLimitInTheTable() {
        CommandRun run = radar("search", "*", "--origin", "eu", "--limit", "2", "--data-dir", dataDir);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).startsWith("4 matches for everything (origin EU), showing 2.\n")
                .contains("type          release 2 · news 1 · alert 1\n")
                .contains("origin        FR 4\n")
                .contains("organisation  mistral (Mistral AI) 4\n");

        CommandRun none = radar("search", "llama", "--org", "Mistral AI", "--month", "2025-06", "--data-dir", dataDir);
        assertThat(none.out).isEqualTo("No matches for \"llama\" (org Mistral AI, month 2025-06).\n");
    }

    @Test
    void jsonIsOneDocumentWithHitsHighlightsAndFacets() throws IOException {
        CommandRun run = radar("search", "reasoning", "--type", "news,alert", "--origin", "CN", "--json", "--data-dir", dataDir);

        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out);
        assertThat(doc.get("total").asLong()).isEqualTo(1);
        JsonNode hit = doc.at("/hits/0");
        assertThat(hit.get("id").asText()).isEqualTo("news-deepseek-r1");
        assertThat(hit.get("type").asText()).isEqualTo("news");
        assertThat(hit.get("url").asText()).isEqualTo("https://news.example.org/ai/news-deepseek-r1");
        assertThat(hit.at("/source/mentions/0/organization_id").asText()).isEqualTo("deepseek");
        List<String> matched = new ArrayList<>();
        for (JsonNode highlight : hit.get("highlights")) {
            for (JsonNode fragment : highlight.get("fragments")) {
                String text = fragment.get("text").asText();
                fragment.get("matches").forEach(m -> matched.add(text.substring(m.get("start").asInt(), m.get("end").asInt())));
            }
        }
        assertThat(matched).containsOnly("reasoning").hasSize(2);
        assertThat(doc.at("/facets/type").toString()).isEqualTo("[{\"key\":\"news\",\"count\":1}]");
        assertThat(doc.at("/facets/month").toString()).isEqualTo("[{\"key\":\"2025-06\",\"count\":1}]");
        assertThat(doc.at("/query/types").toString()).isEqualTo("[\"news\",\"alert\"]");
    }
}
