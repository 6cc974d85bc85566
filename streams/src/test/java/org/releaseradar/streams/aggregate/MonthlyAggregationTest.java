package org.releaseradar.streams.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.streams.aggregate.Inputs.article;
import static org.releaseradar.streams.aggregate.Inputs.derivative;
import static org.releaseradar.streams.aggregate.Inputs.mainline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSource;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.OrgMonthStats;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.schemas.avro.OriginMonthStats;

class MonthlyAggregationTest {

    private static final ModelRelease QWEN_8B = mainline("Qwen/Qwen3-8B", "alibaba", "CN", Bloc.CN, "2025-07", 1_000).build();
    private static final ModelRelease QWEN_32B = mainline("Qwen/Qwen3-32B", "alibaba", "CN", Bloc.CN, "2025-07", 3_000).build();
    private static final ModelRelease DEEPSEEK = mainline("deepseek-ai/DeepSeek-V3", "deepseek", "CN", Bloc.CN, "2025-07", 5_000).build();
    private static final ModelRelease LLAMA = mainline("meta-llama/Llama-4", "meta", "US", Bloc.US, "2025-06", 8_000).build();
    private static final ModelRelease MISTRAL = mainline("mistralai/Mistral-Small", "mistral", "FR", Bloc.EU, "2025-07", 700).build();
    private static final ModelRelease SAKANA = mainline("SakanaAI/Evo", "sakana", "JP", Bloc.OTHER, "2025-08", 400).build();
    /** Unregistered namespace: no org id, UNKNOWN origin. */
    private static final ModelRelease SOMEONE_FT = derivative("someone/qwen-ft", null, "UNKNOWN", Bloc.UNKNOWN, "2025-07", 10,
            LineageRelation.FINETUNE, "Qwen/Qwen3-8B", "CN", Bloc.CN).build();
    private static final ModelRelease HERMES = derivative("NousResearch/Hermes-Qwen", "nous", "US", Bloc.US, "2025-07", 200,
            LineageRelation.FINETUNE, "Qwen/Qwen3-32B", "CN", Bloc.CN).build();
    private static final ModelRelease UNSLOTH_GGUF = derivative("unsloth/Qwen3-8B-GGUF", "unsloth", "US", Bloc.US, "2025-07", 50,
            LineageRelation.QUANTIZED, "Qwen/Qwen3-8B", "CN", Bloc.CN).build();
    private static final ModelRelease LUCIE_LORA = derivative("OpenLLM-France/Lucie-LoRA", "openllm-france", "FR", Bloc.EU, "2025-08", 30,
            LineageRelation.ADAPTER, "meta-llama/Llama-4", "US", Bloc.US).build();
    private static final ModelRelease SOLAR_MERGE = derivative("upstage/Solar-Mistral-Merge", "upstage", "KR", Bloc.OTHER, "2025-08", 20,
            LineageRelation.MERGE, "mistralai/Mistral-Small", "FR", Bloc.EU).build();

    private static final List<ModelRelease> ALL = List.of(QWEN_8B, QWEN_32B, DEEPSEEK, LLAMA, MISTRAL, SAKANA,
            SOMEONE_FT, HERMES, UNSLOTH_GGUF, LUCIE_LORA, SOLAR_MERGE);

