package org.releaseradar.search.query;

import java.time.YearMonth;
import java.util.List;

/**
 * A table of one metric by origin or organisation (rows) and month (columns).
 *
 * @param query  what was asked
 * @param months the columns: every month from {@code query.from()} (else the first with data) to
 *               {@code query.to()} (else the last with data), including months without data (zeros)
 * @param rows   every origin or organisation with a stats row in those months, largest total first; a month
 *               without a row for it is 0 (a row exists only while something contributes to it)
 * @param footer for counts: {@code TOTAL}, the column sums (rows partition the releases, so these are the
 *               month's totals); for derivative-share: {@code KNOWN_BASE}, the denominator of each month, and
 *               {@code UNKNOWN_BASE}, the derivatives whose base's origin is unknown
 */
public record StatsTable(StatsQuery query, List<YearMonth> months, List<StatsRow> rows, List<StatsRow> footer) {

    public static final String TOTAL = "TOTAL";
    public static final String KNOWN_BASE = "KNOWN_BASE";
    public static final String UNKNOWN_BASE = "UNKNOWN_BASE";

    public StatsTable {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
        footer = List.copyOf(footer);
    }
}
