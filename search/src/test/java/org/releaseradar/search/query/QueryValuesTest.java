package org.releaseradar.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.OriginLevel;

/** Parsing and validation of the query values, and the shape of the queries they become. */
class QueryValuesTest {

    @Test
    void originsAreCountryCodesOrBlocsInAnyCase() {
        assertThat(Origin.parse(" fr ").code()).isEqualTo("FR");
        assertThat(Origin.parse("eu").isMultiCountryBloc()).isTrue();
        assertThat(Origin.parse("CN").isMultiCountryBloc()).isFalse();
        assertThat(Origin.parse("unknown").code()).isEqualTo("UNKNOWN");
        assertThat(Origin.parse("EU").originValues()).contains("EU", "FR", "DE", "GR").doesNotContain("GB", "CH");
        assertThat(Origin.parse("FR").originValues()).containsExactly("FR");
        assertThat(Origin.excludedFromOther()).contains("CN", "US", "EU", "UNKNOWN", "FR").doesNotContain("GB", "AE", "OTHER");
        assertThatThrownBy(() -> Origin.parse("China")).hasMessageContaining("two-letter country code");
        assertThatThrownBy(() -> Origin.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesOfTypesMetricsAndGroupings() {
        assertThat(DocType.parse("News")).isEqualTo(DocType.NEWS);
        assertThatThrownBy(() -> DocType.parse("model")).hasMessageContaining("release, news, alert");
        assertThat(StatsMetric.parse("derivative_share")).isEqualTo(StatsMetric.DERIVATIVE_SHARE);
        assertThat(StatsMetric.parse("Downloads").field()).isEqualTo("downloads_all_time");
        assertThat(StatsMetric.RELEASES.field()).isEqualTo("mainline_releases");
        assertThatThrownBy(() -> StatsMetric.parse("likes")).hasMessageContaining("releases, derivatives, downloads, derivative-share");
        assertThat(StatsGrouping.parse("org, month")).isEqualTo(StatsGrouping.ORG);
        assertThat(StatsGrouping.parse("origin")).isEqualTo(StatsGrouping.ORIGIN);
        assertThatThrownBy(() -> StatsGrouping.parse("month,origin")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchQueryDefaultsAndLimits() {
        SearchQuery q = SearchQuery.of("  qwen ");
        assertThat(q.text()).isEqualTo("qwen");
        assertThat(q.types()).containsExactlyInAnyOrder(DocType.values());
        assertThat(q.limit()).isEqualTo(SearchQuery.DEFAULT_LIMIT);
        assertThat(SearchQuery.of("*").matchesAll()).isTrue();
        assertThat(SearchQuery.of(" ").matchesAll()).isTrue();
        assertThat(q.withOrganization("  ").organization()).isNull();
        assertThat(q.withTypes(Set.of(DocType.NEWS)).types()).containsExactly(DocType.NEWS);
        assertThatThrownBy(() -> q.withLimit(-1)).hasMessageContaining("limit");
        assertThatThrownBy(() -> q.withLimit(SearchQuery.MAX_LIMIT + 1)).hasMessageContaining("limit");
    }

    @Test
    void statsQueryValidation() {
        assertThatThrownBy(() -> StatsQuery.byOrigin(StatsMetric.RELEASES).withRange(YearMonth.of(2025, 7), YearMonth.of(2025, 6)))
                .hasMessageContaining("after");
        assertThatThrownBy(() -> StatsQuery.byOrg(StatsMetric.DERIVATIVE_SHARE))
                .hasMessageContaining("needs --by origin,month");
        assertThat(StatsQuery.byOrigin(StatsMetric.RELEASES).withLevel(null).level()).isEqualTo(OriginLevel.COUNTRY);
    }

    @Test
    void eachTypeFiltersItsOwnOriginField() {
        SearchQuery q = SearchQuery.of("qwen").withOrigin(Origin.parse("EU")).withMonth(YearMonth.of(2025, 7));

        String releases = json(SearchService.query(TypeProfile.RELEASE, q, Set.of()));
        assertThat(releases).contains("\"origin_country\":{\"value\":\"EU\"}").contains("\"origin_bloc\":{\"value\":\"EU\"}")
                .contains("\"repo_id.text^3\"").contains("\"default_operator\":\"and\"")
                .contains("\"gte\":\"2025-07\"").contains("\"lte\":\"2025-07\"").contains("\"format\":\"yyyy-MM\"");
        assertThat(json(SearchService.query(TypeProfile.NEWS, q, Set.of())))
                .contains("\"origins\":{\"value\":\"EU\"}").contains("\"origin_blocs\":{\"value\":\"EU\"}");
        assertThat(json(SearchService.query(TypeProfile.ALERT, q, Set.of())))
                .as("an alert's single origin field holds a bloc or one of its countries")
                .contains("\"origin\":[").contains("\"FR\"").contains("\"EU\"");
        assertThat(json(SearchService.query(TypeProfile.ALERT, q.withOrigin(Origin.parse("OTHER")), Set.of())))
                .contains("\"must_not\"").contains("\"exists\"");
    }

    @Test
    void organisationFiltersMatchIdsNamesAndNamespaces() {
        SearchQuery q = SearchQuery.of("*").withOrganization("Mistral AI");
        assertThat(json(SearchService.query(TypeProfile.RELEASE, q, Set.of("mistral"))))
                .contains("\"organization_name\":{\"value\":\"Mistral AI\",\"case_insensitive\":true}")
                .contains("\"organization_id\":[\"mistral\"]")
                .contains("match_all");
        assertThat(json(SearchService.query(TypeProfile.NEWS, q, Set.of("mistral")))).contains("\"mentions.organization_id\":[\"mistral\"]");
        assertThat(json(SearchService.query(TypeProfile.RELEASE, q.withOrganization("ns:SomeUser"), Set.of())))
                .contains("\"author\":{\"value\":\"SomeUser\",\"case_insensitive\":true}");
        assertThat(EnumSet.allOf(TypeProfile.class)).extracting(TypeProfile::type).containsExactly(DocType.values());
    }

    private static String json(Query query) {
        return JsonpUtils.toJsonString(query, new co.elastic.clients.json.jackson.JacksonJsonpMapper());
    }
}
