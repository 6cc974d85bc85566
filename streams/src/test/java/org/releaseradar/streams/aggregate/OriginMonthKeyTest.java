package org.releaseradar.streams.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.OriginLevel;

class OriginMonthKeyTest {

    @Test
    void countryRowsNormaliseMissingCountriesToUnknown() {
        assertThat(OriginMonthKey.country("cn", "2025-07").format()).isEqualTo("CN|2025-07");
        assertThat(OriginMonthKey.country(null, "2025-07").format()).isEqualTo("UNKNOWN|2025-07");
        assertThat(OriginMonthKey.country(" ", "2025-07").format()).isEqualTo("UNKNOWN|2025-07");
    }

    @Test
    void onlyMultiCountryBlocsHaveRowsOfTheirOwn() {
        assertThat(OriginMonthKey.bloc(Bloc.EU, "2025-07")).map(OriginMonthKey::format).contains("EU|2025-07");
        assertThat(OriginMonthKey.bloc(Bloc.OTHER, "2025-07")).map(OriginMonthKey::format).contains("OTHER|2025-07");
        assertThat(OriginMonthKey.bloc(Bloc.CN, "2025-07")).isEmpty();
        assertThat(OriginMonthKey.bloc(Bloc.US, "2025-07")).isEmpty();
        assertThat(OriginMonthKey.bloc(Bloc.UNKNOWN, "2025-07")).isEmpty();
        assertThat(OriginMonthKey.bloc(null, "2025-07")).isEmpty();
    }

    @Test
    void parsingTellsBlocRowsFromCountryRows() {
        assertThat(OriginMonthKey.parse("EU|2025-07")).isEqualTo(new OriginMonthKey("EU", OriginLevel.BLOC, "2025-07"));
        assertThat(OriginMonthKey.parse("FR|2025-07")).isEqualTo(new OriginMonthKey("FR", OriginLevel.COUNTRY, "2025-07"));
        assertThat(OriginMonthKey.parse("UNKNOWN|2025-07").level()).isEqualTo(OriginLevel.COUNTRY);
    }
}
