package org.releaseradar.connectors.orgs;

import java.util.Set;
import org.releaseradar.schemas.avro.Bloc;

/**
 * Country (ISO 3166-1 alpha-2) to origin bloc: CN and US are themselves, the 27 EU member states are
 * EU, every other known country is OTHER, no country is UNKNOWN.
 *
 * <p>GB, CH and NO are OTHER: the bloc is political membership of the EU (whose rules, e.g. the AI
 * Act, apply to its members), not geography or the EEA; the UK left in 2020, Switzerland and Norway
 * never joined. Kept in one small class so the streams module can move it to {@code schemas}.
 */
public final class Blocs {

    /** EU member states as of 2026 (Greece as ISO GR, not the EU's own "EL"). */
    static final Set<String> EU_MEMBERS = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private Blocs() {
    }

    public static Bloc of(String country) {
        if (country == null || country.isBlank()) {
            return Bloc.UNKNOWN;
        }
        return switch (country.trim()) {
            case "CN" -> Bloc.CN;
            case "US" -> Bloc.US;
            default -> EU_MEMBERS.contains(country.trim()) ? Bloc.EU : Bloc.OTHER;
        };
    }
}
