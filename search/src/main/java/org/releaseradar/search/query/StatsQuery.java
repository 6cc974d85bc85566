package org.releaseradar.search.query;

import java.time.YearMonth;
import java.util.Objects;
import org.releaseradar.schemas.avro.OriginLevel;

/**
 * A stats table to compute.
 *
 * @param grouping what the rows are
 * @param level    for origin rows: COUNTRY (one row per ISO country, plus UNKNOWN) or BLOC (one row per bloc: CN,
 *                 US, EU, OTHER, UNKNOWN); ignored for organisation rows. The two levels hold the same releases
 *                 grouped differently, so either level's rows add up to the same totals.
 * @param metric   what the cells hold
 * @param from     first month (inclusive), or null for the earliest with data
 * @param to       last month (inclusive), or null for the latest with data
 */
public record StatsQuery(StatsGrouping grouping, OriginLevel level, StatsMetric metric, YearMonth from, YearMonth to) {

    public StatsQuery {
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(metric, "metric");
        level = level == null ? OriginLevel.COUNTRY : level;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (metric.isShare() && grouping != StatsGrouping.ORIGIN) {
            throw new IllegalArgumentException("metric " + metric.label() + " needs --by origin,month: org-month rows do not"
                    + " record the origin of the base models");
        }
    }

    /** Origin rows at country level, every month. */
    public static StatsQuery byOrigin(StatsMetric metric) {
        return new StatsQuery(StatsGrouping.ORIGIN, OriginLevel.COUNTRY, metric, null, null);
    }

    public static StatsQuery byOrg(StatsMetric metric) {
        return new StatsQuery(StatsGrouping.ORG, OriginLevel.COUNTRY, metric, null, null);
    }

    public StatsQuery withLevel(OriginLevel value) {
        return new StatsQuery(grouping, value, metric, from, to);
    }

    public StatsQuery withRange(YearMonth fromMonth, YearMonth toMonth) {
        return new StatsQuery(grouping, level, metric, fromMonth, toMonth);
    }
}
