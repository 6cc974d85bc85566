package org.releaseradar.search.query;

import java.util.Locale;

/** What a stats table's rows are. */
public enum StatsGrouping {

    /** One row per origin, from radar-stats (OriginMonthStats). */
    ORIGIN("origin,month"),
    /** One row per publishing organisation, from radar-stats-org (OrgMonthStats). */
    ORG("org,month");

    private final String label;

    StatsGrouping(String label) {
        this.label = label;
    }

    /** As users write it: {@code origin,month} or {@code org,month}. */
    public String label() {
        return label;
    }

    /** {@code origin,month} or {@code org,month} (also {@code origin}, {@code org}), any case and spacing. */
    public static StatsGrouping parse(String value) {
        String v = value.replace(" ", "").toLowerCase(Locale.ROOT);
        for (StatsGrouping g : values()) {
            if (v.equals(g.label) || v.equals(g.label.substring(0, g.label.indexOf(',')))) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown grouping '" + value + "' (expected origin,month or org,month)");
    }
}
