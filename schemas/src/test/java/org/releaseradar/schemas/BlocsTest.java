package org.releaseradar.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.releaseradar.schemas.avro.Bloc;

class BlocsTest {

    @ParameterizedTest
    @CsvSource({"CN, CN", "US, US", "FR, EU", "DE, EU", "GR, EU", "PL, EU", "SE, EU",
            "GB, OTHER", "CH, OTHER", "NO, OTHER", "HK, OTHER", "TW, OTHER", "KR, OTHER", "AE, OTHER"})
    void mapsCountriesToBlocs(String country, Bloc bloc) {
        assertThat(Blocs.of(country)).isEqualTo(bloc);
    }

    @org.junit.jupiter.api.Test
    void noCountryIsUnknownAndTheEuHas27Members() {
        assertThat(Blocs.of(null)).isEqualTo(Bloc.UNKNOWN);
        assertThat(Blocs.of("")).isEqualTo(Bloc.UNKNOWN);
        assertThat(Blocs.EU_MEMBERS).hasSize(27);
    }
}
