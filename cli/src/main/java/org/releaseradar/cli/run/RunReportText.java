package org.releaseradar.cli.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.releaseradar.cli.output.TextTable;
import org.releaseradar.cli.output.TextTable.Align;

/** The report of a run as text for a terminal. */
final class RunReportText {

    private RunReportText() {
    }

    static String render(RunReport report) {
        StringBuilder out = new StringBuilder();
        long mainline = report.stats().stream().mapToLong(RunReport.StatsLine::releases).sum();
        long derivatives = report.stats().stream().mapToLong(RunReport.StatsLine::derivatives).sum();
        out.append(String.format(Locale.ROOT, "%,d releases in all (%,d mainline, %,d derivatives), %d origin x month rows.%n",
                report.totalReleases(), mainline, derivatives, report.stats().size()));
        out.append(releasesTable(report));
        out.append(baseOrigins(report));
        out.append(hits(report));
        out.append(alerts(report));
        out.append(String.format(Locale.ROOT, "%nDead-letter queue (radar.dlq): %,d record(s)%s%n", report.dlq(),
                report.dlqBySource().isEmpty() ? "" : " — " + bySource(report.dlqBySource())));
        out.append(sources(report));
        return out.toString();
    }

    private static String releasesTable(RunReport report) {
        if (report.months().isEmpty()) {
            return "\nNo releases yet.\n";
        }
        YearMonth from = report.months().get(0);
        YearMonth to = report.months().get(report.months().size() - 1);
        Map<String, Map<YearMonth, Long>> byOrigin = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (RunReport.StatsLine line : report.stats()) {
            if (!line.month().isBefore(from) && !line.month().isAfter(to) && line.releases() > 0) {
                byOrigin.computeIfAbsent(line.origin(), o -> new LinkedHashMap<>()).put(line.month(), line.releases());
                totals.merge(line.origin(), line.releases(), Long::sum);
            }
        }
        List<String> headers = new ArrayList<>(List.of("ORIGIN"));
        List<Align> aligns = new ArrayList<>(List.of(Align.LEFT));
        report.months().forEach(m -> {
            headers.add(m.toString());
            aligns.add(Align.RIGHT);
        });
        headers.add("TOTAL");
        aligns.add(Align.RIGHT);
        TextTable table = new TextTable(headers, aligns);
        List<String> origins = new ArrayList<>(byOrigin.keySet());
        origins.sort(Comparator.comparing((String o) -> -totals.get(o)).thenComparing(o -> o));
        long[] column = new long[report.months().size()];
        for (String origin : origins) {
            List<String> cells = new ArrayList<>(List.of(origin));
            for (int i = 0; i < report.months().size(); i++) {
                long v = byOrigin.get(origin).getOrDefault(report.months().get(i), 0L);
                column[i] += v;
                cells.add(v == 0 ? "·" : Long.toString(v));
            }
            cells.add(Long.toString(totals.get(origin)));
            table.row(cells);
        }
        table.rule();
        List<String> all = new ArrayList<>(List.of("ALL"));
        long sum = 0;
        for (long v : column) {
            all.add(Long.toString(v));
            sum += v;
        }
        all.add(Long.toString(sum));
        table.row(all);
        return String.format("%nMainline releases by origin (country) and month, %s..%s (the last 12 months of the data):%n%n",
                from, to) + table.render();
    }

    private static String baseOrigins(RunReport report) {
        if (report.byBaseOrigin().isEmpty()) {
            return "\nNo derivatives in those months.\n";
        }
        TextTable table = new TextTable(List.of("BASE ORIGIN", "DERIVATIVES", "SHARE"), List.of(Align.LEFT, Align.RIGHT, Align.RIGHT));
        report.byBaseOrigin().stream()
                .sorted(Comparator.comparingLong(RunReport.BaseOrigin::derivatives).reversed().thenComparing(RunReport.BaseOrigin::origin))
                .forEach(b -> table.row(List.of(b.origin(), Long.toString(b.derivatives()),
                        String.format(Locale.ROOT, "%.1f%%", 100 * b.share()))));
        table.rule();
        long known = report.byBaseOrigin().get(0).knownBase();
        table.row(List.of("known base", Long.toString(known), ""));
        table.row(List.of("unknown base", Long.toString(report.unknownBase()), ""));
        return String.format("%nDerivatives of those months by the origin of their base model:%n%n") + table.render();
    }

    private static String hits(RunReport report) {
        if (report.hits().isEmpty()) {
            return String.format(Locale.ROOT, "%nSearch \"%s\": no match.%n", report.searchQuery());
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nSearch \"%s\": %,d matches; the %d best:%n%n",
                report.searchQuery(), report.searchTotal(), report.hits().size()));
        TextTable table = new TextTable(List.of("#", "TYPE", "TITLE", "ORIGIN", "MONTH"),
                List.of(Align.RIGHT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT));
        int i = 0;
        for (RunReport.Hit hit : report.hits()) {
            table.row(List.of(Integer.toString(++i), hit.type(), TextTable.shorten(hit.title(), 70), nz(hit.origin()),
                    nz(hit.month())));
        }
        return out.append(table.render()).toString();
    }

    private static String alerts(RunReport report) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nAlerts fired: %,d%s%s%n", report.alertTotal(),
                report.alertsByRule().isEmpty() ? "" : " — " + bySource(report.alertsByRule()),
                report.alertTotal() > report.alerts().size() ? "; the " + report.alerts().size() + " most severe:" : ""));
        if (report.alerts().isEmpty()) {
            return out.toString();
        }
        out.append(System.lineSeparator());
        TextTable table = new TextTable(List.of("SEVERITY", "RULE", "TITLE", "ORIGIN", "MONTH"),
                List.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT));
        for (RunReport.AlertLine a : report.alerts()) {
            table.row(List.of(nz(a.severity()), nz(a.rule()), TextTable.shorten(nz(a.title()), 70), nz(a.origin()), nz(a.month())));
        }
        return out.append(table.render()).toString();
    }

    private static String sources(RunReport report) {
        List<RunReport.SourceLine> failed = report.failedSources();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nSources: %d read, %d failed.%n",
                report.sources().size() - failed.size(), failed.size()));
        for (RunReport.SourceLine s : failed) {
            out.append("  FAILED ").append(s.source()).append(": ").append(s.reason()).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String bySource(Map<String, Long> bySource) {
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(bySource).forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    private static String nz(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
