package org.releaseradar.connectors.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexRoutingTest {

    @Test
    void defaultMapIsTheContractsAndCoversEveryRadarOutputTopic() {
        IndexRouting routing = IndexRouting.parse(IndexRouting.DEFAULT_MAP);

        assertThat(routing.aliases()).containsExactly("radar-alerts", "radar-news", "radar-releases", "radar-stats",
                "radar-stats-org");
        assertThat(routing.unmapped(List.of("radar.releases", "radar.news", "radar.stats.origin-month",
                "radar.stats.org-month", "radar.alerts"))).isEmpty();
        assertThat(routing.aliasFor("radar.orgs")).isEmpty();
    }

    @Test
    void indexNamesFollowElasticsearchsRules() {
        assertThat(IndexRouting.checkIndexName("radar-releases")).isEmpty();
        assertThat(IndexRouting.checkIndexName("Radar")).hasValue("must be lower case");
        assertThat(IndexRouting.checkIndexName("_radar")).isPresent();
        assertThat(IndexRouting.checkIndexName("a*b")).isPresent();
        assertThat(IndexRouting.checkIndexName("..")).isPresent();
        assertThat(IndexRouting.checkIndexName("x".repeat(256))).isPresent();
        assertThatThrownBy(() -> IndexRouting.parse(List.of(" ", ""))).hasMessageContaining("at least one");
    }
}