    @Test
    void countsReleasesByOriginAndMonthWithBlocRowsOnlyForEuAndOther() {
        try (AggregationFixture stage = new AggregationFixture()) {
            stage.releases(ALL);

            assertThat(stage.originRows()).containsOnlyKeys(
                    "CN|2025-07", "US|2025-06", "US|2025-07", "US|2025-08", "UNKNOWN|2025-07", "FR|2025-07", "EU|2025-07",
                    "FR|2025-08", "EU|2025-08", "JP|2025-08", "KR|2025-08", "OTHER|2025-08");

            OriginMonthStats cn = stage.origin("CN|2025-07");
            assertThat(cn.getOrigin()).isEqualTo("CN");
            assertThat(cn.getOriginLevel()).isEqualTo(OriginLevel.COUNTRY);
            assertThat(cn.getMonth()).isEqualTo("2025-07");
            assertThat(cn.getMainlineReleases()).isEqualTo(3);
            assertThat(cn.getDerivatives()).isZero();
            assertThat(cn.getDistinctOrganizations()).isEqualTo(2);
            assertThat(cn.getOrganizations()).containsExactly("alibaba", "deepseek");
            assertThat(cn.getDownloadsAllTime()).isEqualTo(9_000);
            assertThat(top(cn)).containsExactly("deepseek-ai/DeepSeek-V3=5000", "Qwen/Qwen3-32B=3000", "Qwen/Qwen3-8B=1000");
            // Who builds on CN models this month: one unknown fine-tuner, two US derivatives.
            assertThat(cn.getDerivativesByBaseOrigin()).containsExactlyInAnyOrderEntriesOf(Map.of("UNKNOWN", 1L, "US", 2L));
            assertThat(cn.getDerivativeBaseOrigins()).isEmpty();

            OriginMonthStats us = stage.origin("US|2025-07");
            assertThat(us.getMainlineReleases()).isZero();
            assertThat(us.getDerivatives()).isEqualTo(2);
            assertThat(us.getFinetunes()).isEqualTo(1);
            assertThat(us.getQuantized()).isEqualTo(1);
            assertThat(us.getOrganizations()).containsExactly("nous", "unsloth");
            assertThat(us.getDownloadsAllTime()).isEqualTo(250);
            assertThat(us.getDerivativeBaseOrigins()).containsExactlyInAnyOrderEntriesOf(Map.of("CN", 2L));
            assertThat(us.getTopModels()).isEmpty();

            OriginMonthStats unknown = stage.origin("UNKNOWN|2025-07");
            assertThat(unknown.getFinetunes()).isEqualTo(1);
            assertThat(unknown.getOrganizations()).containsExactly("ns:someone");
            assertThat(unknown.getDerivativeBaseOrigins()).containsExactlyInAnyOrderEntriesOf(Map.of("CN", 1L));

            assertThat(stage.origin("US|2025-06").getMainlineReleases()).isEqualTo(1);
            // US|2025-08 exists only because a FR adapter was built on a US base that month.
            OriginMonthStats usAugust = stage.origin("US|2025-08");
            assertThat(usAugust.getMainlineReleases() + usAugust.getDerivatives()).isZero();
            assertThat(usAugust.getDerivativesByBaseOrigin()).containsExactlyInAnyOrderEntriesOf(Map.of("FR", 1L));

            OriginMonthStats eu = stage.origin("EU|2025-07");
            assertThat(eu.getOriginLevel()).isEqualTo(OriginLevel.BLOC);
            assertThat(withoutOrigin(eu)).isEqualTo(withoutOrigin(stage.origin("FR|2025-07")));
            OriginMonthStats euAugust = stage.origin("EU|2025-08");
            assertThat(euAugust.getAdapters()).isEqualTo(1);
            assertThat(euAugust.getDerivativeBaseOrigins()).containsExactlyInAnyOrderEntriesOf(Map.of("US", 1L));
            assertThat(euAugust.getDerivativesByBaseOrigin()).containsExactlyInAnyOrderEntriesOf(Map.of("KR", 1L));

            OriginMonthStats other = stage.origin("OTHER|2025-08");
            assertThat(other.getOriginLevel()).isEqualTo(OriginLevel.BLOC);
            assertThat(other.getMainlineReleases()).isEqualTo(1);
            assertThat(other.getMerges()).isEqualTo(1);
            assertThat(other.getOrganizations()).containsExactly("sakana", "upstage");
            assertThat(other.getDownloadsAllTime()).isEqualTo(420);
            assertThat(top(other)).containsExactly("SakanaAI/Evo=400");
            assertThat(other.getDerivativeBaseOrigins()).containsExactlyInAnyOrderEntriesOf(Map.of("FR", 1L));
        }
    }

