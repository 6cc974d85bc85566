package org.releaseradar.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.streams.aggregate.AggregationSettings;
import org.releaseradar.streams.alerts.AlertSettings;
import org.releaseradar.streams.enrich.EnrichmentSettings;
import org.releaseradar.streams.news.NewsLinkingSettings;

class RadarTopologyTest {

    static Path dataDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !dir.resolve("data").resolve("alert-rules.json").toFile().isFile()) {
            dir = dir.getParent();
        }
        return dir.resolve("data");
    }

    @Test
    void everyStageFitsInOneApplication() {
        StreamsSerdes serdes = new StreamsSerdes(new InMemorySchemaRegistry(), Map.of("schema.registry.url", "mock://radar"));
        RadarTopology.Settings settings = new RadarTopology.Settings(EnrichmentSettings.defaults(), NewsLinkingSettings.defaults(),
                AggregationSettings.defaults(), AlertSettings.load(dataDir().resolve("alert-rules.json")));
        Properties config = new StreamsAppSettings("127.0.0.1:9", "mock://radar", "radar-test", Path.of("target/state"),
                Map.of()).toProperties();

        List<RadarTopology.Application> apps = RadarTopology.build(serdes, settings, config);

        assertThat(apps).extracting(RadarTopology.Application::applicationId)
                .containsExactly("radar-test", "radar-test-news");
        assertThat(apps.get(0).topology().describe().toString()).contains(Topics.HF_MODELS, Topics.ORGS,
                Topics.EPOCH_MODELS, Topics.RELEASES, Topics.NEWS, Topics.STATS_ORIGIN_MONTH, Topics.STATS_ORG_MONTH,
                Topics.ALERTS);
        assertThat(apps.get(1).topology().describe().toString()).contains(Topics.NEWS_RAW, Topics.ORGS, Topics.NEWS);
    }
}
