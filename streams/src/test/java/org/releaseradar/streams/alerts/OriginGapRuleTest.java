package org.releaseradar.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.schemas.avro.OriginMonthStats;

class OriginGapRuleTest {

    private final AlertsDriver driver = new AlertsDriver("""
            {"rules": [{"id": "cn-us", "kind": "origin-gap", "severity": "WARNING",
                        "leading_origin": "CN", "min_leading_releases": 3, "lagging_origin": "US"}]}
            """);

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void firesWhenTheLeadingOriginReachesTheMinimumAndTheLaggingOneHasNone() {
        driver.stats(Inputs.stats("US", "2025-07", 0, "2025-07-02T00:00:00Z"));
        driver.stats(Inputs.stats("CN", "2025-07", 2, "2025-07-10T00:00:00Z"));
        assertThat(driver.alerts()).as("2 < 3").isEmpty();

        driver.stats(Inputs.stats("CN", "2025-07", 3, "2025-07-28T08:00:00Z", "zai-org/GLM-4.5", "Qwen/Qwen3-Coder-480B-A35B-Instruct"));

        assertThat(driver.alerts()).singleElement().satisfies(kv -> {
            Alert alert = kv.value;
            assertThat(kv.key).isEqualTo(alert.getId()).isEqualTo(AlertIds.of("cn-us", "2025-07"));
            assertThat(alert.getTitle()).isEqualTo("2025-07: 3 mainline releases from CN, none from US");
            assertThat(alert.getText()).startsWith("In 2025-07 (UTC), organisations from CN published 3 mainline model releases"
                    + " while those from US published none").contains("zai-org/GLM-4.5");
            assertThat(alert.getFacts()).containsEntry("month", "2025-07").containsEntry("leading_mainline_releases", "3")
                    .containsEntry("lagging_mainline_releases", "0").containsEntry("leading_origin", "CN")
                    .containsEntry("lagging_origin", "US");
            assertThat(alert.getLinks()).containsExactly("https://huggingface.co/zai-org/GLM-4.5",
                    "https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct");
            assertThat(alert.getMonth()).isEqualTo("2025-07");
            assertThat(alert.getOrigin()).isEqualTo("CN");
            assertThat(alert.getCreatedAt()).isEqualTo(Instant.parse("2025-07-28T08:00:00Z"));
        });
    }

    @Test
    void anEpochOnlyTopModelIsNamedButNotLinked() {
        driver.stats(Inputs.stats("CN", "2025-07", 3, "2025-07-28T08:00:00Z", "Qwen3-235B-A22B (Jul 2025)", "zai-org/GLM-4.5"));

        assertThat(driver.alerts()).singleElement().satisfies(kv -> {
            assertThat(kv.value.getText()).contains("Qwen3-235B-A22B (Jul 2025)");
            assertThat(kv.value.getLinks()).containsExactly("https://huggingface.co/zai-org/GLM-4.5");
        });
    }

    @Test
    void anOriginWithoutARowCountsAsNone() {
        driver.stats(Inputs.stats("CN", "2025-07", 4, "2025-07-28T08:00:00Z"));

        assertThat(driver.alerts()).hasSize(1);
    }

    @Test
    void firesOncePerMonthAndIsNotRetractedWhenTheGapCloses() {
        driver.stats(Inputs.stats("CN", "2025-07", 3, "2025-07-20T00:00:00Z"));
        driver.stats(Inputs.stats("CN", "2025-07", 5, "2025-07-25T00:00:00Z"));
        driver.stats(Inputs.stats("US", "2025-07", 1, "2025-07-30T00:00:00Z"));
        driver.stats(Inputs.stats("US", "2025-07", 0, "2025-07-31T00:00:00Z"));
        driver.stats(Inputs.stats("CN", "2025-07", 3, "2025-07-20T00:00:00Z"));

        assertThat(driver.alerts()).hasSize(1);
    }

    @Test
    void doesNotFireWhileTheLaggingOriginHasReleasesAndKeepsMonthsApart() {
        driver.stats(Inputs.stats("US", "2025-08", 1, "2025-08-02T00:00:00Z"));
        driver.stats(Inputs.stats("CN", "2025-08", 6, "2025-08-30T00:00:00Z"));
        assertThat(driver.alerts()).isEmpty();

        driver.stats(Inputs.stats("CN", "2025-09", 3, "2025-09-30T00:00:00Z"));
        assertThat(driver.alerts()).singleElement()
                .satisfies(kv -> assertThat(kv.key).isEqualTo(AlertIds.of("cn-us", "2025-09")));
    }

