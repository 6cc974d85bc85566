package org.releaseradar.cli.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.search.query.StatsCell;

/**
 * Everything the HTML report shows, already computed: {@link HtmlReport#render} only draws it. Lists of values
 * are aligned with {@link #months}.
 *
 * @param generatedAt      when the report was made
 * @param source           where the numbers came from (e.g. the Elasticsearch URL), shown in the header
 * @param level            origin level of the origin series (country or bloc)
 * @param months           the months of the charts, oldest first, without gaps
 * @param releases         mainline releases per origin and month (radar-stats {@code mainline_releases}), largest total first
 * @param derivativeShare  per base origin and month: derivatives of the month built on that origin's models / the
 *                         month's derivatives whose base origin is known (see StatsMetric.DERIVATIVE_SHARE)
 * @param unknownBase      per month: derivatives whose base model's origin is unknown (left out of the shares)
 * @param topOrganisations organisations with the most mainline releases over the months, most first
 * @param latestAlerts     the newest alerts, newest first
 */
public record ReportData(Instant generatedAt, String source, OriginLevel level, List<YearMonth> months,
                         List<Series> releases, List<ShareSeries> derivativeShare, List<Long> unknownBase,
                         List<Organisation> topOrganisations, List<AlertRow> latestAlerts) {

    public ReportData {
        Objects.requireNonNull(generatedAt, "generatedAt");
        level = level == null ? OriginLevel.COUNTRY : level;
        months = List.copyOf(months);
        releases = List.copyOf(releases);
        derivativeShare = List.copyOf(derivativeShare);
        unknownBase = List.copyOf(unknownBase);
        topOrganisations = List.copyOf(topOrganisations);
        latestAlerts = List.copyOf(latestAlerts);
        for (Series s : releases) {
            requireAligned(s.key(), s.values().size(), months.size());
        }
        for (ShareSeries s : derivativeShare) {
            requireAligned(s.key(), s.values().size(), months.size());
        }
        if (!unknownBase.isEmpty()) {
            requireAligned("unknown base", unknownBase.size(), months.size());
        }
    }

    private static void requireAligned(String what, int size, int months) {
        if (size != months) {
            throw new IllegalArgumentException(what + " has " + size + " values for " + months + " months");
        }
    }

    /** Total mainline releases per month (the height of each stacked bar). */
    public List<Long> releaseTotals() {
        long[] totals = new long[months.size()];
        for (Series s : releases) {
            for (int i = 0; i < totals.length; i++) {
                totals[i] = Math.addExact(totals[i], s.values().get(i));
            }
        }
        return java.util.Arrays.stream(totals).boxed().toList();
    }

    /**
     * Counts of one origin, one per month.
     *
     * @param key    origin code (country, bloc or UNKNOWN)
     * @param values exact counts, aligned with the report's months
     */
    public record Series(String key, List<Long> values) {
        public Series {
            Objects.requireNonNull(key, "key");
            values = List.copyOf(values);
        }
    }

    /**
     * Shares of one base origin, one per month.
     *
     * @param key    origin code of the base models
     * @param values part/whole per month; whole 0 means no derivative with a known base that month (no share)
     */
    public record ShareSeries(String key, List<StatsCell.Share> values) {
        public ShareSeries {
            Objects.requireNonNull(key, "key");
            values = List.copyOf(values);
        }
    }

    /**
     * One organisation's bar.
     *
     * @param key      org id (or {@code ns:<namespace>}, UNKNOWN)
     * @param name     display name, or null
     * @param origin   country, or null
     * @param releases mainline releases over the report's months
     */
    public record Organisation(String key, String name, String origin, long releases) {
        public Organisation {
            Objects.requireNonNull(key, "key");
        }

        /** The name, else the key. */
        public String label() {
            return name == null || name.isBlank() ? key : name;
        }
    }

    /**
     * One alert row.
     *
     * @param createdAt    when it was raised, or null
     * @param severity     INFO, NOTICE, WARNING, CRITICAL
     * @param rule         the rule id
     * @param title        the alert's title
     * @param origin       origin code, or null
     * @param organization org id, or null
     * @param url          its first link, or null
     */
    public record AlertRow(Instant createdAt, String severity, String rule, String title, String origin,
                           String organization, String url) {
    }
}
