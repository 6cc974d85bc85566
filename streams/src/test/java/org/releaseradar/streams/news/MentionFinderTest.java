package org.releaseradar.streams.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.schemas.avro.MentionKind;
import org.releaseradar.schemas.avro.Organization;

class MentionFinderTest {

    static List<Organization> registry;
    static MentionFinder finder;

    @BeforeAll
    static void compile() throws Exception {
        registry = FeedFixtures.registry();
        NewsLinkingSettings settings = NewsLinkingSettings.defaults();
        finder = MentionFinder.compile(LinkableOrg.byOrgId(registry), ModelFamilies.load(settings), settings);
    }

    static List<String> orgs(String text) {
        return finder.find("", text).stream().map(MentionFinder.FoundMention::orgId).filter(Objects::nonNull)
                .distinct().toList();
    }

    static List<String> models(String text) {
        return finder.find("", text).stream().filter(m -> m.kind() == MentionKind.MODEL)
                .map(MentionFinder.FoundMention::name).toList();
    }

    @Test
    void wordBoundariesAndCase() {
        assertThat(orgs("Good metadata and the metaverse are not companies.")).isEmpty();
        assertThat(orgs("Meta-learning trains models that learn to learn.")).isEmpty();
        assertThat(orgs("Meta's new open model weights are out.")).containsExactly("meta");
        assertThat(orgs("Violent mistrals hit the valley; the mistral blew.")).isEmpty();
        assertThat(orgs("Run the model with llama.cpp or Llama.cpp on a laptop.")).containsExactly("ggml");
        assertThat(orgs("Sakana AI trained TinySwallow-1.5B.")).containsExactly("sakana");
        assertThat(orgs("The model is on Ollama.")).isEmpty();
        assertThat(orgs("fair benchmarks for llm models")).isEmpty();
    }

    @Test
    void ambiguousNamesNeedAnAiCue() {
        assertThat(orgs("Apple orchards report a record harvest; Apple prices may dip.")).isEmpty();
        assertThat(orgs("A SpaceX Falcon 9 rocket lifted off carrying satellites.")).isEmpty();
        assertThat(orgs("Gemma Holt reopened her shop; every gem has a story, says Gemma.")).isEmpty();
        assertThat(orgs("Falcon 2 11B is a multilingual model.")).containsExactly("tii");
        assertThat(orgs("TII released Falcon-H1.")).containsExactly("tii");
        assertThat(orgs("Fine-tunes built on Llama outnumber the rest.")).containsExactly("meta");
        assertThat(orgs("Meta's Llama 3.3 matches 405B performance.")).containsExactly("meta");
        assertThat(orgs("ELYZA's Llama-based releases are popular.")).containsExactly("elyza");
    }

    @Test
    void modelNamesCarryTheirVersion() {
        assertThat(models("Alibaba released Qwen3-Coder and Qwen2.5-Math; DeepSeek-V3.1 and Kimi K2 followed."))
                .containsExactly("Qwen3-Coder", "Qwen2.5-Math", "DeepSeek-V3.1", "Kimi K2");
        assertThat(models("Meta released Llama 3.1 in 8B and 405B sizes.")).containsExactly("Llama 3.1");
        assertThat(models("Microsoft trained Phi-4-reasoning on o3-mini-generated traces."))
                .containsExactly("Phi-4-reasoning", "o3-mini");
        assertThat(models("Black Forest Labs launched FLUX.1 [dev].")).containsExactly("FLUX.1");
        assertThat(orgs("GPT-2 in 2019; GPT-SW3 from Sweden; GPT4All runs locally."))
                .containsExactly("openai", "ai-sweden", "nomic");
        assertThat(orgs("Yi to the rescue")).isEmpty();
    }

