package org.releaseradar.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.streams.StreamsAppSettings;
import org.releaseradar.streams.StreamsSerdes;
import org.releaseradar.streams.enrich.EnrichmentSettings;
import org.releaseradar.streams.enrich.ReleaseEnrichment;

/**
 * A record the application cannot read is skipped and the next good one is processed. (That it lands
 * on radar.dlq with Radar's headers is checked on the real stack by {@code RadarPipelineIT}: the test
 * driver does not hand Kafka Streams' dead-letter records on.)
 */
class DeadLetterHandlersTest {

    @Test
    void unreadableInputIsSkippedAndProcessingContinues() {
        StreamsSerdes serdes = new StreamsSerdes(new InMemorySchemaRegistry(), Map.of("schema.registry.url", "mock://dlq"));
        StreamsBuilder builder = new StreamsBuilder();
        ReleaseEnrichment.build(builder, serdes, EnrichmentSettings.defaults());
        // The application's own configuration: exactly-once, the dead-letter topic and Radar's handlers.
        Properties config = new StreamsAppSettings("127.0.0.1:9", "mock://dlq", "dlq-test", Path.of("target/dlq-state"),
                Map.of(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0")).toProperties();

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(config), config)) {
            var raw = driver.createInputTopic(Topics.HF_MODELS, new StringSerializer(), new ByteArraySerializer());
            var snapshots = driver.createInputTopic(Topics.HF_MODELS, new StringSerializer(),
                    serdes.value(ModelSnapshot.class).serializer());
            var releases = driver.createOutputTopic(Topics.RELEASES, new StringDeserializer(),
                    serdes.value(ModelRelease.class).deserializer());

            byte[] json = "{\"id\":\"Qwen/Qwen3-8B\"}".getBytes(StandardCharsets.UTF_8);
            raw.pipeInput("Qwen/Qwen3-8B", json);
            snapshots.pipeInput("zai-org/GLM-4.5", ModelSnapshot.newBuilder()
                    .setRepoId("zai-org/GLM-4.5").setAuthor("zai-org")
                    .setCreatedAt(Instant.parse("2025-07-28T08:00:00Z"))
                    .setPolledAt(Instant.parse("2026-03-18T06:00:00Z")).build());

            assertThat(releases.readKeyValuesToMap()).containsKey("zai-org/GLM-4.5");
        }
    }
}
