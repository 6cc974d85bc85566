package org.releaseradar.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releaseradar.search.query.StatsCell;
import org.releaseradar.search.query.StatsCell.Count;
import org.releaseradar.search.query.StatsCell.Share;
import org.releaseradar.search.query.StatsMetric;
import org.releaseradar.search.query.StatsQuery;
import org.releaseradar.search.query.StatsRow;
import org.releaseradar.search.query.StatsTable;

class StatsRenderingTest {

    private static final YearMonth JUN = YearMonth.of(2025, 6);
    private static final YearMonth JUL = YearMonth.of(2025, 7);

    private static StatsRow row(String key, String name, String origin, StatsCell jun, StatsCell jul, StatsCell total) {
        Map<YearMonth, StatsCell> cells = new LinkedHashMap<>();
        cells.put(JUN, jun);
        cells.put(JUL, jul);
        return new StatsRow(key, name, origin, cells, total);
    }

    private static StatsRow counts(String key, long jun, long jul) {
        return row(key, null, null, new Count(jun), new Count(jul), new Count(jun + jul));
    }

    static StatsTable downloads() {
        return new StatsTable(StatsQuery.byOrigin(StatsMetric.DOWNLOADS).withRange(JUN, JUL), List.of(JUN, JUL),
                List.of(counts("CN", 3_457_889_012L, 1_800_000), counts("US", 630_000, 75_000), counts("UNKNOWN", 0, 1_010)),
                List.of(counts(StatsTable.TOTAL, 3_458_519_012L, 1_876_010)));
    }

    static StatsTable shares() {
        return new StatsTable(StatsQuery.byOrigin(StatsMetric.DERIVATIVE_SHARE), List.of(JUN, JUL),
                List.of(row("CN", null, null, new Share(1, 3), new Share(2, 4), new Share(3, 7)),
                        row("US", null, null, new Share(2, 3), new Share(0, 4), new Share(2, 7)),
                        row("AE", null, null, new Share(0, 3), new Share(0, 0), new Share(0, 7))),
                List.of(counts(StatsTable.KNOWN_BASE, 3, 4), counts(StatsTable.UNKNOWN_BASE, 0, 1)));
    }

    static StatsTable orgs() {
        return new StatsTable(StatsQuery.byOrg(StatsMetric.RELEASES), List.of(JUN, JUL),
                List.of(row("alibaba-qwen", "Alibaba (Qwen / Tongyi)", "CN", new Count(0), new Count(2), new Count(2)),
                        row("ns:someuser", null, "UNKNOWN", new Count(0), new Count(0), new Count(0))),
                List.of(counts(StatsTable.TOTAL, 0, 2)));
    }

    @Test
    void countsAsAnAlignedTableWithTotals() {
        assertThat(StatsText.render(downloads(), 0)).isEqualTo("""
                All-time downloads of the month's releases, by origin (country) and month, 2025-06..2025-07.
                Sum of downloads_all_time in radar-stats.

                ORIGIN         2025-06    2025-07          TOTAL
                CN       3,457,889,012  1,800,000  3,459,689,012
                US             630,000     75,000        705,000
                UNKNOWN              0      1,010          1,010
                -------  -------------  ---------  -------------
                TOTAL    3,458,519,012  1,876,010  3,460,395,022
                """);
    }

    @Test
    void sharesAsPercentagesWithTheirDenominators() {
        assertThat(StatsText.render(shares(), 0)).isEqualTo("""
                Share of the month's derivatives (with a known base) built on the origin's models, by origin (country) and month, 2025-06..2025-07.
                share = derivatives of the month built on the origin's models / derivatives of the month with a known base (derivatives_by_base_origin in radar-stats); ALL = all months together.

                ORIGIN        2025-06  2025-07    ALL
                CN              33.3%    50.0%  42.9%
                US              66.7%     0.0%  28.6%
                AE               0.0%        -   0.0%
                ------------  -------  -------  -----
                known base          3        4      7
                unknown base        0        1      1
                """);
    }

