package org.releaseradar.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.streams.enrich.EnrichmentFixture.epochRow;
import static org.releaseradar.streams.enrich.EnrichmentFixture.org;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.EpochModel;
import org.releaseradar.schemas.avro.Organization;

class EpochMatcherTest {

    private static final Organization ZHIPU = org("zai-org", "zhipu", "Zhipu AI (Z.ai)", "CN", "Zhipu AI", "GLM");

    @Test
    void keysMeetAcrossSpellingsAndSuffixes() {
        assertThat(EpochMatcher.key("Llama-3.3-70B-Instruct")).isEqualTo(EpochMatcher.key("Llama 3.3 70B"));
        assertThat(EpochMatcher.key("Qwen3-235B-A22B (Jul 2025)")).isEqualTo(EpochMatcher.key("Qwen3-235B-A22B"));
        assertThat(EpochMatcher.key("gemma-3-27b-it")).isEqualTo(EpochMatcher.key("Gemma 3 27B"));
        assertThat(EpochMatcher.key("Base")).isEqualTo("base");
    }

    @Test
    void exactBeatsSuffixAndTheOrganisationMustFit() {
        EpochModel exact = epochRow("GLM-4.5-Base", "Zhipu AI", "China", "2025-07-28").build();
        EpochModel stripped = epochRow("GLM-4.5", "Zhipu AI", "China", "2025-07-28").build();
        EpochModel otherOrg = epochRow("GLM-4.5", "Someone Else", "China", "2025-07-28").build();

        assertThat(EpochMatcher.match("zai-org/GLM-4.5-Base", "zai-org", ZHIPU, List.of(stripped, exact)))
                .get().satisfies(m -> {
                    assertThat(m.epoch().getModel()).isEqualTo("GLM-4.5-Base");
                    assertThat(m.how()).isEqualTo(EpochMatcher.EXACT_NAME);
                });
        assertThat(EpochMatcher.match("zai-org/GLM-4.5-Base", "zai-org", ZHIPU, List.of(stripped)))
                .get().extracting(EpochMatcher.Match::how).isEqualTo(EpochMatcher.NAME_WITHOUT_SUFFIX);
        assertThat(EpochMatcher.match("zai-org/GLM-4.5", "zai-org", ZHIPU, List.of(otherOrg))).isEmpty();
        assertThat(EpochMatcher.match("someone/GLM-4.5", "someone", null, List.of(stripped))).isEmpty();
    }
}
