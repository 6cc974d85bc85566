package org.releaseradar.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.search.index.RadarIndex;
import org.releaseradar.search.query.StatsCell.Count;
import org.releaseradar.search.query.StatsCell.Share;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/**
 * StatsService on the real local Elasticsearch over the known data set. Every expected number is worked out
 * by hand from the releases listed in {@link KnownRadarData}.
 */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsServiceIT {

    private static final YearMonth MAY = YearMonth.of(2025, 5);
    private static final YearMonth JUN = YearMonth.of(2025, 6);
    private static final YearMonth JUL = YearMonth.of(2025, 7);

    private ElasticsearchClient client;
    private StatsService stats;

    @BeforeAll
    void load(LocalStack stack) throws IOException {
        client = ElasticsearchClientFactory.create(ElasticsearchSettings.local(URI.create(stack.elasticsearchUrl())));
        KnownRadarData.load(client);
        stats = new StatsService(client);
    }

    @AfterAll
    void close() throws IOException {
        client.close();
    }

    @Test
    void mainlineReleasesByCountryAndMonth() throws IOException {
        StatsTable table = stats.table(StatsQuery.byOrigin(StatsMetric.RELEASES));

        assertThat(table.months()).containsExactly(MAY, JUN, JUL);
        assertThat(counts(table)).containsExactly(
                Map.entry("CN", List.of(0L, 1L, 4L, 5L)),
                Map.entry("FR", List.of(0L, 1L, 1L, 2L)),
                Map.entry("US", List.of(1L, 1L, 0L, 2L)),
                Map.entry("AE", List.of(0L, 1L, 0L, 1L)),
                Map.entry("UNKNOWN", List.of(0L, 0L, 0L, 0L)),
                Map.entry(StatsTable.TOTAL, List.of(1L, 4L, 5L, 10L)));
    }

    @Test
    void derivativesInARangeOfMonths() throws IOException {
        StatsTable table = stats.table(StatsQuery.byOrigin(StatsMetric.DERIVATIVES).withRange(JUN, JUL));

        assertThat(table.months()).containsExactly(JUN, JUL);
        assertThat(counts(table)).containsExactly(
                Map.entry("US", List.of(1L, 3L, 4L)),
                Map.entry("CN", List.of(2L, 0L, 2L)),
                Map.entry("UNKNOWN", List.of(0L, 2L, 2L)),
                Map.entry("AE", List.of(0L, 0L, 0L)),
                Map.entry("FR", List.of(0L, 0L, 0L)),
                Map.entry(StatsTable.TOTAL, List.of(3L, 5L, 8L)));
    }

    @Test
    void downloadsAreExactLongs() throws IOException {
        StatsTable table = stats.table(StatsQuery.byOrigin(StatsMetric.DOWNLOADS));

        assertThat(counts(table)).containsExactly(
                Map.entry("CN", List.of(0L, 3_457_889_012L, 1_800_000L, 3_459_689_012L)),
                Map.entry("US", List.of(70_000L, 630_000L, 75_000L, 775_000L)),
                Map.entry("FR", List.of(0L, 400_000L, 100_000L, 500_000L)),
                Map.entry("AE", List.of(0L, 90_000L, 0L, 90_000L)),
                Map.entry("UNKNOWN", List.of(0L, 0L, 1_010L, 1_010L)),
                Map.entry(StatsTable.TOTAL, List.of(70_000L, 3_459_009_012L, 1_976_010L, 3_461_055_022L)));
    }

    @Test
    void derivativeShareByCountry() throws IOException {
        StatsTable table = stats.table(StatsQuery.byOrigin(StatsMetric.DERIVATIVE_SHARE).withRange(JUN, JUL));

        // 2025-06: DeepSeek-R1-0528-Qwen3-8B on CN; Distill-Llama-70B and gemma GGUF on US: 3 with a known base.
        // 2025-07: two unsloth GGUFs on CN; the abliterated Mistral and the Devstral GGUF on FR; the mystery
        // merge on an unknown base: 4 with a known base, 1 without.
        assertThat(shares(table)).containsExactly(
                Map.entry("CN", List.of(new Share(1, 3), new Share(2, 4), new Share(3, 7))),
                Map.entry("FR", List.of(new Share(0, 3), new Share(2, 4), new Share(2, 7))),
                Map.entry("US", List.of(new Share(2, 3), new Share(0, 4), new Share(2, 7))),
                Map.entry("AE", List.of(new Share(0, 3), new Share(0, 4), new Share(0, 7))));
        assertThat(counts(table)).containsEntry(StatsTable.KNOWN_BASE, List.of(3L, 4L, 7L))
                .containsEntry(StatsTable.UNKNOWN_BASE, List.of(0L, 1L, 1L));
    }

    @Test
    void blocLevelReadsEuAndOtherBlocRowsAndTheCnUsUnknownCountryRows() throws IOException {
        StatsTable releases = stats.table(StatsQuery.byOrigin(StatsMetric.RELEASES).withLevel(OriginLevel.BLOC));
        assertThat(counts(releases)).containsExactly(
                Map.entry("CN", List.of(0L, 1L, 4L, 5L)),
                Map.entry("EU", List.of(0L, 1L, 1L, 2L)),
                Map.entry("US", List.of(1L, 1L, 0L, 2L)),
                Map.entry("OTHER", List.of(0L, 1L, 0L, 1L)),
                Map.entry("UNKNOWN", List.of(0L, 0L, 0L, 0L)),
                Map.entry(StatsTable.TOTAL, List.of(1L, 4L, 5L, 10L)));

        StatsTable share = stats.table(StatsQuery.byOrigin(StatsMetric.DERIVATIVE_SHARE).withLevel(OriginLevel.BLOC)
                .withRange(JUL, JUL));
        assertThat(shares(share)).containsExactly(
                Map.entry("CN", List.of(new Share(2, 4), new Share(2, 4))),
                Map.entry("EU", List.of(new Share(2, 4), new Share(2, 4))),
                Map.entry("US", List.of(new Share(0, 4), new Share(0, 4))));
    }

    @Test
    void byOrganisationWithNamesAndOrigins() throws IOException {
        StatsTable table = stats.table(StatsQuery.byOrg(StatsMetric.RELEASES).withRange(JUL, null));

        assertThat(table.months()).containsExactly(JUL);
        assertThat(counts(table)).containsExactly(
                Map.entry("alibaba-qwen", List.of(2L, 2L)),
                Map.entry("mistral", List.of(1L, 1L)),
                Map.entry("moonshot", List.of(1L, 1L)),
                Map.entry("zhipu", List.of(1L, 1L)),
                Map.entry("lmstudio-community", List.of(0L, 0L)),
                Map.entry("ns:randomlab", List.of(0L, 0L)),
                Map.entry("ns:someuser", List.of(0L, 0L)),
                Map.entry("unsloth", List.of(0L, 0L)),
                Map.entry(StatsTable.TOTAL, List.of(5L, 5L)));
        StatsRow qwen = table.rows().get(0);
        assertThat(qwen.name()).isEqualTo("Alibaba (Qwen / Tongyi)");
        assertThat(qwen.origin()).isEqualTo("CN");
        StatsRow someone = table.rows().stream().filter(r -> r.key().equals("ns:someuser")).findFirst().orElseThrow();
        assertThat(someone.name()).isNull();
        assertThat(someone.origin()).isEqualTo("UNKNOWN");

        StatsTable derivatives = stats.table(StatsQuery.byOrg(StatsMetric.DERIVATIVES));
        assertThat(counts(derivatives).get("unsloth")).containsExactly(0L, 1L, 2L, 3L);
        assertThat(counts(derivatives).get("deepseek")).containsExactly(0L, 2L, 0L, 2L);
        assertThat(counts(stats.table(StatsQuery.byOrg(StatsMetric.DOWNLOADS))).get("deepseek"))
                .containsExactly(0L, 3_457_889_012L, 0L, 3_457_889_012L);
    }

    @Test
    void aRangeBeyondTheDataHasZeroColumns() throws IOException {
        StatsTable table = stats.table(StatsQuery.byOrigin(StatsMetric.RELEASES).withRange(YearMonth.of(2025, 7), YearMonth.of(2025, 9)));

        assertThat(table.months()).containsExactly(JUL, YearMonth.of(2025, 8), YearMonth.of(2025, 9));
        assertThat(counts(table).get("CN")).containsExactly(4L, 0L, 0L, 4L);
        assertThat(stats.table(StatsQuery.byOrigin(StatsMetric.RELEASES).withRange(YearMonth.of(2030, 1), null)).rows()).isEmpty();
    }

    @Test
    void everyPageIsRead() throws IOException {
        StatsService paging = new StatsService(client, 2);
        for (StatsQuery query : List.of(
                StatsQuery.byOrigin(StatsMetric.DOWNLOADS),
                StatsQuery.byOrigin(StatsMetric.DERIVATIVE_SHARE),
                StatsQuery.byOrigin(StatsMetric.RELEASES).withLevel(OriginLevel.BLOC),
                StatsQuery.byOrg(StatsMetric.DERIVATIVES))) {
            assertThat(paging.table(query)).as(query.toString()).isEqualTo(stats.table(query));
        }
    }

    @Test
    void twoDocumentsForOneRowFailTheTableInsteadOfDoublingIt() throws IOException {
        // An alias left over two indices, e.g. a reindex whose old index was not removed from the alias.
        String second = RadarIndex.STATS.alias() + "-000002";
        client.indices().create(c -> c.index(second).aliases(RadarIndex.STATS.alias(), a -> a.isWriteIndex(false)));
        try {
            client.index(i -> i.index(second).id("CN|2025-07").refresh(Refresh.True)
                    .document(AvroDocuments.document(KnownRadarData.documents().get(RadarIndex.STATS).get("CN|2025-07"))));

            assertThatThrownBy(() -> stats.table(StatsQuery.byOrigin(StatsMetric.RELEASES)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("radar-stats holds 2 documents")
                    .hasMessageContaining("CN");
        } finally {
            client.indices().delete(d -> d.index(second));
        }
        assertThat(counts(stats.table(StatsQuery.byOrigin(StatsMetric.RELEASES))).get("CN")).containsExactly(0L, 1L, 4L, 5L);
    }

    /** Row key (rows, then footer) -> the cells' counts, then the total. */
    private static Map<String, List<Long>> counts(StatsTable table) {
        Map<String, List<Long>> values = new LinkedHashMap<>();
        List<StatsRow> all = new ArrayList<>(table.rows());
        all.addAll(table.footer());
        for (StatsRow row : all) {
            if (!(row.total() instanceof Count)) {
                continue;
            }
            List<Long> v = new ArrayList<>();
            row.cells().values().forEach(c -> v.add(((Count) c).value()));
            v.add(((Count) row.total()).value());
            values.put(row.key(), v);
        }
        return values;
    }

    private static Map<String, List<Share>> shares(StatsTable table) {
        Map<String, List<Share>> values = new LinkedHashMap<>();
        for (StatsRow row : table.rows()) {
            List<Share> v = new ArrayList<>();
            row.cells().values().forEach(c -> v.add((Share) c));
            v.add((Share) row.total());
            values.put(row.key(), v);
        }
        return values;
    }
}
