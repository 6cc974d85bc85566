package org.releaseradar.streams.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.streams.StreamsSerdes;

/** The alert stage in a TopologyTestDriver, built from rules given as the JSON of a rules file. */
final class AlertsDriver implements AutoCloseable {

    private final StreamsSerdes serdes = new StreamsSerdes(new InMemorySchemaRegistry(), Map.of("auto.register.schemas", true));
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, ModelRelease> releases;
    private final TestInputTopic<String, NewsItem> news;
    private final TestInputTopic<String, OriginMonthStats> stats;
    private final TestOutputTopic<String, Alert> alerts;

    AlertsDriver(String rulesJson) {
        this(new AlertSettings(java.nio.file.Path.of("test-rules.json"), RulesFile.parse("test-rules.json", rulesJson)));
    }

    AlertsDriver(AlertSettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        AlertRules.build(builder, serdes, settings);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        try {
            // Own state directory: persistent stores must not leak between tests or into other stages' test runs.
            props.put(StreamsConfig.STATE_DIR_CONFIG, java.nio.file.Files.createTempDirectory("alerts-test-").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        driver = new TopologyTestDriver(builder.build(), props);
        releases = driver.createInputTopic(Topics.RELEASES, serdes.key().serializer(), serdes.value(ModelRelease.class).serializer());
        news = driver.createInputTopic(Topics.NEWS, serdes.key().serializer(), serdes.value(NewsItem.class).serializer());
        stats = driver.createInputTopic(Topics.STATS_ORIGIN_MONTH, serdes.key().serializer(), serdes.value(OriginMonthStats.class).serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS, serdes.key().deserializer(), serdes.value(Alert.class).deserializer());
    }

    /** Pipes a release, timestamped with its poll time like the enrichment stage's output. */
    void release(ModelRelease release) {
        releases.pipeInput(release.getRepoId(), release, release.getUpdatedAt());
    }

    /** Pipes a release with the given record time (an Epoch-only release is stamped when its Epoch row was read). */
    void release(ModelRelease release, Instant recordTime) {
        releases.pipeInput(release.getRepoId(), release, recordTime);
    }

    /** Pipes an article; the record time is its fetch time on purpose, the burst rule must use published_at. */
    void news(NewsItem item) {
        news.pipeInput(item.getId(), item, item.getFetchedAt());
    }

    void stats(OriginMonthStats row) {
        stats.pipeInput(row.getOrigin() + "|" + row.getMonth(), row, row.getUpdatedAt());
    }

    /** A tombstone on radar.stats.origin-month: the aggregation deletes a row nothing contributes to any more. */
    void deleteStats(String origin, String month, Instant at) {
        stats.pipeInput(origin + "|" + month, null, at);
    }

    /** Moves the driver's wall clock: wall-clock punctuations (a rule's settle time) run. */
    void advanceWallClock(java.time.Duration by) {
        driver.advanceWallClockTime(by);
    }

    List<KeyValue<String, Alert>> alerts() {
        return alerts.readKeyValuesToList();
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Override
    public void close() {
        driver.close();
    }
}
