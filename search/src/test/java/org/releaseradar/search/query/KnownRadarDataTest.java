package org.releaseradar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.OrgMonthStats;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.search.index.RadarIndex;

/** The fixture's stats rows keep the invariants the OriginMonthStats and OrgMonthStats docs state. */
class KnownRadarDataTest {

    private final List<OriginMonthStats> origins = KnownRadarData.originMonthStats();
    private final List<OrgMonthStats> orgs = KnownRadarData.orgMonthStats();

    @Test
    void derivativeBaseOriginsSumToDerivatives() {
        for (OriginMonthStats row : origins) {
            assertThat(row.getDerivativeBaseOrigins().values().stream().mapToLong(Long::longValue).sum())
                    .as("%s|%s", row.getOrigin(), row.getMonth()).isEqualTo(row.getDerivatives());
        }
    }

    @Test
    void derivativesByBaseOriginIsTheTransposeOfDerivativeBaseOriginsAmongCountryRows() {
        Map<String, Long> byBase = new HashMap<>();
        Map<String, Long> byOwn = new HashMap<>();
        for (OriginMonthStats row : origins) {
            if (row.getOriginLevel() != OriginLevel.COUNTRY) {
                continue;
            }
            row.getDerivativesByBaseOrigin().forEach((own, n) -> byBase.merge(row.getMonth() + " " + own + "->" + row.getOrigin(), n, Long::sum));
            row.getDerivativeBaseOrigins().forEach((base, n) -> byOwn.merge(row.getMonth() + " " + row.getOrigin() + "->" + base, n, Long::sum));
        }
        assertThat(byBase).isEqualTo(byOwn).isNotEmpty();
    }

    @Test
    void countryRowsOrgRowsAndReleasesAgree() {
        Map<String, long[]> byMonth = new HashMap<>();
        for (ModelRelease r : KnownRadarData.releases()) {
            long[] t = byMonth.computeIfAbsent(r.getMonth(), k -> new long[3]);
            t[r.getRelation() == LineageRelation.BASE ? 0 : 1]++;
            t[2] += r.getDownloadsAllTime();
        }
        Map<String, long[]> countries = new HashMap<>();
        origins.stream().filter(o -> o.getOriginLevel() == OriginLevel.COUNTRY).forEach(o -> {
            long[] t = countries.computeIfAbsent(o.getMonth(), k -> new long[3]);
            t[0] += o.getMainlineReleases();
            t[1] += o.getDerivatives();
            t[2] += o.getDownloadsAllTime();
        });
        Map<String, long[]> organisations = new HashMap<>();
        orgs.forEach(o -> {
            long[] t = organisations.computeIfAbsent(o.getMonth(), k -> new long[3]);
            t[0] += o.getMainlineReleases();
            t[1] += o.getDerivatives();
            t[2] += o.getDownloadsAllTime();
        });
        assertThat(byMonth.keySet()).containsExactlyInAnyOrder("2025-05", "2025-06", "2025-07");
        byMonth.forEach((month, t) -> {
            assertThat(countries.get(month)).as("country rows of %s", month).containsExactly(t);
            assertThat(organisations.get(month)).as("org rows of %s", month).containsExactly(t);
        });
    }

    @Test
    void blocRowsExistOnlyForEuAndOther() {
        assertThat(origins.stream().filter(o -> o.getOriginLevel() == OriginLevel.BLOC).map(o -> o.getOrigin()).distinct())
                .containsExactlyInAnyOrder("EU", "OTHER");
    }

    @Test
    void documentsAreShapedAsTheSinkWritesThem() {
        var docs = KnownRadarData.documents();
        Map<String, Object> release = AvroDocuments.document(docs.get(RadarIndex.RELEASES).get("unsloth/Kimi-K2-Instruct-GGUF"));
        assertThat(release)
                .containsEntry("released_at", "2025-07-14T10:00:00Z")
                .containsEntry("month", "2025-07")
                .containsEntry("relation", "QUANTIZED")
                .containsEntry("origin_bloc", "US")
                .containsEntry("base_models", List.of("moonshotai/Kimi-K2-Instruct"))
                .containsEntry("publication_date", null)
                .containsEntry("downloads_all_time", 20_000L);
        assertThat(release.keySet()).containsExactlyElementsOf(
                ModelRelease.getClassSchema().getFields().stream().map(f -> f.name()).toList());

        Map<String, Object> stats = AvroDocuments.document(docs.get(RadarIndex.STATS).get("CN|2025-07"));
        assertThat(stats).containsEntry("origin_level", "COUNTRY")
                .containsEntry("derivatives_by_base_origin", Map.of("US", 2L))
                .containsEntry("top_models", List.of(
                        Map.of("repo_id", "Qwen/Qwen3-235B-A22B-Instruct-2507", "downloads_all_time", 800_000L),
                        Map.of("repo_id", "Qwen/Qwen3-Coder-480B-A35B-Instruct", "downloads_all_time", 500_000L),
                        Map.of("repo_id", "moonshotai/Kimi-K2-Instruct", "downloads_all_time", 300_000L),
                        Map.of("repo_id", "zai-org/GLM-4.5", "downloads_all_time", 200_000L)));

        Map<String, Object> news = AvroDocuments.document(docs.get(RadarIndex.NEWS).get("news-roundup"));
        assertThat(news).containsEntry("published_at", null).containsEntry("month", "2025-06")
                .containsEntry("mentions", List.of()).containsEntry("origins", List.of());
    }
}
