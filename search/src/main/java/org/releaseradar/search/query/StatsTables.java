package org.releaseradar.search.query;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds stats tables from the per-row, per-month numbers read from Elasticsearch. Kept apart from the queries
 * so that the arithmetic (zero cells, totals, the derivative share) is tested on its own.
 */
final class StatsTables {

    /** The origin value of rows whose origin is not known. */
    static final String UNKNOWN = "UNKNOWN";

    private StatsTables() {
    }

    /**
     * A row's labels (organisation rows only).
     *
     * @param name   display name, or null
     * @param origin origin country, or null
     */
    record Label(String name, String origin) {
        static final Label NONE = new Label(null, null);
    }

    /** The table's columns: from..to, an open bound taken from the data; empty when there is no data and no bound. */
    static List<YearMonth> months(YearMonth from, YearMonth to, Collection<YearMonth> present) {
        TreeSet<YearMonth> sorted = new TreeSet<>(present);
        YearMonth first = from != null ? from : sorted.isEmpty() ? to : sorted.first();
        YearMonth last = to != null ? to : sorted.isEmpty() ? from : sorted.last();
        List<YearMonth> months = new ArrayList<>();
        if (first == null || last == null) {
            return months;
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * A table of counts: every row key in {@code values} (even when all its cells are 0), missing months 0,
     * a total per row, and a TOTAL footer of column sums.
     */
    static StatsTable counts(StatsQuery query, Map<String, Map<YearMonth, Long>> values, Map<String, Label> labels) {
        List<YearMonth> months = months(query.from(), query.to(), presentMonths(values));
        List<StatsRow> rows = new ArrayList<>();
        Map<YearMonth, Long> columnSums = new LinkedHashMap<>();
        months.forEach(m -> columnSums.put(m, 0L));
        for (Map.Entry<String, Map<YearMonth, Long>> row : values.entrySet()) {
            Map<YearMonth, StatsCell> cells = new LinkedHashMap<>();
            long total = 0;
            for (YearMonth m : months) {
                long v = row.getValue().getOrDefault(m, 0L);
                cells.put(m, new StatsCell.Count(v));
                total = Math.addExact(total, v);
                columnSums.merge(m, v, Math::addExact);
            }
            Label label = labels.getOrDefault(row.getKey(), Label.NONE);
            rows.add(new StatsRow(row.getKey(), label.name(), label.origin(), cells, new StatsCell.Count(total)));
        }
        rows.sort(Comparator.comparingLong((StatsRow r) -> ((StatsCell.Count) r.total()).value()).reversed()
                .thenComparing(StatsRow::key));
        Map<YearMonth, StatsCell> totals = new LinkedHashMap<>();
        columnSums.forEach((m, v) -> totals.put(m, new StatsCell.Count(v)));
        long grand = columnSums.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
        return new StatsTable(query, months, rows,
                List.of(new StatsRow(StatsTable.TOTAL, null, null, totals, new StatsCell.Count(grand))));
    }

    /**
     * The derivative-share table (see {@link StatsMetric#DERIVATIVE_SHARE}) from {@code onBase}: per origin row and
     * month, the derivatives of that month built on that origin's models. The known-base denominator of a month is
     * the sum over all rows but UNKNOWN; the UNKNOWN row is reported in the footer instead of as a share.
     */
    static StatsTable shares(StatsQuery query, Map<String, Map<YearMonth, Long>> onBase) {
        List<YearMonth> months = months(query.from(), query.to(), presentMonths(onBase));
        Map<YearMonth, Long> known = new LinkedHashMap<>();
        Map<YearMonth, Long> unknown = new LinkedHashMap<>();
        for (YearMonth m : months) {
            long k = 0;
            for (Map.Entry<String, Map<YearMonth, Long>> row : onBase.entrySet()) {
                if (!row.getKey().equals(UNKNOWN)) {
                    k = Math.addExact(k, row.getValue().getOrDefault(m, 0L));
                }
            }
            known.put(m, k);
            unknown.put(m, onBase.getOrDefault(UNKNOWN, Map.of()).getOrDefault(m, 0L));
        }
        long knownTotal = known.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
        long unknownTotal = unknown.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);

        List<StatsRow> rows = new ArrayList<>();
        for (Map.Entry<String, Map<YearMonth, Long>> row : onBase.entrySet()) {
            if (row.getKey().equals(UNKNOWN)) {
                continue;
            }
            Map<YearMonth, StatsCell> cells = new LinkedHashMap<>();
            long part = 0;
            for (YearMonth m : months) {
                long v = row.getValue().getOrDefault(m, 0L);
                cells.put(m, new StatsCell.Share(v, known.get(m)));
                part = Math.addExact(part, v);
            }
            rows.add(new StatsRow(row.getKey(), null, null, cells, new StatsCell.Share(part, knownTotal)));
        }
        rows.sort(Comparator.comparingLong((StatsRow r) -> ((StatsCell.Share) r.total()).part()).reversed()
                .thenComparing(StatsRow::key));
        return new StatsTable(query, months, rows, List.of(
                countRow(StatsTable.KNOWN_BASE, known, knownTotal),
                countRow(StatsTable.UNKNOWN_BASE, unknown, unknownTotal)));
    }

    private static StatsRow countRow(String key, Map<YearMonth, Long> values, long total) {
        Map<YearMonth, StatsCell> cells = new LinkedHashMap<>();
        values.forEach((m, v) -> cells.put(m, new StatsCell.Count(v)));
        return new StatsRow(key, null, null, cells, new StatsCell.Count(total));
    }

    private static Set<YearMonth> presentMonths(Map<String, Map<YearMonth, Long>> values) {
        Set<YearMonth> present = new TreeSet<>();
        values.values().forEach(byMonth -> present.addAll(byMonth.keySet()));
        return present;
    }

    /**
     * A sum aggregation's value as a long. Elasticsearch sums in doubles, which hold every integer up to 2^53
     * exactly; a stats bucket is one row, so its "sum" is that row's stored long. Anything that is not an
     * integer in that range would not be exact, and is refused rather than rounded.
     */
    static long exactLong(double value, String what) {
        if (!Double.isFinite(value) || Math.abs(value) > (double) (1L << 53) || value != Math.rint(value)) {
            throw new IllegalStateException(what + " = " + value + " is not an integer Elasticsearch can sum exactly");
        }
        return (long) value;
    }
}
