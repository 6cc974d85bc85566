package org.releaseradar.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a stats table counts. Each is read from the stats rows the streams aggregation publishes (see the field
 * docs of OriginMonthStats and OrgMonthStats), one row per origin or organisation and month.
 */
public enum StatsMetric {

    /** {@code mainline_releases}: mainline releases (relation BASE) of the origin/organisation in the month. */
    RELEASES("releases", "mainline_releases", "mainline releases"),

    /**
     * {@code derivatives}: derivatives (fine-tunes, quantizations, adapters, merges, other) published by the
     * origin's organisations / the organisation in the month.
     */
    DERIVATIVES("derivatives", "derivatives", "derivatives"),

    /**
     * {@code downloads_all_time}: the sum of the cumulative Hub downloads (latest snapshot) of the models the
     * origin/organisation released in the month (mainline and derivatives).
     */
    DOWNLOADS("downloads", "downloads_all_time", "all-time downloads of the month's releases"),

    /**
     * For origin O and month M: the derivatives released in M whose (first) base model is of origin O, divided by
     * all derivatives released in M whose base model's origin is known.
     *
     * <pre>
     *   share(O, M) = on_base(O, M) / known_base(M)
     *   on_base(O, M)  = sum of the values of derivatives_by_base_origin in the row (O, M)
     *   known_base(M)  = sum of on_base(R, M) over the rows R of M other than UNKNOWN
     * </pre>
     *
     * derivatives_by_base_origin of row (O, M) counts the derivatives of M built on O's models by the builder's
     * own origin, so its values sum to the derivatives built on O's models whoever built them. The rows of a month
     * (countries and UNKNOWN; or the CN, US, EU, OTHER, UNKNOWN blocs) partition its derivatives by base origin,
     * so the known shares of a month add up to 1; derivatives with a declared base of unknown origin
     * ({@code on_base(UNKNOWN, M)}) are left out of the denominator and reported apart. Origin rows only: an
     * org-month row does not record base origins.
     */
    DERIVATIVE_SHARE("derivative-share", null, "share of the month's derivatives (with a known base) built on the origin's models");

    private final String label;
    private final String field;
    private final String description;

    StatsMetric(String label, String field, String description) {
        this.label = label;
        this.field = field;
        this.description = description;
    }

    /** As users write it ({@code --metric derivative-share}). */
    public String label() {
        return label;
    }

    /** The stats row field summed, or null for the derived share. */
    public String field() {
        return field;
    }

    public String description() {
        return description;
    }

    public boolean isShare() {
        return this == DERIVATIVE_SHARE;
    }

    public static StatsMetric parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (StatsMetric m : values()) {
            if (m.label.equals(v)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + value + "' (expected one of "
                + Arrays.stream(values()).map(StatsMetric::label).collect(Collectors.joining(", ")) + ")");
    }
}
