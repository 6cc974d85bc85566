package org.releaseradar.streams.enrich;

import java.util.Map;
import org.releaseradar.schemas.Blocs;
import org.releaseradar.schemas.avro.Bloc;

/** Country to origin bloc (the shared {@link Blocs} mapping), and Epoch's country names to ISO 3166-1 alpha-2. */
public final class Origins {

    /** Origin of a release whose organisation or country is not known. Counted, never dropped. */
    public static final String UNKNOWN = Blocs.UNKNOWN_COUNTRY;

    /** Every country name in the Epoch snapshot of 2026-05-02, as Epoch spells it. */
    private static final Map<String, String> EPOCH_COUNTRIES = Map.ofEntries(
            Map.entry("United States of America", "US"),
            Map.entry("China", "CN"),
            Map.entry("United Kingdom of Great Britain and Northern Ireland", "GB"),
            Map.entry("Canada", "CA"),
            Map.entry("France", "FR"),
            Map.entry("Germany", "DE"),
            Map.entry("Korea (Republic of)", "KR"),
            Map.entry("Hong Kong", "HK"),
            Map.entry("Singapore", "SG"),
            Map.entry("Switzerland", "CH"),
            Map.entry("Israel", "IL"),
            Map.entry("Japan", "JP"),
            Map.entry("Australia", "AU"),
            Map.entry("Finland", "FI"),
            Map.entry("Saudi Arabia", "SA"),
            Map.entry("Netherlands", "NL"),
            Map.entry("United Arab Emirates", "AE"),
            Map.entry("Denmark", "DK"),
            Map.entry("Czechia", "CZ"),
            Map.entry("India", "IN"),
            Map.entry("Belgium", "BE"),
            Map.entry("Italy", "IT"),
            Map.entry("Sweden", "SE"),
            Map.entry("Spain", "ES"),
            Map.entry("Taiwan", "TW"),
            Map.entry("Austria", "AT"),
            Map.entry("Poland", "PL"),
            Map.entry("Iran (Islamic Republic of)", "IR"),
            Map.entry("Norway", "NO"),
            Map.entry("Russia", "RU"),
            Map.entry("Argentina", "AR"),
            Map.entry("Malaysia", "MY"),
            Map.entry("Ireland", "IE"),
            Map.entry("Croatia", "HR"));

    private Origins() {
    }

    /** The bloc of an ISO alpha-2 country; UNKNOWN for none or for {@link #UNKNOWN}. */
    public static Bloc bloc(String iso2) {
        return Blocs.of(iso2);
    }

    /** A registry country, or {@link #UNKNOWN} when the registry has none. */
    static String countryOrUnknown(String iso2) {
        return iso2 == null || iso2.isBlank() ? UNKNOWN : iso2.trim();
    }

    /**
     * ISO code of an Epoch country name; {@link #UNKNOWN} for 'Multinational', empty or names not in
     * the snapshot's list (a new name shows up as UNKNOWN until added here).
     */
    public static String fromEpochCountry(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        return EPOCH_COUNTRIES.getOrDefault(name.trim(), UNKNOWN);
    }
}
