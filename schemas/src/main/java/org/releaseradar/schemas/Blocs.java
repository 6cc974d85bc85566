package org.releaseradar.schemas;

import java.util.Set;
import org.releaseradar.schemas.avro.Bloc;

/**
 * Country (ISO 3166-1 alpha-2) to origin bloc: CN and US are themselves, the 27 EU member states are
 * EU, every other known country is OTHER, no country is UNKNOWN.
 *
 * <p>GB, CH and NO are OTHER: the bloc is political membership of the EU (whose rules, e.g. the AI
 * Act, apply to its members), not geography or the EEA; the UK left in 2020, Switzerland and Norway
 * never joined. One mapping for every component: the org-registry connector sets it, streams reuses it.
 */
public final class Blocs {

    /** EU member states as of 2026 (Greece as ISO GR, not the EU's own "EL"). */
    public static final Set<String> EU_MEMBERS = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private Blocs() {
    }

    /** Radar's origin value for a release whose country is not known (releases carry it, blocs map it). */
    public static final String UNKNOWN_COUNTRY = "UNKNOWN";

    public static Bloc of(String country) {
        if (country == null || country.isBlank() || UNKNOWN_COUNTRY.equals(country.trim())) {
            return Bloc.UNKNOWN;
        }
        return switch (country.trim()) {
            case "CN" -> Bloc.CN;
            case "US" -> Bloc.US;
            default -> EU_MEMBERS.contains(country.trim()) ? Bloc.EU : Bloc.OTHER;
        };
    }
}
