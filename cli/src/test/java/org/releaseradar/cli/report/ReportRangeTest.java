package org.releaseradar.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRangeTest {

    private static final ReportOptions ALL = ReportOptions.defaults();

    private static List<YearMonth> months(String from, String to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static String range(ReportOptions o) {
        return o.from() + ".." + o.to();
    }

    @Test
    void withoutBoundsTheLastTwoYearsOfTheData() {
        assertThat(range(ReportLoader.resolveRange(ALL, months("1957-01", "2026-04")))).isEqualTo("2024-05..2026-04");
        assertThat(range(ReportLoader.resolveRange(ALL, months("2025-05", "2025-07")))).isEqualTo("2025-05..2025-07");
    }

    @Test
    void oneBoundTakesTheOtherFromTheData() {
        assertThat(range(ReportLoader.resolveRange(ALL.withRange(YearMonth.of(2025, 6), null), months("2025-05", "2025-07"))))
                .isEqualTo("2025-06..2025-07");
        assertThat(range(ReportLoader.resolveRange(ALL.withRange(null, YearMonth.of(2025, 6)), months("2020-01", "2025-07"))))
                .isEqualTo("2023-07..2025-06");
        assertThat(range(ReportLoader.resolveRange(ALL.withRange(YearMonth.of(2026, 1), null), months("2025-05", "2025-07"))))
                .isEqualTo("2026-01..2026-01");
        assertThat(range(ReportLoader.resolveRange(ALL.withRange(null, YearMonth.of(2020, 1)), months("2025-05", "2025-07"))))
                .isEqualTo("2020-01..2020-01");
    }

    @Test
    void noDataNoMonths() {
        assertThat(range(ReportLoader.resolveRange(ALL, List.of()))).isEqualTo("null..null");
        assertThat(range(ReportLoader.resolveRange(ALL.withRange(YearMonth.of(2025, 1), null), List.of()))).isEqualTo("2025-01..2025-01");
    }

    @Test
    void givenBoundsAreKeptAndChecked() {
        assertThat(range(ReportLoader.resolveRange(ALL.withRange(YearMonth.of(2025, 1), YearMonth.of(2025, 3)), List.of())))
                .isEqualTo("2025-01..2025-03");
        assertThatThrownBy(() -> ALL.withRange(YearMonth.of(2025, 3), YearMonth.of(2025, 1)))
                .hasMessageContaining("is after");
    }
}
