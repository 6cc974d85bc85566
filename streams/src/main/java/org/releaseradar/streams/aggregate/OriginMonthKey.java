package org.releaseradar.streams.aggregate;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.OriginLevel;

/**
 * The key of a radar.stats.origin-month row: {@code origin|yyyy-MM}. A COUNTRY row's origin is an ISO 3166-1
 * alpha-2 code or {@code UNKNOWN} ({@code CN|2025-07}, {@code UNKNOWN|2025-07}); a BLOC row exists only for the
 * blocs that group several countries, {@code EU|2025-07} and {@code OTHER|2025-07}, because the CN, US and
 * UNKNOWN blocs are exactly their country rows and would be counted twice by anyone summing rows. The two
 * levels cannot collide: "EU" and "OTHER" are not country codes the enrichment emits.
 */
record OriginMonthKey(String origin, OriginLevel level, String month) {

    static final String UNKNOWN = "UNKNOWN";
    private static final Set<Bloc> MULTI_COUNTRY_BLOCS = Set.of(Bloc.EU, Bloc.OTHER);

    static OriginMonthKey country(String country, String month) {
        return new OriginMonthKey(normalCountry(country), OriginLevel.COUNTRY, month);
    }

    /** The bloc row for {@code bloc}, when it has one of its own. */
    static Optional<OriginMonthKey> bloc(Bloc bloc, String month) {
        return bloc != null && MULTI_COUNTRY_BLOCS.contains(bloc)
                ? Optional.of(new OriginMonthKey(bloc.name(), OriginLevel.BLOC, month))
                : Optional.empty();
    }

    static OriginMonthKey parse(String key) {
        int bar = key.lastIndexOf('|');
        if (bar <= 0 || bar == key.length() - 1) {
            throw new IllegalArgumentException("Not an origin|yyyy-MM key: " + key);
        }
        String origin = key.substring(0, bar);
        boolean bloc = MULTI_COUNTRY_BLOCS.stream().anyMatch(b -> b.name().equals(origin));
        return new OriginMonthKey(origin, bloc ? OriginLevel.BLOC : OriginLevel.COUNTRY, key.substring(bar + 1));
    }

    /** Missing or blank countries are UNKNOWN, which is counted like any origin, never dropped. */
    static String normalCountry(String country) {
        return country == null || country.isBlank() ? UNKNOWN : country.trim().toUpperCase(Locale.ROOT);
    }

    String format() {
        return origin + "|" + month;
    }
}
