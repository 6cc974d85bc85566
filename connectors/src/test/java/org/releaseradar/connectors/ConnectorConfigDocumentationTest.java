package org.releaseradar.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.releaseradar.connectors.common.config.RadarSourceConnector;
import org.releaseradar.connectors.epoch.EpochSourceConnector;
import org.releaseradar.connectors.feeds.FeedSourceConnector;
import org.releaseradar.connectors.orgs.OrgRegistrySourceConnector;

class ConnectorConfigDocumentationTest {

    /** Keys whose value has no constraint to validate (free text or a secret). */
    private static final Set<String> UNVALIDATED = Set.of("basic.auth.user.info", "http.user.agent");

    static Stream<RadarSourceConnector> connectors() {
        return Stream.of(new FeedSourceConnector(), new EpochSourceConnector(), new OrgRegistrySourceConnector());
    }

    @ParameterizedTest
    @MethodSource("connectors")
    void everySettingIsDocumented(RadarSourceConnector connector) {
        ConfigDef def = connector.config();
        assertThat(def.configKeys()).isNotEmpty();
        def.configKeys().values().forEach(key -> {
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(key.group).as(key.name).isNotBlank();
            assertThat(key.displayName).as(key.name).isNotBlank();
            assertThat(key.importance).as(key.name).isNotNull();
            assertThat(key.orderInGroup).as(key.name).isPositive();
            if (!UNVALIDATED.contains(key.name)) {
                assertThat(key.validator).as(key.name + " validator").isNotNull();
            }
        });
    }

    private static List<String> errors(RadarSourceConnector connector, Map<String, String> props, String key) {
        Config config = connector.validate(props);
        return config.configValues().stream().filter(v -> v.name().equals(key)).findFirst()
                .map(ConfigValue::errorMessages).orElseThrow();
    }

    @Test
    void validateExplainsBadFeedUrls() {
        assertThat(errors(new FeedSourceConnector(), Map.of("schema.registry.url", "http://r", "feeds.urls", "ftp://x/feed"),
                "feeds.urls")).singleElement().asString().contains("http:// or https://");
        assertThat(errors(new FeedSourceConnector(), Map.of("schema.registry.url", "http://r", "feeds.urls", ""),
                "feeds.urls")).singleElement().asString().contains("at least one feed URL");
        assertThat(errors(new FeedSourceConnector(), Map.of("schema.registry.url", "http://r",
                "feeds.urls", "https://a/f,https://a/f"), "feeds.urls")).singleElement().asString().contains("twice");
        assertThat(errors(new FeedSourceConnector(), Map.of("schema.registry.url", "http://r",
                "feeds.urls", "https://a/f", "poll.interval.ms", "5"), "poll.interval.ms")).isNotEmpty();
    }

    @Test
    void validateExplainsBadLocationsAndMissingRequiredSettings() {
        assertThat(errors(new OrgRegistrySourceConnector(), Map.of("schema.registry.url", "http://r",
                "orgs.csv.url", "ftp://x/orgs.csv"), "orgs.csv.url")).singleElement().asString().contains("unsupported scheme");
        assertThat(errors(new OrgRegistrySourceConnector(), Map.of("schema.registry.url", "http://r"), "orgs.csv.url"))
                .isNotEmpty();
        assertThat(errors(new EpochSourceConnector(), Map.of(), "schema.registry.url")).isNotEmpty();
        assertThat(errors(new EpochSourceConnector(), Map.of("schema.registry.url", "http://r"), "epoch.csv.url")).isEmpty();
    }

    @Test
    void feedsAreSpreadOverTasks() {
        FeedSourceConnector connector = new FeedSourceConnector();
        connector.start(Map.of("schema.registry.url", "http://r", "feeds.urls", "https://a/1,https://a/2,https://a/3"));
        List<Map<String, String>> tasks = connector.taskConfigs(2);
        assertThat(tasks).hasSize(2);
        assertThat(tasks).extracting(t -> t.get("feeds.urls")).containsExactly("https://a/1,https://a/2", "https://a/3");
        assertThat(connector.taskConfigs(10)).hasSize(3);
    }
}
