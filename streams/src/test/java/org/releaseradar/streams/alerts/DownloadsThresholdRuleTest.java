package org.releaseradar.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.LineageRelation;

class DownloadsThresholdRuleTest {

    private final AlertsDriver driver = new AlertsDriver("""
            {"rules": [{"id": "milestone", "kind": "downloads-threshold", "severity": "INFO",
                        "thresholds": [10000000, 1000000]}]}
            """);

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void firesOncePerModelAndThreshold() {
        driver.release(Inputs.deepSeekV31(999_999));
        assertThat(driver.alerts()).as("below the threshold").isEmpty();

        driver.release(Inputs.deepSeekV31(1_000_000));
        driver.release(Inputs.deepSeekV31(2_500_000));
        driver.release(Inputs.deepSeekV31(1_000_000));
        List<KeyValue<String, Alert>> first = driver.alerts();
        assertThat(first).hasSize(1);
        Alert alert = first.get(0).value;
        assertThat(first.get(0).key).isEqualTo(AlertIds.of("milestone", "deepseek-ai/DeepSeek-V3.1", "1000000"));
        assertThat(alert.getTitle()).isEqualTo("deepseek-ai/DeepSeek-V3.1 passed 1,000,000 downloads");
        assertThat(alert.getText()).contains("had 1,000,000 all-time downloads").contains("2025-08-22 06:00 UTC");
        assertThat(alert.getFacts()).containsEntry("threshold", "1000000").containsEntry("downloads_all_time", "1000000")
                .containsEntry("repo_id", "deepseek-ai/DeepSeek-V3.1");
        assertThat(alert.getCreatedAt()).isEqualTo(Instant.parse("2025-08-22T06:00:00Z"));

        driver.release(Inputs.deepSeekV31(10_000_001));
        assertThat(driver.alerts()).singleElement()
                .satisfies(kv -> assertThat(kv.key).isEqualTo(AlertIds.of("milestone", "deepseek-ai/DeepSeek-V3.1", "10000000")));
    }

    @Test
    void aModelFirstSeenPastSeveralThresholdsGetsOnlyTheHighest() {
        driver.release(Inputs.release("Qwen/Qwen2.5-7B").setDownloadsAllTime(50_000_000).build());
        driver.release(Inputs.release("Qwen/Qwen2.5-7B").setDownloadsAllTime(50_000_000).build());

        assertThat(driver.alerts()).singleElement()
                .satisfies(kv -> assertThat(kv.value.getFacts()).containsEntry("threshold", "10000000"));
    }

    @Test
    void derivativesAreIgnoredWhenMainlineOnly() {
        driver.release(Inputs.release("unsloth/DeepSeek-V3.1-GGUF").setRelation(LineageRelation.QUANTIZED)
                .setDownloadsAllTime(5_000_000).build());

        assertThat(driver.alerts()).isEmpty();
    }
}