    @Test
    void countsReleasesByOrganisationAndMonth() {
        try (AggregationFixture stage = new AggregationFixture()) {
            stage.releases(ALL);

            assertThat(stage.orgRows()).containsOnlyKeys("alibaba|2025-07", "deepseek|2025-07", "meta|2025-06", "mistral|2025-07",
                    "sakana|2025-08", "ns:someone|2025-07", "nous|2025-07", "unsloth|2025-07", "openllm-france|2025-08",
                    "upstage|2025-08");
            OrgMonthStats alibaba = stage.org("alibaba|2025-07");
            assertThat(alibaba.getOrg()).isEqualTo("alibaba");
            assertThat(alibaba.getOrganizationId()).isEqualTo("alibaba");
            assertThat(alibaba.getOrganizationName()).isEqualTo("Org alibaba");
            assertThat(alibaba.getOriginCountry()).isEqualTo("CN");
            assertThat(alibaba.getOriginBloc()).isEqualTo(Bloc.CN);
            assertThat(alibaba.getMonth()).isEqualTo("2025-07");
            assertThat(alibaba.getMainlineReleases()).isEqualTo(2);
            assertThat(alibaba.getDerivatives()).isZero();
            assertThat(alibaba.getDownloadsAllTime()).isEqualTo(4_000);

            OrgMonthStats someone = stage.org("ns:someone|2025-07");
            assertThat(someone.getOrganizationId()).isNull();
            assertThat(someone.getOrganizationName()).isNull();
            assertThat(someone.getOriginCountry()).isEqualTo("UNKNOWN");
            assertThat(someone.getFinetunes()).isEqualTo(1);
            assertThat(someone.getDerivatives()).isEqualTo(1);
        }
    }

    @Test
    void epochOnlyReleasesOfDifferentOrganisationsShareTheUnknownOrgRowWithoutAName() {
        // Epoch-only releases carry Epoch's organisation spelling but no org id and no namespace: org UNKNOWN.
        ModelRelease glm = mainline("x/GLM-4.5", null, "CN", Bloc.CN, "2025-07", 0).setRepoId("GLM-4.5").setAuthor(null)
                .setSource(ModelSource.EPOCH).setOrganizationName("Zhipu AI").build();
        ModelRelease kimi = mainline("x/Kimi K2", null, "CN", Bloc.CN, "2025-07", 0).setRepoId("Kimi K2").setAuthor(null)
                .setSource(ModelSource.EPOCH).setOrganizationName("Moonshot").build();
        try (AggregationFixture stage = new AggregationFixture()) {
            stage.release(glm).release(kimi);

            OrgMonthStats unknown = stage.org("UNKNOWN|2025-07");
            assertThat(unknown.getOrganizationId()).isNull();
            assertThat(unknown.getOrganizationName()).as("not in the registry, and not one organisation").isNull();
            assertThat(unknown.getMainlineReleases()).isEqualTo(2);
        }
    }

    @Test
    void aNewerSnapshotReplacesTheModelsContributionInsteadOfAddingIt() {
        try (AggregationFixture stage = new AggregationFixture()) {
            stage.releases(ALL);
            stage.release(copy(QWEN_8B).setDownloadsAllTime(9_000).build());
            stage.release(copy(QWEN_8B).setDownloadsAllTime(12_000).setLikes(5).build());

            OriginMonthStats cn = stage.origin("CN|2025-07");
            assertThat(cn.getMainlineReleases()).isEqualTo(3);
            assertThat(cn.getDownloadsAllTime()).isEqualTo(20_000);
            assertThat(top(cn)).containsExactly("Qwen/Qwen3-8B=12000", "deepseek-ai/DeepSeek-V3=5000", "Qwen/Qwen3-32B=3000");
            assertThat(stage.org("alibaba|2025-07").getDownloadsAllTime()).isEqualTo(15_000);
            assertThat(stage.org("alibaba|2025-07").getMainlineReleases()).isEqualTo(2);
        }
    }

