package org.releaseradar.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.cli.CommandRun.radar;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.cli.CommandRun;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.search.query.KnownRadarData;
import org.releaseradar.search.query.StatsCell;
import org.releaseradar.search.query.StatsGrouping;
import org.releaseradar.search.query.StatsMetric;
import org.releaseradar.search.query.StatsQuery;
import org.releaseradar.search.query.StatsRow;
import org.releaseradar.search.query.StatsService;
import org.releaseradar.search.query.StatsTable;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/**
 * {@code radar report --html} in-process against the real local stack holding the known data set: every value
 * the charts draw equals what StatsService computes for the same range (and the hand-counted figures).
 */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandIT {

    private String dataDir;
    private ElasticsearchClient client;

    @BeforeAll
    void load(LocalStack stack) throws IOException {
        client = ElasticsearchClientFactory.create(ElasticsearchSettings.local(URI.create(stack.elasticsearchUrl())));
        KnownRadarData.load(client);
        dataDir = stack.dataDir().toString();
    }

    @AfterAll
    void close() throws IOException {
        client.close();
    }

    @Test
    void chartsEqualTheStatsOfTheSameRange(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/report.html");
        CommandRun run = radar("report", "--html", file.toString(), "--level", "country", "--data-dir", dataDir);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).startsWith("Wrote " + file + ": 2025-05..2025-07,");
        Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(doc.getElementById("range").text()).isEqualTo("2025-05 to 2025-07"); // the data's own range
        StatsService stats = new StatsService(client);
        YearMonth from = YearMonth.of(2025, 5);
        YearMonth to = YearMonth.of(2025, 7);

        // Releases by origin and month: every rect is one cell of the stats table, and every cell is drawn.
        StatsTable releases = stats.table(new StatsQuery(StatsGrouping.ORIGIN, OriginLevel.COUNTRY, StatsMetric.RELEASES, from, to));
        assertThat(valuesOf(doc, "#chart-releases rect[data-origin]", "data-origin")).isEqualTo(counts(releases));
        assertThat(doc.select("#chart-releases rect[data-origin=CN][data-month=2025-07]").attr("data-value")).isEqualTo("4");
        assertThat(doc.select("#chart-releases g.bar").eachAttr("data-total")).containsExactly("1", "4", "5");

        // Derivative share: parts and wholes of every month with derivatives of known base.
        StatsTable share = stats.table(new StatsQuery(StatsGrouping.ORIGIN, OriginLevel.COUNTRY, StatsMetric.DERIVATIVE_SHARE, from, to));
        Map<String, String> expectedShares = new HashMap<>();
        for (StatsRow row : share.rows()) {
            row.cells().forEach((month, cell) -> {
                StatsCell.Share s = (StatsCell.Share) cell;
                if (s.whole() > 0) {
                    expectedShares.put(row.key() + "|" + month, s.part() + "/" + s.whole());
                }
            });
        }
        Map<String, String> drawnShares = new HashMap<>();
        for (Element p : doc.select("#chart-derivative-share circle[data-origin]")) {
            drawnShares.put(p.attr("data-origin") + "|" + p.attr("data-month"), p.attr("data-part") + "/" + p.attr("data-whole"));
        }
        assertThat(drawnShares).isEqualTo(expectedShares);
        assertThat(drawnShares).containsEntry("CN|2025-06", "1/3").containsEntry("CN|2025-07", "2/4").containsEntry("US|2025-06", "2/3");
        assertThat(doc.getElementById("unknown-base").attr("data-value")).isEqualTo("1");

        // Top organisations: the org table's totals, largest first.
        StatsTable orgs = stats.table(new StatsQuery(StatsGrouping.ORG, OriginLevel.COUNTRY, StatsMetric.RELEASES, from, to));
        Map<String, Long> expectedOrgs = new LinkedHashMap<>();
        orgs.rows().stream().filter(r -> ((StatsCell.Count) r.total()).value() > 0).limit(10)
                .forEach(r -> expectedOrgs.put(r.key(), ((StatsCell.Count) r.total()).value()));
        Map<String, Long> drawnOrgs = new LinkedHashMap<>();
        doc.select("#chart-organisations rect[data-org]").forEach(r -> drawnOrgs.put(r.attr("data-org"), Long.parseLong(r.attr("data-value"))));
        assertThat(drawnOrgs).containsExactlyEntriesOf(expectedOrgs);
        assertThat(drawnOrgs).containsEntry("alibaba-qwen", 2L).containsEntry("mistral", 2L);

        // Latest alerts, newest first.
        assertThat(doc.select("#alerts tbody tr td:nth-child(3)").eachText())
                .containsExactly("origin-gap", "origin-share-shift", "watched-release", "news-burst");
        assertThat(doc.select("#alerts tbody a").eachAttr("href"))
                .contains("https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct");
    }

    @Test
    void blocsAndARangeGivenByHand(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("blocs.html");
        CommandRun run = radar("report", "--html", file.toString(), "--from", "2025-06", "--to", "2025-08",
                "--organisations", "3", "--alerts", "1", "--data-dir", dataDir);

        assertThat(run.exitCode).as(run.toString()).isZero();
        Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(doc.getElementById("range").text()).isEqualTo("2025-06 to 2025-08");
        StatsTable blocs = new StatsService(client).table(new StatsQuery(StatsGrouping.ORIGIN, OriginLevel.BLOC,
                StatsMetric.RELEASES, YearMonth.of(2025, 6), YearMonth.of(2025, 8)));
        assertThat(valuesOf(doc, "#chart-releases rect[data-origin]", "data-origin")).isEqualTo(counts(blocs));
        assertThat(doc.select("#chart-releases g.bar").eachAttr("data-total")).containsExactly("4", "5", "0");
        assertThat(doc.select("#chart-organisations rect[data-org]")).hasSize(3);
        assertThat(doc.select("#alerts tbody tr")).hasSize(1);
    }

    @Test
    void withoutAStackItSaysSo(@TempDir Path dir) {
        CommandRun run = radar("report", "--html", dir.resolve("x.html").toString(), "--data-dir", dir.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("no local stack is running in");
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    private static Map<String, Long> valuesOf(Document doc, String selector, String keyAttribute) {
        Map<String, Long> values = new HashMap<>();
        for (Element e : doc.select(selector)) {
            values.put(e.attr(keyAttribute) + "|" + e.attr("data-month"), Long.parseLong(e.attr("data-value")));
        }
        return values;
    }

    private static Map<String, Long> counts(StatsTable table) {
        Map<String, Long> values = new HashMap<>();
        for (StatsRow row : table.rows()) {
            row.cells().forEach((month, cell) -> values.put(row.key() + "|" + month, ((StatsCell.Count) cell).value()));
        }
        return values;
    }
}
