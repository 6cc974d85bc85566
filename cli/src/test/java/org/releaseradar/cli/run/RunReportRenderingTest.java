package org.releaseradar.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunReportRenderingTest {

    private static RunReport report() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2024, 8); !m.isAfter(YearMonth.of(2025, 7)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return new RunReport(
                List.of(new RunReport.StatsLine("CN", YearMonth.of(2025, 7), 17, 1, 500),
                        new RunReport.StatsLine("US", YearMonth.of(2025, 7), 6, 9, 70),
                        new RunReport.StatsLine("US", YearMonth.of(2019, 1), 2, 0, 3)),
                months,
                List.of(new RunReport.BaseOrigin("CN", 3, 4), new RunReport.BaseOrigin("US", 1, 4)), 1,
                "qwen", 12, List.of(new RunReport.Hit("release", "Qwen/Qwen3-8B", "CN", "2025-07", 3.2, "https://x")),
                2, List.of(new RunReport.AlertLine("a1", "NOTICE", "watched-release", "Qwen released Qwen3", "CN", "2025-07")),
                Map.of("rule", 1L), 3, Map.of("feeds", 2L, "radar-elasticsearch", 1L),
                List.of(new RunReport.SourceLine("feed http://ok", "ok", null),
                        new RunReport.SourceLine("feed http://127.0.0.1:9/x.rss", "failed", "connection refused")),
                Duration.ofSeconds(42));
    }

    @Test
    void textShowsTheTablesSearchAlertsDeadLettersAndFailedSources() {
        String text = RunReportText.render(report());
        assertThat(text).contains("35 releases in all (25 mainline, 10 derivatives)");
        assertThat(text).contains("2024-08..2025-07 (the last 12 months of the data)");
        assertThat(text.lines().filter(l -> l.startsWith("CN ")).findFirst().orElseThrow()).matches("CN\\s.*\\s17\\s+17");
        assertThat(text).contains("known base").contains("75.0%");
        assertThat(text).contains("Search \"qwen\": 12 matches").contains("Qwen/Qwen3-8B");
        assertThat(text).contains("Alerts fired: 2").contains("watched-release");
        assertThat(text).contains("Dead-letter queue (radar.dlq): 3 record(s) — feeds 2, radar-elasticsearch 1");
        assertThat(text).contains("Sources: 1 read, 1 failed.")
                .contains("FAILED feed http://127.0.0.1:9/x.rss: connection refused");
        // The 2019 row is counted in the total, not in the 12-month table.
        assertThat(text).doesNotContain("2019-01");
    }

    @Test
    void jsonHasTheStatsAlertsAndDeadLetterCount() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RunReportJson.render(report()));
        assertThat(json.get("stats")).hasSize(3);
        JsonNode cn = json.get("stats").get(0);
        assertThat(cn.get("origin").asText()).isEqualTo("CN");
        assertThat(cn.get("month").asText()).isEqualTo("2025-07");
        assertThat(cn.get("releases").asLong()).isEqualTo(17);
        assertThat(cn.get("derivatives").asLong()).isEqualTo(1);
        assertThat(json.get("releases_total").asLong()).isEqualTo(35);
        assertThat(json.get("alerts").get(0).get("rule").asText()).isEqualTo("watched-release");
        assertThat(json.get("alerts_total").asLong()).isEqualTo(2);
        assertThat(json.get("dlq").asLong()).isEqualTo(3);
        assertThat(json.get("dlq_by_source").get("feeds").asLong()).isEqualTo(2);
        assertThat(json.get("derivatives_by_base_origin").get("CN").asLong()).isEqualTo(3);
        assertThat(json.get("sources").get(1).get("state").asText()).isEqualTo("failed");
        assertThat(json.get("sources").get(1).get("reason").asText()).isEqualTo("connection refused");
    }
}