    @Test
    void topModelsFollowDownloadUpdatesAndKeepEveryCandidateBeyondTheListedOnes() {
        try (AggregationFixture stage = new AggregationFixture(new AggregationSettings(2))) {
            stage.releases(ALL);
            assertThat(top(stage.origin("CN|2025-07"))).containsExactly("deepseek-ai/DeepSeek-V3=5000", "Qwen/Qwen3-32B=3000");

            // Qwen3-8B was not listed, but it is still remembered, so it can climb in.
            stage.release(copy(QWEN_8B).setDownloadsAllTime(4_000).build());
            assertThat(top(stage.origin("CN|2025-07"))).containsExactly("deepseek-ai/DeepSeek-V3=5000", "Qwen/Qwen3-8B=4000");

            // And a listed model that leaves frees its place for the next one.
            stage.deleteRelease(DEEPSEEK.getRepoId());
            assertThat(top(stage.origin("CN|2025-07"))).containsExactly("Qwen/Qwen3-8B=4000", "Qwen/Qwen3-32B=3000");
        }
    }

    @Test
    void aRegistryCorrectionMovesTheModelBetweenOriginRowsExactly() {
        ModelRelease corrected = copy(DEEPSEEK).setOriginCountry("US").setOriginBloc(Bloc.US).build();
        try (AggregationFixture stage = new AggregationFixture(); AggregationFixture fresh = new AggregationFixture()) {
            stage.releases(ALL).release(corrected);

            OriginMonthStats cn = stage.origin("CN|2025-07");
            assertThat(cn.getMainlineReleases()).isEqualTo(2);
            assertThat(cn.getOrganizations()).containsExactly("alibaba");
            assertThat(cn.getDownloadsAllTime()).isEqualTo(4_000);
            assertThat(top(cn)).containsExactly("Qwen/Qwen3-32B=3000", "Qwen/Qwen3-8B=1000");
            OriginMonthStats us = stage.origin("US|2025-07");
            assertThat(us.getMainlineReleases()).isEqualTo(1);
            assertThat(us.getOrganizations()).containsExactly("deepseek", "nous", "unsloth");
            assertThat(us.getDownloadsAllTime()).isEqualTo(5_250);
            assertThat(stage.org("deepseek|2025-07").getOriginCountry()).isEqualTo("US");

            fresh.releases(replace(ALL, DEEPSEEK, corrected));
            assertThat(timeless(stage.originRows())).isEqualTo(timeless(fresh.originRows()));
            assertThat(timelessOrgs(stage.orgRows())).isEqualTo(timelessOrgs(fresh.orgRows()));
        }
    }

