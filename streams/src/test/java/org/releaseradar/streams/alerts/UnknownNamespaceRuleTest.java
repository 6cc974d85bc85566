package org.releaseradar.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.Alert;

class UnknownNamespaceRuleTest {

    private final AlertsDriver driver = new AlertsDriver("""
            {"rules": [{"id": "gap-ns", "kind": "unknown-namespace", "severity": "WARNING", "min_downloads_all_time": 100000}]}
            """);

    @AfterEach
    void close() {
        driver.close();
    }

    private static org.releaseradar.schemas.avro.ModelRelease unregistered(String repoId, long downloads) {
        return Inputs.release(repoId).setOrganizationId(null).setOrganizationName(null).setOriginCountry("UNKNOWN")
                .setDownloadsAllTime(downloads).build();
    }

    @Test
    void firesOncePerNamespaceAtTheThreshold() {
        driver.release(unregistered("intfloat/e5-small", 99_999));
        assertThat(driver.alerts()).as("below the threshold").isEmpty();

        driver.release(unregistered("intfloat/e5-small", 150_000));
        driver.release(unregistered("intfloat/e5-small", 400_000));
        driver.release(unregistered("intfloat/e5-large", 900_000));

        assertThat(driver.alerts()).singleElement().satisfies(kv -> {
            Alert alert = kv.value;
            assertThat(kv.key).isEqualTo(alert.getId()).isEqualTo(AlertIds.of("gap-ns", "intfloat"));
            assertThat(alert.getTitle()).isEqualTo("Unregistered namespace intfloat has a model with 150,000 downloads");
            assertThat(alert.getText()).contains("intfloat/e5-small").contains("threshold 100,000").contains("data/orgs.csv");
            assertThat(alert.getFacts()).containsEntry("author", "intfloat").containsEntry("repo_id", "intfloat/e5-small")
                    .containsEntry("downloads_all_time", "150000");
            assertThat(alert.getLinks()).containsExactly("https://huggingface.co/intfloat/e5-small", "https://huggingface.co/intfloat");
            assertThat(alert.getOrigin()).isEqualTo("UNKNOWN");
            assertThat(alert.getOrganization()).isNull();
        });
    }

    @Test
    void registeredOrganisationsAndKnownOriginsNeverFire() {
        driver.release(Inputs.release("deepseek-ai/DeepSeek-R1").setDownloadsAllTime(5_000_000).build());
        driver.release(Inputs.release("bartowski/x-GGUF").setOrganizationId("bartowski").setOriginCountry("UNKNOWN")
                .setDownloadsAllTime(5_000_000).build());

        assertThat(driver.alerts()).isEmpty();
    }
}
