package org.releaseradar.streams.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.OrgMonthStats;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.streams.StreamsSerdes;

/** The stage in a TopologyTestDriver, with the two output topics read into "last value per key" tables. */
final class AggregationFixture implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, ModelRelease> releases;
    private final TestInputTopic<String, NewsItem> news;
    private final TestOutputTopic<String, OriginMonthStats> originMonth;
    private final TestOutputTopic<String, OrgMonthStats> orgMonth;
    private final Map<String, OriginMonthStats> originRows = new TreeMap<>();
    private final Map<String, OrgMonthStats> orgRows = new TreeMap<>();
    private final Path stateDir = stateDirectory();
    private long clock = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    AggregationFixture() {
        this(AggregationSettings.defaults());
    }

    AggregationFixture(AggregationSettings settings) {
        StreamsSerdes serdes = new StreamsSerdes(new InMemorySchemaRegistry(), Map.of("schema.registry.url", "mock://aggregate"));
        StreamsBuilder builder = new StreamsBuilder();
        MonthlyAggregation.build(builder, serdes, settings);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        // Own state directory: tests compare two drivers side by side, and other modules' tests may run at once.
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        releases = driver.createInputTopic(Topics.RELEASES, serdes.key().serializer(), serdes.value(ModelRelease.class).serializer());
        news = driver.createInputTopic(Topics.NEWS, serdes.key().serializer(), serdes.value(NewsItem.class).serializer());
        originMonth = driver.createOutputTopic(Topics.STATS_ORIGIN_MONTH, serdes.key().deserializer(),
                serdes.value(OriginMonthStats.class).deserializer());
        orgMonth = driver.createOutputTopic(Topics.STATS_ORG_MONTH, serdes.key().deserializer(),
                serdes.value(OrgMonthStats.class).deserializer());
    }

    private static Path stateDirectory() {
        try {
            return Files.createTempDirectory("aggregate-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AggregationFixture release(ModelRelease release) {
        releases.pipeInput(new TestRecord<>(release.getRepoId(), release, Instant.ofEpochMilli(++clock)));
        return this;
    }

    AggregationFixture releases(List<ModelRelease> all) {
        all.forEach(this::release);
        return this;
    }

    AggregationFixture deleteRelease(String repoId) {
        releases.pipeInput(new TestRecord<>(repoId, null, Instant.ofEpochMilli(++clock)));
        return this;
    }

    AggregationFixture article(NewsItem article) {
        news.pipeInput(new TestRecord<>(article.getId(), article, Instant.ofEpochMilli(++clock)));
        return this;
    }

    /** radar.stats.origin-month as a compacted topic would hold it: last value per key, tombstones removed. */
    Map<String, OriginMonthStats> originRows() {
        originMonth.readRecordsToList().forEach(r -> apply(originRows, r.key(), r.value()));
        return originRows;
    }

    Map<String, OrgMonthStats> orgRows() {
        orgMonth.readRecordsToList().forEach(r -> apply(orgRows, r.key(), r.value()));
        return orgRows;
    }

    OriginMonthStats origin(String key) {
        return originRows().get(key);
    }

    OrgMonthStats org(String key) {
        return orgRows().get(key);
    }

    /** How many records (stats and tombstones) the stage has written to radar.stats.origin-month and not yet read. */
    long pendingOriginRecords() {
        return originMonth.getQueueSize();
    }

    private static <V> void apply(Map<String, V> table, String key, V value) {
        if (value == null) {
            table.remove(key);
        } else {
            table.put(key, value);
        }
    }

    @Override
    public void close() {
        driver.close();
        try (Stream<Path> paths = Files.walk(stateDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
