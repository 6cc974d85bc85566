package org.releaseradar.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.releaseradar.schemas.avro.Bloc;

class OriginsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"CN, CN", "US, US", "FR, EU", "DE, EU", "GR, EU", "GB, OTHER",
            "CH, OTHER", "NO, OTHER", "KR, OTHER", "null, UNKNOWN", "UNKNOWN, UNKNOWN"})
    void blocIsEuMembershipNotGeography(String country, Bloc expected) {
        assertThat(Origins.bloc(country)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"United States of America, US", "China, CN",
            "United Kingdom of Great Britain and Northern Ireland, GB", "Korea (Republic of), KR",
            "United Arab Emirates, AE", "Iran (Islamic Republic of), IR", "Multinational, UNKNOWN",
            "Atlantis, UNKNOWN", "null, UNKNOWN"})
    void mapsEpochCountryNames(String name, String expected) {
        assertThat(Origins.fromEpochCountry(name)).isEqualTo(expected);
    }
}
