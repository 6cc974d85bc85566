package org.releaseradar.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSource;
import org.releaseradar.schemas.avro.Severity;

class WatchedReleaseRuleTest {

    private final AlertsDriver driver = new AlertsDriver("""
            {"rules": [{"id": "watched", "kind": "watched-release", "severity": "NOTICE",
                        "organizations": ["deepseek"], "origins": ["FR"], "max_age_days": 14}]}
            """);

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void firesForAMainlineReleaseOfAWatchedOrganisation() {
        driver.release(Inputs.deepSeekV31(12_345));

        List<KeyValue<String, Alert>> alerts = driver.alerts();
        assertThat(alerts).hasSize(1);
        Alert alert = alerts.get(0).value;
        assertThat(alerts.get(0).key).isEqualTo(alert.getId()).isEqualTo(AlertIds.of("watched", "deepseek-ai/DeepSeek-V3.1"));
        assertThat(alert.getRule()).isEqualTo("watched");
        assertThat(alert.getSeverity()).isEqualTo(Severity.NOTICE);
        assertThat(alert.getTitle()).isEqualTo("DeepSeek released deepseek-ai/DeepSeek-V3.1");
        assertThat(alert.getText()).startsWith(
                "DeepSeek (CN) released deepseek-ai/DeepSeek-V3.1 (685B parameters, MIT license) on 2025-08-21;")
                .contains("12,345 downloads").contains("watched organisation deepseek");
        assertThat(alert.getFacts()).containsEntry("repo_id", "deepseek-ai/DeepSeek-V3.1").containsEntry("organization", "deepseek")
                .containsEntry("origin", "CN").containsEntry("month", "2025-08").containsEntry("matched_by", "organization")
                .containsEntry("parameter_count", "685000000000").containsEntry("license", "mit");
        assertThat(alert.getLinks()).containsExactly("https://huggingface.co/deepseek-ai/DeepSeek-V3.1");
        assertThat(alert.getOrigin()).isEqualTo("CN");
        assertThat(alert.getOrganization()).isEqualTo("deepseek");
        assertThat(alert.getMonth()).isEqualTo("2025-08");
        assertThat(alert.getCreatedAt()).as("event time, not wall clock").isEqualTo(Instant.parse("2025-08-21T00:00:00Z"));
    }

    @Test
    void firesForAWatchedOriginWhateverTheOrganisation() {
        driver.release(Inputs.release("mistralai/Magistral-Small").setOrganizationId("mistral").setOrganizationName("Mistral AI")
                .setOriginCountry("FR").build());

        assertThat(driver.alerts()).singleElement().satisfies(kv -> assertThat(kv.value.getFacts()).containsEntry("matched_by", "origin"));
    }

    @Test
    void ignoresDerivativesUnwatchedPublishersAndOldReleasesSeenLate() {
        driver.release(Inputs.release("deepseek-ai/DeepSeek-V3.1-GGUF").setRelation(LineageRelation.QUANTIZED).build());
        driver.release(Inputs.release("Qwen/Qwen3-8B").setOrganizationId("alibaba-qwen").setOriginCountry("CN").build());
        driver.release(Inputs.release("someone/model").setOrganizationId(null).setOriginCountry("UNKNOWN").build());
        driver.release(Inputs.release("deepseek-ai/DeepSeek-V2").setReleasedAt(Instant.parse("2024-05-06T00:00:00Z")).build());

        assertThat(driver.alerts()).isEmpty();
    }

    @Test
    void anOldEpochOnlyReleaseReadForTheFirstTimeIsNotNew() {
        // Epoch-only releases carry updated_at = released_at (no poll time), so their age must come from when Radar
        // read the row: the record time. A first run over Epoch's history must not announce every old model.
        Instant published = Instant.parse("2023-12-11T00:00:00Z");
        driver.release(ModelRelease.newBuilder(Inputs.deepSeekV31(0)).setRepoId("Mixtral 8x7B").setSource(ModelSource.EPOCH).setAuthor(null).setOrganizationId(null)
                .setOrganizationName("Mistral AI").setOriginCountry("FR").setReleasedAt(published).setUpdatedAt(published)
                .setMonth("2023-12").build(), Instant.parse("2026-05-02T10:00:00Z"));
        assertThat(driver.alerts()).as("read 2.4 years after publication").isEmpty();

        Instant recent = Instant.parse("2026-04-28T00:00:00Z");
        driver.release(ModelRelease.newBuilder(Inputs.deepSeekV31(0)).setRepoId("Magistral Medium 2").setSource(ModelSource.EPOCH).setAuthor(null).setOrganizationId(null)
                .setOrganizationName("Mistral AI").setOriginCountry("FR").setReleasedAt(recent).setUpdatedAt(recent)
                .setMonth("2026-04").build(), Instant.parse("2026-05-02T10:00:00Z"));
        assertThat(driver.alerts()).as("read 4 days after publication").singleElement()
                .satisfies(kv -> assertThat(kv.key).isEqualTo(AlertIds.of("watched", "Magistral Medium 2")));
    }

    @Test
    void anUpdatedOrReplayedReleaseDoesNotFireAgain() {
        driver.release(Inputs.deepSeekV31(100));
        driver.release(Inputs.deepSeekV31(250_000));
        driver.release(Inputs.deepSeekV31(100));
        driver.release(Inputs.deepSeekV31(250_000));

        assertThat(driver.alerts()).hasSize(1);
    }
}
