package org.releaseradar.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertIdsTest {

    @Test
    void idsAre32HexCharsAndDependOnlyOnRuleAndSubject() {
        String id = AlertIds.of("watched", "deepseek-ai/DeepSeek-V3.1");

        assertThat(id).hasSize(32).matches("[0-9a-f]{32}").isEqualTo(AlertIds.of("watched", "deepseek-ai/DeepSeek-V3.1"));
        assertThat(id).isNotEqualTo(AlertIds.of("other-rule", "deepseek-ai/DeepSeek-V3.1"))
                .isNotEqualTo(AlertIds.of("watched", "deepseek-ai/DeepSeek-V3"));
    }

    @Test
    void partsAreSeparatedSoDifferentSplitsDiffer() {
        assertThat(AlertIds.of("r", "ab", "c")).isNotEqualTo(AlertIds.of("r", "a", "bc"));
    }
}
