package org.releaseradar.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.streams.enrich.EnrichmentFixture.POLL;
import static org.releaseradar.streams.enrich.EnrichmentFixture.epochRow;
import static org.releaseradar.streams.enrich.EnrichmentFixture.org;
import static org.releaseradar.streams.enrich.EnrichmentFixture.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.DateBasis;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSource;
import org.releaseradar.schemas.avro.OrgKind;
import org.releaseradar.schemas.avro.Openness;
import org.releaseradar.schemas.avro.SizeClass;

class ReleaseEnrichmentTest {

    private static final org.releaseradar.schemas.avro.Organization QWEN =
            org("qwen", "alibaba-qwen", "Alibaba (Qwen / Tongyi)", "CN", "Alibaba", "Qwen", "Tongyi");
    private static final org.releaseradar.schemas.avro.Organization META =
            org("meta-llama", "meta", "Meta", "US", "Meta", "Meta AI", "Llama");

    @Test
    void enrichesARealLookingSnapshotInEveryField() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(QWEN);
            f.send(snapshot("Qwen/Qwen3-8B")
                    .setHubId("680f0c0e1b2c3d4e5f607182")
                    .setCreatedAt(Instant.parse("2025-04-27T23:59:59.000Z"))
                    .setLastModified(Instant.parse("2025-07-26T03:49:13.000Z"))
                    .setDownloads(3_418_220).setDownloadsAllTime(21_900_000).setLikes(812)
                    .setTags(List.of("transformers", "safetensors", "qwen3", "text-generation", "conversational",
                            "arxiv:2505.09388", "base_model:Qwen/Qwen3-8B-Base",
                            "base_model:finetune:Qwen/Qwen3-8B-Base", "license:apache-2.0", "region:us"))
                    .setBaseModels(List.of("Qwen/Qwen3-8B-Base"))
                    .setBaseModelRelation("finetune")
                    .setParameterCount(8_190_735_360L)
                    .build());