    @Test
    void aDeletedLaggingRowCountsAsNone() {
        driver.stats(Inputs.stats("US", "2025-07", 1, "2025-07-02T00:00:00Z"));
        driver.stats(Inputs.stats("CN", "2025-07", 3, "2025-07-28T08:00:00Z"));
        assertThat(driver.alerts()).isEmpty();

        // The US release moved to another month (or was withdrawn): its row is a tombstone, US now has none.
        driver.deleteStats("US", "2025-07", Instant.parse("2025-07-29T00:00:00Z"));

        assertThat(driver.alerts()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(AlertIds.of("cn-us", "2025-07"));
            assertThat(kv.value.getFacts()).containsEntry("leading_mainline_releases", "3")
                    .containsEntry("lagging_mainline_releases", "0");
            assertThat(kv.value.getCreatedAt()).isEqualTo(Instant.parse("2025-07-29T00:00:00Z"));
        });
    }

    @Test
    void aDeletedLeadingRowNoLongerCountsItsReleases() {
        driver.stats(Inputs.stats("US", "2025-07", 1, "2025-07-10T00:00:00Z"));
        driver.stats(Inputs.stats("CN", "2025-07", 3, "2025-07-11T00:00:00Z"));
        driver.deleteStats("CN", "2025-07", Instant.parse("2025-07-12T00:00:00Z"));
        // US keeps a row (e.g. a derivative) but no mainline release; CN has nothing left that month.
        driver.stats(Inputs.stats("US", "2025-07", 0, "2025-07-13T00:00:00Z"));

        assertThat(driver.alerts()).as("CN has no release in 2025-07 any more").isEmpty();
    }

    @Test
    void blocLevelRowsAreNotMistakenForCountries() {
        OriginMonthStats bloc = OriginMonthStats.newBuilder(Inputs.stats("CN", "2025-07", 9, "2025-07-28T08:00:00Z"))
                .setOriginLevel(OriginLevel.BLOC).build();
        driver.stats(bloc);

        assertThat(driver.alerts()).isEmpty();
    }

    @Test
    void withASettleTimeALateLaggingRowStopsTheAlertThatWouldHaveFired() {
        try (AlertsDriver settling = new AlertsDriver("""
                {"rules": [{"id": "cn-us", "kind": "origin-gap", "severity": "WARNING", "leading_origin": "CN",
                            "min_leading_releases": 3, "lagging_origin": "US", "settle_seconds": 30}]}
                """)) {
            // A backfill: CN's row of 2025-07 arrives before US's.
            settling.stats(Inputs.stats("CN", "2025-07", 3, "2025-07-28T08:00:00Z", "zai-org/GLM-4.5"));
            settling.advanceWallClock(java.time.Duration.ofSeconds(10));
            assertThat(settling.alerts()).as("not settled yet").isEmpty();
            settling.stats(Inputs.stats("US", "2025-07", 6, "2025-07-29T08:00:00Z"));
            settling.advanceWallClock(java.time.Duration.ofSeconds(60));
            assertThat(settling.alerts()).as("the gap closed before it settled").isEmpty();

            // A month that really has none from the US fires once its counts held still for 30 s.
            settling.stats(Inputs.stats("CN", "2025-01", 3, "2025-01-20T08:00:00Z"));
            settling.advanceWallClock(java.time.Duration.ofSeconds(20));
            settling.stats(Inputs.stats("CN", "2025-01", 4, "2025-01-27T08:00:00Z"));
            settling.advanceWallClock(java.time.Duration.ofSeconds(20));
            assertThat(settling.alerts()).as("a change restarts the wait").isEmpty();
            settling.advanceWallClock(java.time.Duration.ofSeconds(15));
            assertThat(settling.alerts()).singleElement().satisfies(kv ->
                    assertThat(kv.value.getTitle()).isEqualTo("2025-01: 4 mainline releases from CN, none from US"));
        }
    }
}
