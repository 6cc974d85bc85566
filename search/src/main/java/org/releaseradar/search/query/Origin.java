package org.releaseradar.search.query;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.releaseradar.schemas.Blocs;
import org.releaseradar.schemas.avro.Bloc;

/**
 * An origin to filter on: an ISO 3166-1 alpha-2 country code ({@code FR}) or a bloc ({@code CN}, {@code US},
 * {@code EU}, {@code OTHER}, {@code UNKNOWN}). {@code CN}, {@code US} and {@code UNKNOWN} are both a country and
 * a bloc, and mean the same either way ({@link Blocs}: the CN and US blocs are exactly those countries).
 *
 * @param code the code in upper case
 */
public record Origin(String code) {

    private static final Set<String> BLOCS = Set.of(Bloc.EU.name(), Bloc.OTHER.name());

    public Origin {
        if (code == null || !(code.matches("[A-Z]{2}") || code.equals(Blocs.UNKNOWN_COUNTRY) || BLOCS.contains(code))) {
            throw new IllegalArgumentException("origin must be a two-letter country code (e.g. CN, US, FR) or one of "
                    + "the blocs CN, US, EU, OTHER, UNKNOWN; got '" + code + "'");
        }
    }

    /** Parses a user's value, in any case. */
    public static Origin parse(String value) {
        return new Origin(value == null ? null : value.trim().toUpperCase(Locale.ROOT));
    }

    /** True for EU and OTHER, the blocs that group several countries. */
    public boolean isMultiCountryBloc() {
        return BLOCS.contains(code);
    }

    /**
     * The values a single origin field (an alert's {@code origin}, which holds a country, a bloc name or
     * UNKNOWN) may hold for a document to be of this origin: the code itself and, for EU, its member states.
     * OTHER has no finite list; see {@link #excludedFromOther()}.
     */
    public Set<String> originValues() {
        Set<String> values = new TreeSet<>();
        values.add(code);
        if (code.equals(Bloc.EU.name())) {
            values.addAll(Blocs.EU_MEMBERS);
        }
        return values;
    }

    /**
     * For OTHER: the values that are <em>not</em> of the OTHER bloc (every other bloc and country Radar names);
     * any other value of an origin field is an OTHER country.
     */
    public static Set<String> excludedFromOther() {
        Set<String> values = new TreeSet<>(Blocs.EU_MEMBERS);
        values.add(Bloc.CN.name());
        values.add(Bloc.US.name());
        values.add(Bloc.EU.name());
        values.add(Blocs.UNKNOWN_COUNTRY);
        return values;
    }

    @Override
    public String toString() {
        return code;
    }
}
