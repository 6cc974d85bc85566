package org.releaseradar.cli.bench.report;

import java.util.List;
import java.util.Locale;
import org.releaseradar.cli.output.TextTable;
import org.releaseradar.cli.output.TextTable.Align;

/** The final table of {@code radar bench}. */
public final class BenchText {

    private BenchText() {
    }

    public static String render(BenchReport r) {
        StringBuilder out = new StringBuilder();
        BenchReport.Machine m = r.machine();
        BenchReport.Run run = r.run();
        out.append(String.format(Locale.ROOT, "radar bench %s: %,d snapshots, seed %d, %d cores, %,d MiB RAM, %s,"
                        + " load average %.2f at start, %.2f at end; %.0f s in all%n%n", run.date(), run.records(),
                run.seed(), m.cores(), m.memoryMiB(), m.jdk(), m.loadAtStart(), m.loadAtEnd(), run.totalSeconds()));
        TextTable table = new TextTable(List.of("STAGE", "FIGURE", "VALUE", "DETAIL"),
                List.of(Align.LEFT, Align.LEFT, Align.RIGHT, Align.LEFT));
        if (r.stackColdStartSeconds() != null) {
            table.row(List.of("stack", "cold start", fmt("%.1f s", r.stackColdStartSeconds()), "Kafka + registry + Elasticsearch, empty data dir"));
        }
        rate(table, "kafka", "raw producer", r.producer(), "records/s");
        rate(table, "kafka", "raw consumer", r.consumer(), "records/s");
        rate(table, "streams", "exactly_once_v2", r.streams(), "records/s");
        table.row(List.of("streams", "÷ raw consumer", ratio(r.streams(), r.consumer()), "target ≥ 0.40"));
        rate(table, "elasticsearch", "raw bulk", r.bulk(), "docs/s");
        rate(table, "elasticsearch", "sink connector", r.sink(), "docs/s");
        table.row(List.of("elasticsearch", "sink ÷ raw bulk", ratio(r.sink(), r.bulk()), "target ≥ 0.80"));
        for (BenchReport.Freshness f : r.freshness()) {
            String name = String.format(Locale.ROOT, "freshness @ %,d/s", f.offeredRate());
            table.row(List.of("freshness", name, f.p99Ms() == null ? "-" : fmt("%,d ms", f.p99Ms()),
                    String.format(Locale.ROOT, "p50 %s, p95 %s, p99 %s, max %s; %,d markers, %d missing; sent %,.0f/s for %d s",
                            ms(f.p50Ms()), ms(f.p95Ms()), ms(f.p99Ms()), ms(f.maxMs()), f.markers(), f.missing(),
                            f.achievedRate(), f.seconds())));
        }
        BenchReport.Serde s = r.serde();
        table.row(List.of("serde", "encode registry / plain", fmt("%,.0f ns", s.registryEncodeNs()),
                String.format(Locale.ROOT, "plain Avro %,.0f ns (×%.2f); %,d records of %d B", s.plainEncodeNs(),
                        s.registryEncodeNs() / s.plainEncodeNs(), s.records(), s.averageBytes())));
        table.row(List.of("serde", "decode registry / plain", fmt("%,.0f ns", s.registryDecodeNs()),
                String.format(Locale.ROOT, "plain Avro %,.0f ns (×%.2f)", s.plainDecodeNs(),
                        s.registryDecodeNs() / s.plainDecodeNs())));
        BenchReport.EndToEnd e = r.endToEnd();
        table.row(List.of("end to end", fmt("%,d snapshots", e.records()), fmt("%,.0f s", e.seconds()),
                (e.measured() ? "measured: " : "extrapolated: ") + e.basis()));
        for (BenchReport.Memory mem : r.memory()) {
            table.row(List.of("memory", mem.process(), fmt("%,d MiB", mem.peakRssMiB()), "peak RSS (VmHWM), pid " + mem.pid()));
        }
        if (r.stackPeakRssMiB() != null) {
            table.row(List.of("memory", "whole stack", fmt("%,d MiB", r.stackPeakRssMiB()),
                    "largest sum of the three servers' RSS sampled every 0.5 s"));
        }
        out.append(table.render());
        out.append(System.lineSeparator());
        TextTable targets = new TextTable(List.of("TARGET", "MEASURED", "GOAL", "MET"),
                List.of(Align.LEFT, Align.RIGHT, Align.LEFT, Align.LEFT));
        for (BenchReport.Target t : r.targets()) {
            targets.row(List.of(t.name(), t.measured(), t.goal(), t.met() ? "yes" : "NO"));
        }
        out.append(targets.render());
        return out.toString();
    }

    private static void rate(TextTable table, String stage, String figure, BenchReport.Rate rate, String unit) {
        String detail = String.format(Locale.ROOT, "%,d in %.1f s", rate.count(), rate.seconds());
        if (rate.bytes() > 0) {
            detail += String.format(Locale.ROOT, ", %.1f MiB/s", rate.mibPerSecond());
        }
        table.row(List.of(stage, figure, fmt("%,.0f " + unit, rate.perSecond()), detail + "; " + rate.what()));
    }

    static String ratio(BenchReport.Rate a, BenchReport.Rate b) {
        return b.perSecond() <= 0 ? "-" : fmt("%.2f", a.perSecond() / b.perSecond());
    }

    private static String ms(Long value) {
        return value == null ? "-" : fmt("%,d ms", value);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
