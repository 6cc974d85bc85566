package org.releaseradar.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.releaseradar.schemas.avro.SizeClass;

class SizeClassesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "meta-llama/Llama-3.1-8B, 8000000000",
            "meta-llama/Llama-3.3-70B-Instruct, 70000000000",
            "nbeerbower/llama-3-gutenberg-8b, 8000000000",
            "Qwen/Qwen2.5-Math-1.5B, 1500000000",
            "Qwen/Qwen3-30B-A3B, 30000000000",
            "Qwen/Qwen3-235B-A22B-Instruct-2507, 235000000000",
            "facebook/opt-125m, 125000000",
            "google/gemma-3n-E4B, null",
            "mistralai/Mixtral-8x7B-v0.1, null",
            "microsoft/Phi-3-mini-4k-instruct, null",
            "gpt2, null"})
    void parsesTheTotalFromTheNameIgnoringActiveAndEffectiveCounts(String repoId, Long expected) {
        assertThat(SizeClasses.parameterCountFromName(repoId)).isEqualTo(expected);
    }

    @Test
    void safetensorsTotalWinsOverTheName() {
        assertThat(SizeClasses.parameterCount(7_615_616_512L, "Qwen/Qwen2.5-7B")).isEqualTo(7_615_616_512L);
        assertThat(SizeClasses.parameterCount(null, "Qwen/Qwen2.5-7B")).isEqualTo(7_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, UNKNOWN", "999999999, TINY", "1000000000, SMALL",
            "9999999999, SMALL", "10000000000, MEDIUM", "49999999999, MEDIUM", "50000000000, LARGE",
            "199999999999, LARGE", "200000000000, FRONTIER"})
    void classBoundaries(Long parameters, SizeClass expected) {
        assertThat(SizeClasses.of(parameters)).isEqualTo(expected);
    }
}
