package org.releaseradar.cli.run;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a finished (or stopped) pipeline run reports, read from Elasticsearch and the dead-letter topic.
 *
 * @param stats          one line per origin (country level) and month with anything released, every month
 * @param months         the last twelve months of the data (the text table's columns)
 * @param byBaseOrigin   derivatives of those months by the origin of their base model
 * @param unknownBase    derivatives of those months whose base model's origin is unknown
 * @param searchQuery    the sample search
 * @param searchTotal    how many documents match it
 * @param hits           its five best hits
 * @param alertTotal     alerts in Elasticsearch
 * @param alerts         the most severe of them
 * @param alertsByRule   all of them by rule
 * @param dlq            records on the dead-letter topic
 * @param dlqBySource    of which, by who sent them
 * @param sources        every source location and what became of it
 * @param took           wall time of the run
 */
public record RunReport(List<StatsLine> stats, List<YearMonth> months, List<BaseOrigin> byBaseOrigin, long unknownBase,
                        String searchQuery, long searchTotal, List<Hit> hits, long alertTotal, List<AlertLine> alerts,
                        Map<String, Long> alertsByRule,
                        long dlq, Map<String, Long> dlqBySource, List<SourceLine> sources, Duration took) {

    public RunReport {
        stats = List.copyOf(stats);
        months = List.copyOf(months);
        byBaseOrigin = List.copyOf(byBaseOrigin);
        hits = List.copyOf(hits);
        alerts = List.copyOf(alerts);
        alertsByRule = Map.copyOf(alertsByRule);
        dlqBySource = Map.copyOf(dlqBySource);
        sources = List.copyOf(sources);
    }

    /** One origin × month row: mainline releases, derivatives, all-time downloads of the month's releases. */
    public record StatsLine(String origin, YearMonth month, long releases, long derivatives, long downloads) {
    }

    /** Derivatives built on the origin's models, and their share of those with a known base. */
    public record BaseOrigin(String origin, long derivatives, long knownBase) {
        public double share() {
            return knownBase == 0 ? 0 : (double) derivatives / knownBase;
        }
    }

    public record Hit(String type, String title, String origin, String month, double score, String url) {
    }

    public record AlertLine(String id, String severity, String rule, String title, String origin, String month) {
    }

    /** A source location: {@code ok}, or {@code failed} / {@code not read} with the reason. */
    public record SourceLine(String source, String state, String reason) {
        public boolean failed() {
            return !"ok".equals(state);
        }
    }

    public long totalReleases() {
        return stats.stream().mapToLong(s -> s.releases() + s.derivatives()).sum();
    }

    public List<SourceLine> failedSources() {
        return sources.stream().filter(SourceLine::failed).toList();
    }
}
