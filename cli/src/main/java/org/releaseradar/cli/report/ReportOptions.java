package org.releaseradar.cli.report;

import java.time.YearMonth;
import org.releaseradar.schemas.avro.OriginLevel;

/**
 * What a report covers.
 *
 * @param from          first month, or null: {@link #DEFAULT_MONTHS} months back from {@code to}, not before the data
 * @param to            last month, or null: the latest month with releases
 * @param level         origin level of the origin charts (bloc: CN, US, EU, OTHER, UNKNOWN; or country)
 * @param organisations how many organisations the organisations chart shows
 * @param alerts        how many of the latest alerts the table shows
 */
public record ReportOptions(YearMonth from, YearMonth to, OriginLevel level, int organisations, int alerts) {

    /** Without --from, the report shows the last two years of the data (Epoch's models go back decades). */
    public static final int DEFAULT_MONTHS = 24;

    public ReportOptions {
        level = level == null ? OriginLevel.BLOC : level;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (organisations < 1 || alerts < 0) {
            throw new IllegalArgumentException("--organisations must be at least 1 and --alerts at least 0");
        }
    }

    /** Blocs, the last {@value #DEFAULT_MONTHS} months of the data, 10 organisations, 10 alerts. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, null, OriginLevel.BLOC, 10, 10);
    }

    public ReportOptions withRange(YearMonth fromMonth, YearMonth toMonth) {
        return new ReportOptions(fromMonth, toMonth, level, organisations, alerts);
    }
}