    @Test
    void organisationsWithNamesOriginsAndHiddenRows() {
        assertThat(StatsText.render(StatsText.top(orgs(), 1), 1)).isEqualTo("""
                Mainline releases, by organisation and month, 2025-06..2025-07.
                Sum of mainline_releases in radar-stats-org.

                ORG           NAME                     ORIGIN  2025-06  2025-07  TOTAL
                alibaba-qwen  Alibaba (Qwen / Tongyi)  CN            0        2      2
                ------------  -----------------------  ------  -------  -------  -----
                TOTAL                                                0        2      2
                (1 more row not shown; the footer counts them)
                """);
    }

    @Test
    void anEmptyTableSaysWhy() {
        StatsTable empty = new StatsTable(StatsQuery.byOrigin(StatsMetric.RELEASES).withRange(YearMonth.of(2030, 1), null),
                List.of(YearMonth.of(2030, 1)), List.of(), List.of());
        assertThat(StatsText.render(empty, 0)).contains("No stats rows for 2030-01..: has the streams application run");
    }

    @Test
    void csvIsOneLinePerRowAndMonth() {
        assertThat(StatsCsv.render(downloads())).isEqualTo("""
                origin,month,downloads_all_time
                CN,2025-06,3457889012
                CN,2025-07,1800000
                US,2025-06,630000
                US,2025-07,75000
                UNKNOWN,2025-06,0
                UNKNOWN,2025-07,1010
                """);
        assertThat(StatsCsv.render(shares())).startsWith("""
                origin,month,derivative_share,derivatives_on_base,derivatives_with_known_base
                CN,2025-06,0.333333,1,3
                CN,2025-07,0.500000,2,4
                """).contains("\nAE,2025-07,,0,0\n");
        assertThat(StatsCsv.render(orgs())).isEqualTo("""
                org,organization_name,origin_country,month,mainline_releases
                alibaba-qwen,Alibaba (Qwen / Tongyi),CN,2025-06,0
                alibaba-qwen,Alibaba (Qwen / Tongyi),CN,2025-07,2
                ns:someuser,,UNKNOWN,2025-06,0
                ns:someuser,,UNKNOWN,2025-07,0
                """);
    }

    @Test
    void jsonKeepsCountsAsNumbersAndSharesWithTheirCounts() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode counts = mapper.readTree(StatsJson.render(downloads(), 0));
        assertThat(counts.get("by").asText()).isEqualTo("origin,month");
        assertThat(counts.get("level").asText()).isEqualTo("country");
        assertThat(counts.get("metric").asText()).isEqualTo("downloads");
        assertThat(counts.get("field").asText()).isEqualTo("downloads_all_time");
        assertThat(counts.get("months").toString()).isEqualTo("[\"2025-06\",\"2025-07\"]");
        assertThat(counts.at("/rows/0").toString())
                .isEqualTo("{\"origin\":\"CN\",\"values\":{\"2025-06\":3457889012,\"2025-07\":1800000},\"total\":3459689012}");
        assertThat(counts.at("/total/total").asLong()).isEqualTo(3_460_395_022L);

        JsonNode shares = mapper.readTree(StatsJson.render(shares(), 0));
        assertThat(shares.get("field").isNull()).isTrue();
        assertThat(shares.at("/rows/0/values/2025-07").toString())
                .isEqualTo("{\"share\":0.5,\"derivatives_on_base\":2,\"derivatives_with_known_base\":4}");
        assertThat(shares.at("/rows/2/values/2025-07/share").isNull()).isTrue();
        assertThat(shares.at("/known_base/values/2025-07").asLong()).isEqualTo(4);
        assertThat(shares.at("/unknown_base/total").asLong()).isEqualTo(1);

        JsonNode orgs = mapper.readTree(StatsJson.render(orgs(), 0));
        assertThat(orgs.has("level")).isFalse();
        assertThat(orgs.at("/rows/0/name").asText()).isEqualTo("Alibaba (Qwen / Tongyi)");
        assertThat(orgs.at("/rows/1/name").isNull()).isTrue();
        assertThat(orgs.at("/rows/1/origin_country").asText()).isEqualTo("UNKNOWN");
    }
}
