package org.releaseradar.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.releaseradar.cli.bench.report.BenchReport;

/** Issue 8's targets, checked against one run. */
final class Targets {

    static final double STREAMS_RATIO = 0.4;
    static final double SINK_RATIO = 0.8;
    static final long FRESHNESS_P99_MS = 2_000;
    static final int FRESHNESS_RATE = 1_000;
    static final double MILLION_SECONDS = 300;
    static final long STACK_MIB = 3 * 1024;

    private Targets() {
    }

    static List<BenchReport.Target> evaluate(BenchReport.Rate streams, BenchReport.Rate consumer, BenchReport.Rate sink,
                                             BenchReport.Rate bulk, List<BenchReport.Freshness> freshness,
                                             BenchReport.EndToEnd endToEnd, Long stackPeakMiB) {
        List<BenchReport.Target> targets = new ArrayList<>();
        double streamsRatio = ratio(streams, consumer);
        targets.add(new BenchReport.Target("streams ÷ raw consumer", ratioText(streamsRatio), "≥ 0.40",
                streamsRatio >= STREAMS_RATIO));
        double sinkRatio = ratio(sink, bulk);
        targets.add(new BenchReport.Target("sink ÷ raw bulk", ratioText(sinkRatio), "≥ 0.80", sinkRatio >= SINK_RATIO));
        freshness.stream().filter(f -> f.offeredRate() == FRESHNESS_RATE).findFirst().ifPresent(f ->
                targets.add(new BenchReport.Target("freshness p99 @ 1,000/s",
                        f.p99Ms() == null ? "none found" : fmt("%,d ms", f.p99Ms()) + (f.missing() > 0 ? fmt(" (%d missing)", f.missing()) : ""),
                        "< 2,000 ms", f.p99Ms() != null && f.p99Ms() < FRESHNESS_P99_MS && f.missing() == 0)));
        targets.add(new BenchReport.Target("1,000,000 snapshots to searchable",
                fmt("%,.0f s", endToEnd.seconds()) + (endToEnd.measured() ? "" : " (extrapolated)"), "< 300 s",
                endToEnd.seconds() < MILLION_SECONDS));
        if (stackPeakMiB != null) {
            targets.add(new BenchReport.Target("local stack RSS", fmt("%,d MiB", stackPeakMiB), "< 3,072 MiB",
                    stackPeakMiB < STACK_MIB));
        }
        return targets;
    }

    /** Two decimals, three below 0.1 so a small ratio does not read as zero. */
    static String ratioText(double ratio) {
        return fmt(ratio < 0.1 ? "%.3f" : "%.2f", ratio);
    }

    private static double ratio(BenchReport.Rate a, BenchReport.Rate b) {
        return b.perSecond() <= 0 ? 0 : a.perSecond() / b.perSecond();
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