    @Test
    void aCorrectedBaseOriginMovesTheDerivativeBetweenBaseOriginCounts() {
        ModelRelease rebased = copy(HERMES).setBaseOriginCountry("FR").setBaseOriginBloc(Bloc.EU).build();
        try (AggregationFixture stage = new AggregationFixture()) {
            stage.releases(ALL).release(rebased);

            assertThat(stage.origin("CN|2025-07").getDerivativesByBaseOrigin())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("UNKNOWN", 1L, "US", 1L));
            assertThat(stage.origin("FR|2025-07").getDerivativesByBaseOrigin()).containsExactlyInAnyOrderEntriesOf(Map.of("US", 1L));
            assertThat(stage.origin("EU|2025-07").getDerivativesByBaseOrigin()).containsExactlyInAnyOrderEntriesOf(Map.of("US", 1L));
            assertThat(stage.origin("US|2025-07").getDerivativeBaseOrigins())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("CN", 1L, "FR", 1L));
        }
    }

    @Test
    void aCorrectedMonthMovesTheReleaseAndEmptiedRowsBecomeTombstones() {
        ModelRelease august = copy(MISTRAL).setMonth("2025-08").build();
        try (AggregationFixture stage = new AggregationFixture(); AggregationFixture fresh = new AggregationFixture()) {
            stage.releases(ALL).release(august);

            assertThat(stage.originRows()).doesNotContainKeys("FR|2025-07", "EU|2025-07");
            assertThat(stage.orgRows()).doesNotContainKey("mistral|2025-07");
            assertThat(stage.origin("FR|2025-08").getMainlineReleases()).isEqualTo(1);
            assertThat(stage.origin("FR|2025-08").getAdapters()).isEqualTo(1);
            assertThat(stage.origin("EU|2025-08").getOrganizations()).containsExactly("mistral", "openllm-france");
            assertThat(stage.org("mistral|2025-08").getDownloadsAllTime()).isEqualTo(700);

            fresh.releases(replace(ALL, MISTRAL, august));
            assertThat(timeless(stage.originRows())).isEqualTo(timeless(fresh.originRows()));
        }
    }

    @Test
    void distinctOrganisationsDropAnOrganisationOnlyWithItsLastRelease() {
        try (AggregationFixture stage = new AggregationFixture()) {
            stage.releases(ALL);

            stage.deleteRelease(QWEN_32B.getRepoId());
            assertThat(stage.origin("CN|2025-07").getOrganizations()).containsExactly("alibaba", "deepseek");
            assertThat(stage.org("alibaba|2025-07").getMainlineReleases()).isEqualTo(1);

            stage.release(copy(QWEN_8B).setMonth("2025-06").build());
            assertThat(stage.origin("CN|2025-07").getOrganizations()).containsExactly("deepseek");
            assertThat(stage.origin("CN|2025-07").getDistinctOrganizations()).isEqualTo(1);
            assertThat(stage.origin("CN|2025-06").getOrganizations()).containsExactly("alibaba");
            assertThat(stage.orgRows()).doesNotContainKey("alibaba|2025-07").containsKey("alibaba|2025-06");
        }
    }

    @Test
    void anArticleCountsOncePerOriginAndBlocAndAnUpdateReplacesIt() {
        try (AggregationFixture stage = new AggregationFixture()) {
            stage.releases(ALL);
            stage.article(article("a1", "2025-07", List.of("CN", "US"), List.of(Bloc.CN, Bloc.US)));
            stage.article(article("a2", "2025-07", List.of("FR", "DE"), List.of(Bloc.EU)));
            stage.article(article("a3", "2025-07", List.of("CN"), List.of(Bloc.CN)));
            stage.article(article("a4", "2025-08", List.of("JP", "KR"), List.of(Bloc.OTHER)));

            assertThat(stage.origin("CN|2025-07").getNewsArticles()).isEqualTo(2);
            assertThat(stage.origin("CN|2025-07").getMainlineReleases()).isEqualTo(3);
            assertThat(stage.origin("US|2025-07").getNewsArticles()).isEqualTo(1);
            assertThat(stage.origin("FR|2025-07").getNewsArticles()).isEqualTo(1);
            assertThat(stage.origin("EU|2025-07").getNewsArticles()).isEqualTo(1);
            assertThat(stage.origin("OTHER|2025-08").getNewsArticles()).isEqualTo(1);
            // A row can exist for news alone.
            OriginMonthStats germany = stage.origin("DE|2025-07");
            assertThat(germany.getNewsArticles()).isEqualTo(1);
            assertThat(germany.getMainlineReleases() + germany.getDerivatives()).isZero();

            // a1 re-linked: it now mentions a French organisation instead; re-delivered as is, it changes nothing.
            NewsItem relinked = article("a1", "2025-07", List.of("FR"), List.of(Bloc.EU));
            stage.article(relinked).article(relinked);
            assertThat(stage.origin("CN|2025-07").getNewsArticles()).isEqualTo(1);
            assertThat(stage.origin("US|2025-07").getNewsArticles()).isZero();
            assertThat(stage.origin("FR|2025-07").getNewsArticles()).isEqualTo(2);
            assertThat(stage.origin("EU|2025-07").getNewsArticles()).isEqualTo(2);

            stage.article(article("a2", "2025-09", List.of("FR", "DE"), List.of(Bloc.EU)));
            assertThat(stage.originRows()).doesNotContainKey("DE|2025-07");
            assertThat(stage.origin("DE|2025-09").getNewsArticles()).isEqualTo(1);
            assertThat(stage.origin("EU|2025-07").getNewsArticles()).isEqualTo(1);
            assertThat(stage.origin("EU|2025-09").getNewsArticles()).isEqualTo(1);
        }
    }

    @Test
    void replayingTheSameInputsChangesNothingAndWritesNothing() {
        try (AggregationFixture stage = new AggregationFixture()) {
            stage.releases(ALL);
            stage.article(article("a1", "2025-07", List.of("CN", "US"), List.of(Bloc.CN, Bloc.US)));
            Map<String, OriginMonthStats> origins = new TreeMap<>(stage.originRows());
            Map<String, OrgMonthStats> orgs = new TreeMap<>(stage.orgRows());

            stage.releases(ALL);
            stage.article(article("a1", "2025-07", List.of("CN", "US"), List.of(Bloc.CN, Bloc.US)));

            assertThat(stage.pendingOriginRecords()).isZero();
            assertThat(stage.originRows()).isEqualTo(origins);
            assertThat(stage.orgRows()).isEqualTo(orgs);
        }
    }

    @Test
    void differentArrivalOrdersOfTheSameSnapshotsGiveTheSameStats() {
        // Each model's snapshots in its own order (as one partition delivers them), models interleaved at random:
        // the only orders a compacted, key-partitioned topic can deliver.
        List<List<ModelRelease>> histories = new ArrayList<>();
        for (ModelRelease finalState : ALL) {
            histories.add(List.of(
                    copy(finalState).setDownloadsAllTime(finalState.getDownloadsAllTime() / 3).build(),
                    copy(finalState).setOriginCountry("UNKNOWN").setOriginBloc(Bloc.UNKNOWN).setMonth("2025-05").build(),
                    finalState));
        }
        Map<String, OriginMonthStats> expected;
        Map<String, OrgMonthStats> expectedOrgs;
        try (AggregationFixture stage = new AggregationFixture()) {
            stage.releases(ALL);
            expected = timeless(stage.originRows());
            expectedOrgs = timelessOrgs(stage.orgRows());
        }
        for (long seed : new long[] {1, 2, 3}) {
            try (AggregationFixture stage = new AggregationFixture()) {
                stage.releases(interleave(histories, new Random(seed)));
                assertThat(timeless(stage.originRows())).as("seed %d", seed).isEqualTo(expected);
                assertThat(timelessOrgs(stage.orgRows())).as("seed %d", seed).isEqualTo(expectedOrgs);
            }
        }
    }

    @Test
    void deletingEveryReleaseLeavesNoRows() {
        try (AggregationFixture stage = new AggregationFixture()) {
            stage.releases(ALL);
            ALL.forEach(release -> stage.deleteRelease(release.getRepoId()));

            assertThat(stage.originRows()).isEmpty();
            assertThat(stage.orgRows()).isEmpty();
        }
    }

    private static List<String> top(OriginMonthStats stats) {
        return stats.getTopModels().stream().map(m -> m.getRepoId() + "=" + m.getDownloadsAllTime()).toList();
    }

    private static ModelRelease.Builder copy(ModelRelease release) {
        return ModelRelease.newBuilder(release);
    }

    private static List<ModelRelease> replace(List<ModelRelease> all, ModelRelease old, ModelRelease replacement) {
        return all.stream().map(r -> r == old ? replacement : r).toList();
    }

    private static List<ModelRelease> interleave(List<List<ModelRelease>> histories, Random random) {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            for (int j = 0; j < histories.get(i).size(); j++) {
                slots.add(i);
            }
        }
        Collections.shuffle(slots, random);
        int[] next = new int[histories.size()];
        return slots.stream().map(i -> histories.get(i).get(next[i]++)).toList();
    }

    private static OriginMonthStats withoutOrigin(OriginMonthStats stats) {
        return OriginMonthStats.newBuilder(stats).setOrigin("").setOriginLevel(OriginLevel.COUNTRY).setUpdatedAt(Instant.EPOCH).build();
    }

    /** updated_at is the time of the last input that changed a row, which differs with the order by design. */
    private static Map<String, OriginMonthStats> timeless(Map<String, OriginMonthStats> rows) {
        return map(rows, s -> OriginMonthStats.newBuilder(s).setUpdatedAt(Instant.EPOCH).build());
    }

    private static Map<String, OrgMonthStats> timelessOrgs(Map<String, OrgMonthStats> rows) {
        return map(rows, s -> OrgMonthStats.newBuilder(s).setUpdatedAt(Instant.EPOCH).build());
    }

    private static <V> Map<String, V> map(Map<String, V> rows, Function<V, V> f) {
        Map<String, V> out = new TreeMap<>();
        rows.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }
}