            ModelRelease r = f.release("Qwen/Qwen3-8B");
            assertThat(r.getSource()).isEqualTo(ModelSource.HUGGING_FACE);
            assertThat(r.getAuthor()).isEqualTo("qwen");
            assertThat(r.getOrganizationId()).isEqualTo("alibaba-qwen");
            assertThat(r.getOrganizationName()).isEqualTo("Alibaba (Qwen / Tongyi)");
            assertThat(r.getOrganizationKind()).isEqualTo(OrgKind.LAB);
            assertThat(r.getOriginCountry()).isEqualTo("CN");
            assertThat(r.getOriginBloc()).isEqualTo(Bloc.CN);
            assertThat(r.getReleasedAt()).isEqualTo(Instant.parse("2025-04-27T23:59:59Z"));
            assertThat(r.getDateBasis()).isEqualTo(DateBasis.HUB_CREATED_AT);
            assertThat(r.getMonth()).isEqualTo("2025-04");
            assertThat(r.getHubCreatedAt()).isEqualTo(r.getReleasedAt());
            assertThat(r.getCreatedAtIsPlaceholder()).isFalse();
            assertThat(r.getLastModified()).isEqualTo(Instant.parse("2025-07-26T03:49:13Z"));
            assertThat(r.getDownloads()).isEqualTo(3_418_220);
            assertThat(r.getDownloadsAllTime()).isEqualTo(21_900_000);
            assertThat(r.getLikes()).isEqualTo(812);
            assertThat(r.getPipelineTag()).isEqualTo("text-generation");
            assertThat(r.getModality()).isEqualTo("TEXT");
            assertThat(r.getLibraryName()).isEqualTo("transformers");
            assertThat(r.getTags()).contains("license:apache-2.0");
            assertThat(r.getLicense()).isEqualTo("apache-2.0");
            assertThat(r.getOpenness()).isEqualTo(Openness.OPEN_WEIGHTS_PERMISSIVE);
            assertThat(r.getGated()).isFalse();
            assertThat(r.getParameterCount()).isEqualTo(8_190_735_360L);
            assertThat(r.getSizeClass()).isEqualTo(SizeClass.SMALL);
            assertThat(r.getRelation()).isEqualTo(LineageRelation.FINETUNE);
            assertThat(r.getBaseModels()).containsExactly("Qwen/Qwen3-8B-Base");
            assertThat(r.getBaseOrganizationId()).isEqualTo("alibaba-qwen");
            assertThat(r.getBaseOriginCountry()).isEqualTo("CN");
            assertThat(r.getBaseOriginBloc()).isEqualTo(Bloc.CN);
            assertThat(r.getEpochModel()).isNull();
            assertThat(r.getEpochMatch()).isNull();
            assertThat(r.getUpdatedAt()).isEqualTo(POLL);
        }
    }

    @Test
    void mainlineReleaseHasNoBaseFields() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(META);
            f.send(snapshot("meta-llama/Llama-3.1-8B").setGated("manual").setLicense("llama3.1").build());
            ModelRelease r = f.release("meta-llama/Llama-3.1-8B");
            assertThat(r.getRelation()).isEqualTo(LineageRelation.BASE);
            assertThat(r.getBaseModels()).isEmpty();
            assertThat(r.getBaseOriginCountry()).isNull();
            assertThat(r.getBaseOriginBloc()).isNull();
            assertThat(r.getOpenness()).isEqualTo(Openness.GATED);
            assertThat(r.getGated()).isTrue();
        }
    }

    @Test
    void unknownNamespaceIsKeptAsUnknownAndReattributedWhenTheRegistryLearnsAndCorrectsIt() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(snapshot("sentence-transformers/all-MiniLM-L6-v2").setDownloads(89_000_000).build());
            ModelRelease unknown = f.release("sentence-transformers/all-MiniLM-L6-v2");
            assertThat(unknown.getOriginCountry()).isEqualTo("UNKNOWN");
            assertThat(unknown.getOriginBloc()).isEqualTo(Bloc.UNKNOWN);
            assertThat(unknown.getOrganizationId()).isNull();
            assertThat(unknown.getDownloads()).isEqualTo(89_000_000);

            f.send(org("sentence-transformers", "sbert", "Sentence Transformers", "DE"));
            ModelRelease learnt = f.release("sentence-transformers/all-MiniLM-L6-v2");
            assertThat(learnt.getOriginCountry()).isEqualTo("DE");
            assertThat(learnt.getOriginBloc()).isEqualTo(Bloc.EU);
            assertThat(learnt.getOrganizationId()).isEqualTo("sbert");

            f.send(org("sentence-transformers", "sbert", "Sentence Transformers", "GB"));
            ModelRelease corrected = f.release("sentence-transformers/all-MiniLM-L6-v2");
            assertThat(corrected.getOriginCountry()).isEqualTo("GB");
            assertThat(corrected.getOriginBloc()).isEqualTo(Bloc.OTHER);
            assertThat(corrected.getDownloads()).isEqualTo(89_000_000);
        }
    }

    @Test
    void baseOriginComesFromTheBaseNamespaceEvenWhenTheBaseNeverArrivesAndUpdatesWhenLearnt() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(org("bartowski", "bartowski", "bartowski", null));
            f.send(snapshot("bartowski/Yi-Coder-9B-Chat-GGUF").setLibraryName(null).setLicense("apache-2.0")
                    .setBaseModels(List.of("01-ai/Yi-Coder-9B-Chat")).setBaseModelRelation("quantized").build());
            ModelRelease before = f.release("bartowski/Yi-Coder-9B-Chat-GGUF");
            assertThat(before.getRelation()).isEqualTo(LineageRelation.QUANTIZED);
            assertThat(before.getOriginCountry()).isEqualTo("UNKNOWN");
            assertThat(before.getOrganizationId()).isEqualTo("bartowski");
            assertThat(before.getBaseOriginCountry()).isEqualTo("UNKNOWN");
            assertThat(before.getBaseOriginBloc()).isEqualTo(Bloc.UNKNOWN);
            assertThat(before.getBaseOrganizationId()).isNull();

            f.send(org("01-ai", "01ai", "01.AI", "CN"));
            ModelRelease after = f.release("bartowski/Yi-Coder-9B-Chat-GGUF");
            assertThat(after.getBaseOrganizationId()).isEqualTo("01ai");
            assertThat(after.getBaseOriginCountry()).isEqualTo("CN");
            assertThat(after.getBaseOriginBloc()).isEqualTo(Bloc.CN);
            assertThat(after.getOriginCountry()).isEqualTo("UNKNOWN");
        }
    }

    @Test
    void derivativeRelationFromCardDataAndFromTagsOnly() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(META);
            f.send(snapshot("unsloth/gemma-3-4b-it-unsloth-bnb-4bit")
                    .setBaseModels(List.of("google/gemma-3-4b-it"))
                    .setTags(List.of("base_model:google/gemma-3-4b-it", "base_model:quantized:google/gemma-3-4b-it"))
                    .build());
            f.send(snapshot("trl-lib/Qwen2-0.5B-DPO-LoRA").setBaseModels(List.of("Qwen/Qwen2-0.5B-Instruct"))
                    .setBaseModelRelation("adapter").build());
            f.send(snapshot("someone/no-relation-anywhere").setBaseModels(List.of("meta-llama/Llama-3.1-8B")).build());
            f.send(snapshot("someone/tags-only-bases")
                    .setTags(List.of("base_model:merge:a/one", "base_model:merge:b/two")).build());

            assertThat(f.release("unsloth/gemma-3-4b-it-unsloth-bnb-4bit").getRelation()).isEqualTo(LineageRelation.QUANTIZED);
            assertThat(f.release("trl-lib/Qwen2-0.5B-DPO-LoRA").getRelation()).isEqualTo(LineageRelation.ADAPTER);
            ModelRelease plain = f.release("someone/no-relation-anywhere");
            assertThat(plain.getRelation()).isEqualTo(LineageRelation.FINETUNE);
            assertThat(plain.getBaseOriginCountry()).isEqualTo("US");
            ModelRelease merge = f.release("someone/tags-only-bases");
            assertThat(merge.getRelation()).isEqualTo(LineageRelation.MERGE);
            assertThat(merge.getBaseModels()).containsExactly("a/one", "b/two");
        }
    }

    @Test
    void selfReferenceIsMainlineAndDoesNotLoop() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(QWEN);
            f.send(snapshot("Qwen/Qwen3-8B").setBaseModels(List.of("qwen/qwen3-8b")).setBaseModelRelation("finetune").build());
            f.send(snapshot("a/x").setBaseModels(List.of("b/y")).build());
            f.send(snapshot("b/y").setBaseModels(List.of("a/x")).build());
            ModelRelease self = f.release("Qwen/Qwen3-8B");
            assertThat(self.getRelation()).isEqualTo(LineageRelation.BASE);
            assertThat(self.getBaseModels()).isEmpty();
            assertThat(f.release("a/x").getBaseModels()).containsExactly("b/y");
            assertThat(f.release("b/y").getBaseModels()).containsExactly("a/x");
        }
    }

    @Test
    void newerSnapshotReplacesOlderAndALateOlderOneDoesNot() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(QWEN);
            f.send(snapshot("Qwen/Qwen3-8B").setDownloads(100).setLikes(10).setPolledAt(POLL).build());
            f.send(snapshot("Qwen/Qwen3-8B").setDownloads(250).setLikes(12).setPolledAt(POLL.plusSeconds(86_400)).build());
            assertThat(f.release("Qwen/Qwen3-8B").getDownloads()).isEqualTo(250);

            f.send(snapshot("Qwen/Qwen3-8B").setDownloads(50).setLikes(9).setPolledAt(POLL.minusSeconds(86_400)).build());
            ModelRelease r = f.release("Qwen/Qwen3-8B");
            assertThat(r.getDownloads()).isEqualTo(250);
            assertThat(r.getLikes()).isEqualTo(12);
            assertThat(r.getUpdatedAt()).isEqualTo(POLL.plusSeconds(86_400));
        }
    }

    @Test
    void placeholderCreatedAtKeepsItsMonthButHasNoTrustedDateBasis() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(snapshot("openai-community/gpt2").setCreatedAt(Instant.parse("2022-03-02T23:29:04Z"))
                    .setCreatedAtIsPlaceholder(true).setLicense("mit").build());
            ModelRelease r = f.release("openai-community/gpt2");
            assertThat(r.getCreatedAtIsPlaceholder()).isTrue();
            assertThat(r.getDateBasis()).isEqualTo(DateBasis.UNKNOWN);
            assertThat(r.getReleasedAt()).isEqualTo(Instant.parse("2022-03-02T23:29:04Z"));
            assertThat(r.getMonth()).isEqualTo("2022-03");
        }
    }

    @Test
    void placeholderRepoMatchedByEpochTakesThePublicationDate() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(org("openai-community", "openai", "OpenAI", "US", "OpenAI"));
            f.send(epochRow("GPT-2 (1.5B)", "OpenAI", "United States of America", "2019-02-14").build());
            f.send(snapshot("openai-community/gpt2").setCreatedAt(Instant.parse("2022-03-02T23:29:04Z"))
                    .setCreatedAtIsPlaceholder(true).setLicense("mit").build());
            ModelRelease r = f.release("openai-community/gpt2");
            assertThat(r.getEpochModel()).isEqualTo("GPT-2 (1.5B)");
            assertThat(r.getEpochMatch()).isEqualTo(EpochMatcher.EXACT_NAME);
            assertThat(r.getDateBasis()).isEqualTo(DateBasis.PUBLICATION);
            assertThat(r.getMonth()).isEqualTo("2019-02");
            assertThat(r.getHubCreatedAt()).isEqualTo(Instant.parse("2022-03-02T23:29:04Z"));
            assertThat(f.releases()).doesNotContainKey("GPT-2 (1.5B)");
        }
    }

    @Test
    void sizeClassFromSafetensorsElseFromTheName() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(snapshot("bartowski/Qwen3-235B-A22B-GGUF").setLibraryName(null).build());
            f.send(snapshot("mlx-community/Qwen3-30B-A3B-4bit").build());
            f.send(snapshot("Qwen/Qwen2.5-Math-1.5B").setParameterCount(1_543_714_304L).build());
            f.send(snapshot("facebook/opt-125m").build());
            f.send(snapshot("hexgrad/Kokoro-TTS").build());
            Map<String, ModelRelease> out = f.releases();
            assertThat(out.get("bartowski/Qwen3-235B-A22B-GGUF").getParameterCount()).isEqualTo(235_000_000_000L);
            assertThat(out.get("bartowski/Qwen3-235B-A22B-GGUF").getSizeClass()).isEqualTo(SizeClass.FRONTIER);
            assertThat(out.get("mlx-community/Qwen3-30B-A3B-4bit").getSizeClass()).isEqualTo(SizeClass.MEDIUM);
            assertThat(out.get("Qwen/Qwen2.5-Math-1.5B").getParameterCount()).isEqualTo(1_543_714_304L);
            assertThat(out.get("Qwen/Qwen2.5-Math-1.5B").getSizeClass()).isEqualTo(SizeClass.SMALL);
            assertThat(out.get("facebook/opt-125m").getSizeClass()).isEqualTo(SizeClass.TINY);
            assertThat(out.get("hexgrad/Kokoro-TTS").getSizeClass()).isEqualTo(SizeClass.UNKNOWN);
            assertThat(out.get("hexgrad/Kokoro-TTS").getParameterCount()).isNull();
        }
    }

    @Test
    void badIdentitiesAreKeptAsUnknownOrAttributedByTheRepoNamespace() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(QWEN);
            f.send(snapshot("Qwen/Qwen3-4B").setAuthor(null).build());
            f.send(snapshot("gpt2").setAuthor(null).build());
            Map<String, ModelRelease> out = f.releases();
            assertThat(out.get("Qwen/Qwen3-4B").getOriginCountry()).isEqualTo("CN");
            assertThat(out.get("Qwen/Qwen3-4B").getAuthor()).isEqualTo("qwen");
            assertThat(out.get("gpt2").getOriginCountry()).isEqualTo("UNKNOWN");
            assertThat(out.get("gpt2").getAuthor()).isNull();
        }
    }

    @Test
    void epochRowsMatchedExactlyOrWithoutSuffixAndUnmatchedOnesAreReleasesOfTheirOwn() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(QWEN);
            f.send(META);
            f.send(epochRow("Qwen3-235B-A22B", "Alibaba", "China", "2025-04-29").build());
            f.send(epochRow("Llama 3.3 70B", "Meta AI", "United States of America", "2024-12-06").build());
            f.send(epochRow("GLM-4.5", "Zhipu AI,Tsinghua University", "China", "2025-07-28")
                    .setOrganizations(List.of("Zhipu AI", "Tsinghua University"))
                    .setCountries(List.of("China", "China")).setParameters(3.55e11).build());
            f.send(epochRow("Gemini 2.5 Pro", "Google DeepMind", "United States of America", "2025-03-25")
                    .setAccessibility("API access").setOpenWeights(false).build());
            f.send(epochRow("Falcon-H1", "Technology Innovation Institute", "Multinational", "2025-05-21").build());

            f.send(snapshot("Qwen/Qwen3-235B-A22B").build());
            f.send(snapshot("meta-llama/Llama-3.3-70B-Instruct").setLicense("llama3.3").build());
            f.send(snapshot("someone-else/Llama-3.3-70B").build());

            Map<String, ModelRelease> out = f.releases();
            ModelRelease qwen = out.get("Qwen/Qwen3-235B-A22B");
            assertThat(qwen.getEpochModel()).isEqualTo("Qwen3-235B-A22B");
            assertThat(qwen.getEpochMatch()).isEqualTo(EpochMatcher.EXACT_NAME);
            assertThat(qwen.getPublicationDate()).isEqualTo(LocalDate.parse("2025-04-29"));
            assertThat(qwen.getDateBasis()).isEqualTo(DateBasis.HUB_CREATED_AT);

            ModelRelease llama = out.get("meta-llama/Llama-3.3-70B-Instruct");
            assertThat(llama.getEpochModel()).isEqualTo("Llama 3.3 70B");
            assertThat(llama.getEpochMatch()).isEqualTo(EpochMatcher.NAME_WITHOUT_SUFFIX);
            assertThat(out.get("someone-else/Llama-3.3-70B").getEpochModel()).isNull();

            assertThat(out).doesNotContainKeys("Qwen3-235B-A22B", "Llama 3.3 70B", "Gemini 2.5 Pro");
            ModelRelease glm = out.get("GLM-4.5");
            assertThat(glm.getSource()).isEqualTo(ModelSource.EPOCH);
            assertThat(glm.getDateBasis()).isEqualTo(DateBasis.PUBLICATION);
            assertThat(glm.getMonth()).isEqualTo("2025-07");
            assertThat(glm.getOriginCountry()).isEqualTo("CN");
            assertThat(glm.getOriginBloc()).isEqualTo(Bloc.CN);
            assertThat(glm.getOrganizationName()).isEqualTo("Zhipu AI");
            assertThat(glm.getEpochMatch()).isEqualTo(EpochMatcher.EPOCH_ONLY);
            assertThat(glm.getParameterCount()).isEqualTo(355_000_000_000L);
            assertThat(glm.getSizeClass()).isEqualTo(SizeClass.FRONTIER);
            assertThat(glm.getOpenness()).isEqualTo(Openness.OPEN_WEIGHTS_PERMISSIVE);
            assertThat(glm.getModality()).isEqualTo("TEXT");
            assertThat(out.get("Falcon-H1").getOriginCountry()).isEqualTo("UNKNOWN");
        }
    }

    @Test
    void epochOnlyReleaseIsWithdrawnWhenAHubRepoLaterMatchesIt() {
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            f.send(org("zai-org", "zhipu", "Zhipu AI (Z.ai)", "CN", "Zhipu AI", "Zhipu", "GLM"));
            f.send(epochRow("GLM-4.5", "Zhipu AI", "China", "2025-07-28").build());
            assertThat(f.releases()).containsKey("GLM-4.5");
            f.send(snapshot("zai-org/GLM-4.5").setLicense("mit").build());
            Map<String, ModelRelease> out = f.releases();
            assertThat(out).doesNotContainKey("GLM-4.5");
            assertThat(out.get("zai-org/GLM-4.5").getEpochModel()).isEqualTo("GLM-4.5");
        }
    }

    @Test
    void allEpochScopeKeepsClosedRows() {
        try (EnrichmentFixture f = new EnrichmentFixture(EnrichmentSettings.defaults().withEpochScope(EpochScope.ALL))) {
            f.send(epochRow("Gemini 2.5 Pro", "Google DeepMind", "United States of America", "2025-03-25")
                    .setAccessibility("API access").setOpenWeights(false).build());
            assertThat(f.release("Gemini 2.5 Pro").getOpenness()).isEqualTo(Openness.CLOSED);
        }
    }

    @Test
    void openSourceOrgsFromSettingsMakeOsiLicensedModelsOpenSource() {
        try (EnrichmentFixture f = new EnrichmentFixture(EnrichmentSettings.defaults().withOpenSourceOrgIds(java.util.Set.of("allenai")))) {
            f.send(org("allenai", "allenai", "Allen Institute for AI (Ai2)", "US", "Ai2"));
            f.send(snapshot("allenai/OLMo-2-1124-7B").build());
            assertThat(f.release("allenai/OLMo-2-1124-7B").getOpenness()).isEqualTo(Openness.OPEN_SOURCE);
        }
    }

    @Test
    void theSameInputInAnotherOrderEndsInTheSameTable() {
        List<Consumer<EnrichmentFixture>> inputs = List.of(
                f -> f.send(QWEN),
                f -> f.send(META),
                f -> f.send(org("01-ai", "01ai", "01.AI", "CN")),
                f -> f.send(org("qwen", "alibaba-qwen", "Alibaba (Qwen / Tongyi)", "CN", "Alibaba", "Qwen")),
                f -> f.send(snapshot("Qwen/Qwen3-8B").setDownloads(1).setPolledAt(POLL).build()),
                f -> f.send(snapshot("Qwen/Qwen3-8B").setDownloads(2).setPolledAt(POLL.plusSeconds(60)).build()),
                f -> f.send(snapshot("bartowski/Yi-Coder-9B-Chat-GGUF").setBaseModels(List.of("01-ai/Yi-Coder-9B-Chat"))
                        .setBaseModelRelation("quantized").build()),
                f -> f.send(snapshot("meta-llama/Llama-3.3-70B-Instruct").setGated("manual").build()),
                f -> f.send(snapshot("unknown-ns/Thing-7B").build()),
                f -> f.send(epochRow("Qwen3-8B", "Alibaba", "China", "2025-04-29").build()),
                f -> f.send(epochRow("Llama 3.3 70B", "Meta AI", "United States of America", "2024-12-06").build()),
                f -> f.send(epochRow("GLM-4.5", "Zhipu AI", "China", "2025-07-28").build()));

        Map<String, ModelRelease> forward;
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            inputs.forEach(i -> i.accept(f));
            forward = f.releases();
        }
        List<Consumer<EnrichmentFixture>> reversed = new ArrayList<>(inputs);
        java.util.Collections.reverse(reversed);
        Map<String, ModelRelease> backward;
        try (EnrichmentFixture f = new EnrichmentFixture()) {
            reversed.forEach(i -> i.accept(f));
            backward = f.releases();
        }
        assertThat(forward).hasSize(5);
        assertThat(backward).isEqualTo(forward);
        assertThat(forward.get("Qwen/Qwen3-8B").getDownloads()).isEqualTo(2);
        assertThat(forward.get("Qwen/Qwen3-8B").getEpochModel()).isEqualTo("Qwen3-8B");
    }
}
