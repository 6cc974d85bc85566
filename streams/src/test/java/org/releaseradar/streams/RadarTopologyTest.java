package org.releaseradar.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.streams.aggregate.AggregationSettings;
import org.releaseradar.streams.alerts.AlertSettings;
import org.releaseradar.streams.enrich.EnrichmentSettings;

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
        RadarTopology.Settings settings = new RadarTopology.Settings(EnrichmentSettings.defaults(),
                AggregationSettings.defaults(), AlertSettings.load(dataDir().resolve("alert-rules.json")));
        Properties config = new StreamsAppSettings("127.0.0.1:9", "mock://radar", "radar-test", Path.of("target/state"),
                Map.of()).toProperties();

        Topology topology = RadarTopology.build(serdes, settings, config);

        TopologyDescription description = topology.describe();
        String text = description.toString();
        assertThat(text).contains(Topics.HF_MODELS, Topics.ORGS, Topics.EPOCH_MODELS, Topics.RELEASES,
                Topics.STATS_ORIGIN_MONTH, Topics.STATS_ORG_MONTH, Topics.ALERTS);
    }
}
