package org.releaseradar.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releaseradar.search.query.StatsCell.Count;
import org.releaseradar.search.query.StatsCell.Share;

class StatsTablesTest {

    private static final YearMonth JUN = YearMonth.of(2025, 6);
    private static final YearMonth JUL = YearMonth.of(2025, 7);
    private static final YearMonth AUG = YearMonth.of(2025, 8);

    @Test
    void monthsSpanTheRangeOrTheData() {
        assertThat(StatsTables.months(null, null, List.of(AUG, JUN))).containsExactly(JUN, JUL, AUG);
        assertThat(StatsTables.months(JUL, null, List.of(JUN, AUG))).containsExactly(JUL, AUG);
        assertThat(StatsTables.months(null, JUN, List.of(YearMonth.of(2025, 5), AUG)))
                .containsExactly(YearMonth.of(2025, 5), JUN);
        assertThat(StatsTables.months(YearMonth.of(2024, 12), YearMonth.of(2025, 1), List.of()))
                .containsExactly(YearMonth.of(2024, 12), YearMonth.of(2025, 1));
        assertThat(StatsTables.months(null, null, List.of())).isEmpty();
        assertThat(StatsTables.months(JUL, null, List.of())).containsExactly(JUL);
    }

    @Test
    void countsFillMissingMonthsWithZeroAndSumRowsAndColumns() {
        StatsQuery query = StatsQuery.byOrigin(StatsMetric.RELEASES).withRange(JUN, AUG);
        StatsTable table = StatsTables.counts(query, Map.of(
                "CN", Map.of(JUN, 1L, JUL, 4L),
                "US", Map.of(JUN, 1L),
                "FR", Map.of(JUN, 1L, JUL, 1L),
                "UNKNOWN", Map.of(JUL, 0L)), Map.of());

        assertThat(table.months()).containsExactly(JUN, JUL, AUG);
        assertThat(table.rows()).extracting(StatsRow::key).containsExactly("CN", "FR", "US", "UNKNOWN");
        StatsRow cn = table.rows().get(0);
        assertThat(cn.cells()).containsExactly(Map.entry(JUN, new Count(1)), Map.entry(JUL, new Count(4)), Map.entry(AUG, new Count(0)));
        assertThat(cn.total()).isEqualTo(new Count(5));
        assertThat(table.footer()).singleElement().satisfies(total -> {
            assertThat(total.key()).isEqualTo(StatsTable.TOTAL);
            assertThat(total.cells().values()).containsExactly(new Count(3), new Count(5), new Count(0));
            assertThat(total.total()).isEqualTo(new Count(8));
        });
    }

    @Test
    void derivativeShareIsOnBaseOverKnownBaseOfTheMonth() {
        // 2025-06: 1 derivative on a CN base, 2 on US bases. 2025-07: 2 on CN, 2 on FR, 1 on an unknown base.
        StatsQuery query = StatsQuery.byOrigin(StatsMetric.DERIVATIVE_SHARE);
        StatsTable table = StatsTables.shares(query, Map.of(
                "CN", Map.of(JUN, 1L, JUL, 2L),
                "US", Map.of(JUN, 2L, JUL, 0L),
                "FR", Map.of(JUN, 0L, JUL, 2L),
                "AE", Map.of(JUN, 0L),
                "UNKNOWN", Map.of(JUL, 1L)));

        assertThat(table.months()).containsExactly(JUN, JUL);
        assertThat(table.rows()).extracting(StatsRow::key).as("UNKNOWN is no share of the known").containsExactly("CN", "FR", "US", "AE");
        StatsRow cn = table.rows().get(0);
        assertThat(cn.cells().get(JUN)).isEqualTo(new Share(1, 3));
        assertThat(cn.cells().get(JUL)).isEqualTo(new Share(2, 4));
        assertThat(cn.total()).isEqualTo(new Share(3, 7));
        assertThat(((Share) cn.cells().get(JUN)).ratio()).isEqualTo(1.0 / 3);
        assertThat(table.rows().get(1).cells().get(JUL)).isEqualTo(new Share(2, 4));
        assertThat(table.rows().get(3).cells().get(JUL)).as("no row: 0 of the month's known").isEqualTo(new Share(0, 4));

        // Each month's known shares add up to 1.
        for (YearMonth m : table.months()) {
            long parts = table.rows().stream().mapToLong(r -> ((Share) r.cells().get(m)).part()).sum();
            assertThat(parts).isEqualTo(((Share) cn.cells().get(m)).whole());
        }
        assertThat(table.footer()).extracting(StatsRow::key).containsExactly(StatsTable.KNOWN_BASE, StatsTable.UNKNOWN_BASE);
        assertThat(table.footer().get(0).cells().values()).containsExactly(new Count(3), new Count(4));
        assertThat(table.footer().get(1).cells().values()).containsExactly(new Count(0), new Count(1));
        assertThat(table.footer().get(1).total()).isEqualTo(new Count(1));
    }

    @Test
    void aMonthWithoutKnownBasesHasNoShare() {
        StatsTable table = StatsTables.shares(StatsQuery.byOrigin(StatsMetric.DERIVATIVE_SHARE).withRange(JUN, JUN),
                Map.of("US", Map.of(JUN, 0L), "UNKNOWN", Map.of(JUN, 2L)));

        Share us = (Share) table.rows().get(0).cells().get(JUN);
        assertThat(us).isEqualTo(new Share(0, 0));
        assertThat(us.ratio()).isNull();
    }

    @Test
    void sumsAreTakenOnlyWhenExact() {
        assertThat(StatsTables.exactLong(3_456_789_012.0, "x")).isEqualTo(3_456_789_012L);
        assertThat(StatsTables.exactLong((double) (1L << 53), "x")).isEqualTo(1L << 53);
        assertThatThrownBy(() -> StatsTables.exactLong(Math.pow(2, 60), "CN|2025-07")).hasMessageContaining("CN|2025-07");
        assertThatThrownBy(() -> StatsTables.exactLong(1.5, "x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StatsTables.exactLong(Double.NaN, "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShareIsAPartOfAWhole() {
        assertThatThrownBy(() -> new Share(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Share(1, 4).ratio()).isEqualTo(0.25);
    }
}
