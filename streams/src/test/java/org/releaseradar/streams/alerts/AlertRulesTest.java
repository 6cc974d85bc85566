package org.releaseradar.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.streams.StreamsSerdes;

class AlertRulesTest {

    private final StreamsSerdes serdes = new StreamsSerdes(new InMemorySchemaRegistry(), Map.of());

    @Test
    void theBundledRulesBuildOneTopologyWritingRadarAlerts() {
        StreamsBuilder builder = new StreamsBuilder();
        AlertRules.build(builder, serdes, AlertSettings.load(RulesFileTest.BUNDLED));

        String description = builder.build().describe().toString();
        assertThat(description).contains(Topics.RELEASES, Topics.NEWS, Topics.STATS_ORIGIN_MONTH, Topics.ALERTS)
                .contains("alerts-watched-lab-release-fired", "alerts-cn-us-release-gap-month-counts",
                        "alerts-downloads-milestone-reached", "alerts-org-news-burst-articles", "alerts-unregistered-namespace-fired");
    }

    @Test
    void onlyTheTopicsSomeRuleReadsAreSubscribed() {
        StreamsBuilder builder = new StreamsBuilder();
        AlertRules.build(builder, serdes, new AlertSettings(Path.of("r.json"), RulesFile.parse("r.json", """
                {"rules": [{"id": "b", "kind": "news-burst", "severity": "INFO", "min_articles": 3}]}""")));

        String description = builder.build().describe().toString();
        assertThat(description).contains(Topics.NEWS).doesNotContain(Topics.RELEASES, Topics.STATS_ORIGIN_MONTH);
    }

    @Test
    void noRulesBuildNothing() {
        StreamsBuilder builder = new StreamsBuilder();
        AlertRules.build(builder, serdes, new AlertSettings(Path.of("r.json"), List.of()));

        assertThat(builder.build().describe().subtopologies()).isEmpty();
    }

    @Test
    void rulesOfEveryKindFireTogetherIntoOneTopic() {
        try (AlertsDriver driver = new AlertsDriver(AlertSettings.load(RulesFileTest.BUNDLED))) {
            driver.release(Inputs.deepSeekV31(2_000_000));
            assertThat(driver.alerts()).extracting(kv -> kv.value.getRule())
                    .containsExactlyInAnyOrder("watched-lab-release", "downloads-milestone");
        }
    }

}
