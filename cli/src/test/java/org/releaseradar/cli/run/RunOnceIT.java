package org.releaseradar.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.cli.CommandRun;
import org.releaseradar.cli.RadarHome;
import org.releaseradar.fixtures.FixtureOptions;
import org.releaseradar.fixtures.FixtureServer;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackOptions;

/**
 * {@code radar run --once --json} in-process against the fixture server's recordings of the bundled data,
 * on a local stack of its own given through {@code --config} (the external-cluster path; a fresh stack,
 * so no other test's documents are counted): the figures are RadarPipelineIT's. Then a run whose only
 * source cannot be reached ends within its bound, naming that source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunOnceIT {

    private LocalStack stack;
    private Path config;

    @BeforeAll
    void startStack(@TempDir Path dir) throws IOException {
        stack = LocalStack.start(LocalStackOptions.of(dir.resolve("stack")));
        config = dir.resolve("radar.properties");
        Files.writeString(config, String.join("\n",
                "bootstrap.servers=" + stack.kafkaBootstrapServers(),
                "schema.registry.url=" + stack.schemaRegistryUrl(),
                "elasticsearch.url=" + stack.elasticsearchUrl(),
                "elasticsearch.engine=local-7.10", ""));
    }

    @AfterAll
    void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    @Timeout(600)
    void theBundledDataGivesThePipelineITsFigures(@TempDir Path dataDir) throws Exception {
        Path data = RadarHome.bundledData();
        try (FixtureServer fixtures = FixtureServer.start(FixtureOptions.of(data))) {
            List<String> args = new ArrayList<>(List.of("run", "--once", "--json", "--timeout", "300",
                    "--config", config.toString(), "--data-dir", dataDir.toString(),
                    "--hf-url", fixtures.hubUrl(), "--hf-authors", String.join(",", DemoCommand.hubAuthors(data)),
                    "--epoch", fixtures.epochCsvUrl(), "--orgs", data.resolve("orgs.csv").toString()));
            for (String feed : fixtures.feedUrls()) {
                args.add("--feed");
                args.add(feed);
            }
            CommandRun run = CommandRun.radar(args.toArray(String[]::new));
            assertThat(run.exitCode).as(run.toString()).isZero();
            JsonNode report = new ObjectMapper().readTree(run.out);

            long total = 0;
            for (JsonNode row : report.get("stats")) {
                total += row.get("releases").asLong() + row.get("derivatives").asLong();
            }
            // RadarPipelineIT: 1,048 releases on radar.releases (777 Hub models, 271 Epoch-only), and its
            // country rows (mainline + derivatives) count exactly those.
            assertThat(total).isEqualTo(1_048);
            assertThat(report.get("releases_total").asLong()).isEqualTo(1_048);
            assertThat(row(report, "CN", "2025-07")).containsExactly(17L, 1L);
            assertThat(row(report, "US", "2025-07")).containsExactly(6L, 9L);
            assertThat(row(report, "FR", "2025-07")).containsExactly(2L, 1L);
            // The bundled inputs the connectors read here (good feeds, the Hub listings, Epoch's CSV, the
            // registry) hold nothing a connector dead-letters, and RadarPipelineIT shows neither the streams
            // applications nor the Elasticsearch sink dead-letter anything of them (its only dead letter is the
            // garbage record it injects itself): 0.
            assertThat(report.get("dlq").asLong()).isZero();
            assertThat(report.get("alerts").isArray()).isTrue();
            assertThat(report.get("alerts_total").asLong()).isPositive();
            assertThat(report.get("sources")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("ok"));
        }
    }

    @Test
    @Order(2)
    @Timeout(300)
    void anUnreachableSourceIsNamedAndTheRunEnds(@TempDir Path dataDir) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String feed = "http://127.0.0.1:" + closed + "/x.rss";
        CommandRun run = CommandRun.radar("run", "--once", "--timeout", "120", "--config", config.toString(),
                "--data-dir", dataDir.toString(), "--feed", feed);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(RunCommand.INCOMPLETE);
        assertThat(run.out).contains("FAILED feed " + feed).contains("Sources: 1 read, 1 failed.");
    }

    private static List<Long> row(JsonNode report, String origin, String month) {
        for (JsonNode row : report.get("stats")) {
            if (row.get("origin").asText().equals(origin) && row.get("month").asText().equals(month)) {
                return List.of(row.get("releases").asLong(), row.get("derivatives").asLong());
            }
        }
        return List.of();
    }
}
