package org.releaseradar.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releaseradar.cli.bench.report.BenchReport;

class TargetsTest {

    private static BenchReport.Rate rate(double perSecond) {
        return new BenchReport.Rate("x", (long) (perSecond * 10), 10, 0);
    }

    @Test
    void eachTargetIsJudgedOnItsOwnFigure() {
        List<BenchReport.Target> targets = Targets.evaluate(rate(40_000), rate(100_000), rate(3_900), rate(5_000),
                List.of(new BenchReport.Freshness(1_000, 1_000, 20, 100, 0, 500L, 900L, 1_999L, 2_500L)),
                new BenchReport.EndToEnd(1_000_000, 301, false, "x"), 3_071L);
        assertThat(targets).extracting(BenchReport.Target::met).containsExactly(true, false, true, false, true);
    }

    @Test
    void missingFreshnessMarkersFailTheTarget() {
        List<BenchReport.Target> targets = Targets.evaluate(rate(1), rate(1), rate(1), rate(1),
                List.of(new BenchReport.Freshness(1_000, 1_000, 20, 100, 3, 500L, 900L, 1_000L, 1_000L)),
                new BenchReport.EndToEnd(1_000_000, 1, false, "x"), null);
        assertThat(targets).filteredOn(t -> t.name().startsWith("freshness")).extracting(BenchReport.Target::met)
                .containsExactly(false);
        assertThat(targets).noneMatch(t -> t.name().contains("RSS"));
    }

    @Test
    void theMillionIsExtrapolatedFromTheSlowestStageBelowAMillionRecords() {
        BenchReport.EndToEnd e = Bench.endToEnd(10_000, rate(50_000), rate(2_000), rate(4_000), 8_000);
        assertThat(e.measured()).isFalse();
        assertThat(e.seconds()).isEqualTo(500.0); // streams: 1e6 / 2,000
        assertThat(e.basis()).contains("0.80 documents per snapshot");
        BenchReport.EndToEnd measured = Bench.endToEnd(1_000_000, rate(50_000), rate(2_000), rate(4_000), 800_000);
        assertThat(measured.measured()).isTrue();
        assertThat(measured.seconds()).isEqualTo(30.0);
    }
}