    @Test
    void oneOrgMentionPerOrganisationWithASnippetFromTheSummary() {
        List<MentionFinder.FoundMention> found = finder.find("Zhipu AI ships GLM-4.5",
                "Beijing-based Zhipu AI, now branding itself Z.ai, released GLM-4.5 (355B total, 32B active) and "
                        + "GLM-4.5-Air under the MIT licence, and said a larger model would follow later this year.");
        assertThat(found).extracting(MentionFinder.FoundMention::kind, MentionFinder.FoundMention::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MentionKind.ORG, "Zhipu AI"),
                        org.assertj.core.groups.Tuple.tuple(MentionKind.MODEL, "GLM-4.5"),
                        org.assertj.core.groups.Tuple.tuple(MentionKind.MODEL, "GLM-4.5-Air"));
        assertThat(found.get(0).snippet()).startsWith("Beijing-based Zhipu AI").endsWith("\u2026");
        assertThat(found.get(0).snippet().length()).isLessThanOrEqualTo(121);
        assertThat(finder.find("Zhipu AI ships", "No names here.").get(0).snippet()).isNull();
    }

    @Test
    void snippetsAreWordAligned() {
        String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen";
        int at = text.indexOf("eight");
        String snippet = Snippets.around(text, at, at + 5, 30);
        assertThat(snippet).startsWith("\u2026").endsWith("\u2026").contains("eight");
        String core = snippet.substring(1, snippet.length() - 1);
        assertThat(text).contains(core);
        assertThat(text.charAt(text.indexOf(core) - 1)).isEqualTo(' ');
        assertThat(Snippets.around("short", 0, 5, 30)).isEqualTo("short");
    }

    @Test
    void everyBundledFamilyPointsAtARegistryOrganisation() {
        Set<String> ids = registry.stream().map(Organization::getOrgId).collect(Collectors.toSet());
        assertThat(ModelFamilies.load(NewsLinkingSettings.defaults()).families())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(ids).as(f.name()).contains(f.orgId()));
    }

    @Test
    void familiesCanComeFromAConfiguredFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("families.csv");
        Files.writeString(file, "family,org_id,version_required\nZephyr,huggingface,true\n");
        NewsLinkingSettings settings = NewsLinkingSettings.defaults().withModelFamiliesFile(file);
        MentionFinder custom = MentionFinder.compile(LinkableOrg.byOrgId(registry), ModelFamilies.load(settings), settings);
        assertThat(custom.find("", "Zephyr-7B and a zephyr breeze").stream().map(MentionFinder.FoundMention::name))
                .containsExactly("Zephyr-7B");
        assertThatThrownBy(() -> ModelFamilies.parse(new StringReader("name,org\nx,y\n"), "bad"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Sizes the registry-change check: how long a fingerprint, a rebuild and a match take on the full registry. */
    @Test
    void registryFingerprintAndRebuildAreCheap() {
        NewsLinkingSettings settings = NewsLinkingSettings.defaults();
        ModelFamilies families = ModelFamilies.load(settings);
        int rounds = 200;
        long fingerprint = 0;
        long rebuild = 0;
        long match = 0;
        String title = "Alibaba's Qwen3-Coder and Moonshot's Kimi K2 lead July";
        String summary = "In July, Chinese labs released several leading open models: Alibaba's Qwen3-Coder and "
                + "updated Qwen3, Zhipu AI (Z.ai)'s GLM-4.5 and Moonshot's Kimi K2. US labs released no comparable "
                + "open-weights models that month; OpenAI again delayed its promised open model.";
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            RegistryFingerprint.of(registry);
            long t1 = System.nanoTime();
            MentionFinder f = MentionFinder.compile(LinkableOrg.byOrgId(registry), families, settings);
            long t2 = System.nanoTime();
            f.find(title, summary);
            long t3 = System.nanoTime();
            if (i >= rounds / 2) {
                fingerprint += t1 - t0;
                rebuild += t2 - t1;
                match += t3 - t2;
            }
        }
        int measured = rounds / 2;
        System.out.printf("News matcher on %d registry records, %d spellings: fingerprint %d us, rebuild %d us, "
                        + "match one article %d us%n", registry.size(), finder.ruleCount(),
                fingerprint / measured / 1000, rebuild / measured / 1000, match / measured / 1000);
        assertThat(finder.ruleCount()).isGreaterThan(500);
    }
}
