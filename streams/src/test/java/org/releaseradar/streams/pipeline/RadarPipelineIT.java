package org.releaseradar.streams.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import org.releaseradar.connectors.elasticsearch.ElasticsearchSinkConnector;
import org.releaseradar.connectors.testing.EmbeddedConnect;
import org.releaseradar.connectors.testing.TopicReader;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.search.index.RadarIndex;
import org.releaseradar.search.query.Origin;
import org.releaseradar.search.query.SearchQuery;
import org.releaseradar.search.query.SearchResult;
import org.releaseradar.search.query.SearchService;
import org.releaseradar.search.query.StatsCell;
import org.releaseradar.search.query.StatsMetric;
import org.releaseradar.search.query.StatsQuery;
import org.releaseradar.search.query.StatsService;
import org.releaseradar.search.query.StatsTable;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.OrgMonthStats;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.schemas.serde.AvroSerde;
import org.releaseradar.schemas.serde.RadarSerdes;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;
import org.releaseradar.streams.RadarTopology;

/**
 * The whole streams application on the real stack, fed by the real connectors with the bundled data:
 * a run killed with SIGKILL mid-way and restarted ends with exactly the stats of a clean run, and
 * the stats agree with the releases they count.
 */
@ExtendWith(LocalStackExtension.class)
class RadarPipelineIT {

    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(4);

    @Test
    void aKilledAndRestartedRunEndsWithTheStatsOfACleanRun(LocalStack stack, @TempDir Path work) throws Exception {
        Path data = dataDir();
        PipelineInputs.Counts inputs = PipelineInputs.load(stack, data, work);
        assertThat(inputs.orgs()).isEqualTo(223);
        assertThat(inputs.epochModels()).isEqualTo(1_011);
        assertThat(inputs.articles()).isEqualTo(102);
        assertThat(inputs.snapshots()).isGreaterThan(700);

        // One record the application cannot read: it must land on radar.dlq and stop nothing.
        byte[] garbage = "{\"id\":\"not-avro/at-all\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.HF_MODELS, "not-avro/at-all", garbage)).get();
        }

        Path rules = data.resolve("alert-rules.json");
        String killedId = "radar-it-killed-" + UUID.randomUUID();
        long killedLagAtKill;
        // Small polls keep the first run mid-way through its input when its first stats appear, however
        // idle the machine: the kill must land while input is still unread.
        try (StreamsAppProcess first = StreamsAppProcess.start(stack, killedId, work.resolve("state-a"), rules, work,
                Map.of("main.consumer.max.poll.records", "10"))) {
            await(() -> statsWritten(stack) || !first.isAlive(), Duration.ofMinutes(3),
                    () -> "first stats from the first run; its output:\n" + first.output());
            killedLagAtKill = inputLag(stack, killedId);
            first.kill();
        }
        assertThat(killedLagAtKill).as("the first run was killed before it had read all its input").isPositive();

        try (StreamsAppProcess restarted = StreamsAppProcess.start(stack, killedId, work.resolve("state-a"), rules, work)) {
            awaitIdle(stack, killedId, restarted);
        }
        Map<TopicPartition, Long> afterKilledRun = endOffsets(stack, Topics.STATS_ORIGIN_MONTH);
        Map<String, OriginMonthStats> killedRunStats = table(stack, Topics.STATS_ORIGIN_MONTH, OriginMonthStats.class,
                null, afterKilledRun);

        String cleanId = "radar-it-clean-" + UUID.randomUUID();
        try (StreamsAppProcess clean = StreamsAppProcess.start(stack, cleanId, work.resolve("state-b"), rules, work)) {
            awaitIdle(stack, cleanId, clean);
        }
        Map<TopicPartition, Long> afterCleanRun = endOffsets(stack, Topics.STATS_ORIGIN_MONTH);
        Map<String, OriginMonthStats> cleanRunStats = table(stack, Topics.STATS_ORIGIN_MONTH, OriginMonthStats.class,
                afterKilledRun, afterCleanRun);

        assertThat(killedRunStats).isNotEmpty();
        assertThat(withoutUpdateTime(killedRunStats)).isEqualTo(withoutUpdateTime(cleanRunStats));

        // The stats count exactly the releases on radar.releases (country rows: mainline + derivatives).
        Map<String, ModelRelease> releases = table(stack, Topics.RELEASES, ModelRelease.class, null,
                endOffsets(stack, Topics.RELEASES));
        Map<String, Long> counted = releases.values().stream().collect(Collectors.groupingBy(
                r -> r.getOriginCountry() + "|" + r.getMonth(), TreeMap::new, Collectors.counting()));
        Map<String, Long> inStats = new TreeMap<>();
        cleanRunStats.forEach((key, s) -> {
            if ("COUNTRY".equals(String.valueOf(s.getOriginLevel())) && s.getMainlineReleases() + s.getDerivatives() > 0) {
                inStats.put(key, s.getMainlineReleases() + s.getDerivatives());
            }
        });
        assertThat(inStats).isEqualTo(counted);

        List<ConsumerRecord<String, byte[]>> dead = new TopicReader(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl())
                .readRaw(Topics.DLQ, r -> r.stream().anyMatch(d -> "not-avro/at-all".equals(d.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> letter = dead.stream().filter(d -> "not-avro/at-all".equals(d.key()))
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter for the unreadable record"));
        assertThat(letter.value()).isEqualTo(garbage);
        assertThat(header(letter, DeadLetterHeaders.SOURCE)).startsWith("streams");
        assertThat(header(letter, DeadLetterHeaders.REASON)).contains("not in the Confluent Avro wire format");
        printFigures(cleanRunStats, releases);

        everythingIsSearchableWithTheTopicsFigures(stack, work, releases);
    }

    /**
     * The Elasticsearch sink indexes every record the pipeline wrote (the templates accept real
     * output, not only test documents), and the stats Elasticsearch answers are the topic's.
     */
    private void everythingIsSearchableWithTheTopicsFigures(LocalStack stack, Path work,
                                                             Map<String, ModelRelease> releases) throws Exception {
        Map<String, OriginMonthStats> stats = table(stack, Topics.STATS_ORIGIN_MONTH, OriginMonthStats.class, null,
                endOffsets(stack, Topics.STATS_ORIGIN_MONTH));
        Map<String, Integer> expected = new TreeMap<>(Map.of(
                RadarIndex.RELEASES.alias(), releases.size(),
                RadarIndex.STATS.alias(), stats.size(),
                RadarIndex.ORG_STATS.alias(), table(stack, Topics.STATS_ORG_MONTH, OrgMonthStats.class, null,
                        endOffsets(stack, Topics.STATS_ORG_MONTH)).size(),
                RadarIndex.NEWS.alias(), table(stack, Topics.NEWS, NewsItem.class, null, endOffsets(stack, Topics.NEWS)).size(),
                RadarIndex.ALERTS.alias(), table(stack, Topics.ALERTS, Alert.class, null,
                        endOffsets(stack, Topics.ALERTS)).size()));
        Map<String, String> sink = new HashMap<>();
        sink.put("connector.class", ElasticsearchSinkConnector.class.getName());
        sink.put("topics", String.join(",", Topics.RELEASES, Topics.NEWS, Topics.STATS_ORIGIN_MONTH,
                Topics.STATS_ORG_MONTH, Topics.ALERTS));
        sink.put("elasticsearch.url", stack.elasticsearchUrl());
        sink.put("elasticsearch.engine", "local-7.10");
        sink.put("schema.registry.url", stack.schemaRegistryUrl());
        sink.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        sink.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        sink.put("consumer.override.isolation.level", "read_committed");
        sink.put("errors.tolerance", "all");
        sink.put("errors.deadletterqueue.topic.name", Topics.DLQ);
        sink.put("errors.deadletterqueue.context.headers.enable", "true");
        try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), work.resolve("sink-offsets"));
             ElasticsearchClient es = ElasticsearchClientFactory.create(
                     ElasticsearchSettings.local(URI.create(stack.elasticsearchUrl())))) {
            connect.putConnector("radar-elasticsearch", sink);
            await(() -> expected.equals(counts(es, expected.keySet())), Duration.ofMinutes(3),
                    () -> "documents per index " + counts(es, expected.keySet()) + ", expected " + expected);

            // radar stats --by origin,month --metric releases: the mainline releases of every country row.
            StatsTable table = new StatsService(es).table(StatsQuery.byOrigin(StatsMetric.RELEASES));
            Map<String, Long> fromElasticsearch = new TreeMap<>();
            table.rows().forEach(row -> row.cells().forEach((month, cell) -> {
                long value = ((StatsCell.Count) cell).value();
                if (value > 0) {
                    fromElasticsearch.put(row.key() + "|" + month, value);
                }
            }));
            Map<String, Long> fromTopic = new TreeMap<>();
            stats.forEach((key, row) -> {
                if ("COUNTRY".equals(String.valueOf(row.getOriginLevel())) && row.getMainlineReleases() > 0) {
                    fromTopic.put(key, row.getMainlineReleases());
                }
            });
            assertThat(fromElasticsearch).isEqualTo(fromTopic);

            // radar search qwen --origin CN: Qwen's releases are found and faceted under CN.
            SearchResult qwen = new SearchService(es).search(SearchQuery.of("qwen").withOrigin(Origin.parse("CN")));
            long qwenReleases = releases.values().stream()
                    .filter(r -> "CN".equals(r.getOriginCountry()) && r.getRepoId().toLowerCase().contains("qwen")).count();
            assertThat(qwenReleases).isPositive();
            assertThat(qwen.hits()).isNotEmpty();
            assertThat(qwen.total()).isGreaterThanOrEqualTo(qwenReleases);
        }
        List<ConsumerRecord<String, byte[]>> rejected = new TopicReader(stack.kafkaBootstrapServers(),
                stack.schemaRegistryUrl()).readRaw(Topics.DLQ, r -> false, Duration.ofSeconds(8)).stream()
                .filter(r -> r.headers().lastHeader("__connect.errors.connector.name") != null)
                .toList();
        assertThat(rejected).as("records the Elasticsearch sink dead-lettered").isEmpty();
    }

    private static Map<String, Integer> counts(ElasticsearchClient es, java.util.Collection<String> aliases) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String alias : aliases) {
            try {
                es.indices().refresh(r -> r.index(alias));
                counts.put(alias, (int) es.count(c -> c.index(alias)).count());
            } catch (IOException | RuntimeException e) {
                counts.put(alias, -1);
            }
        }
        return counts;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        org.apache.kafka.common.header.Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, String> withoutUpdateTime(Map<String, OriginMonthStats> stats) {
        Map<String, String> shown = new TreeMap<>();
        stats.forEach((k, v) -> {
            OriginMonthStats copy = OriginMonthStats.newBuilder(v).build();
            copy.put("updated_at", null);
            shown.put(k, copy.toString());
        });
        return shown;
    }

    private static void printFigures(Map<String, OriginMonthStats> stats, Map<String, ModelRelease> releases) {
        System.out.println("RADAR FIGURES: " + releases.size() + " releases on radar.releases, " + stats.size()
                + " origin-month rows");
        stats.entrySet().stream().filter(e -> e.getKey().matches("(CN|US|EU|FR|UNKNOWN)\\|2025-0[6-8]"))
                .forEach(e -> System.out.println("RADAR FIGURES: " + e.getKey() + " mainline="
                        + e.getValue().getMainlineReleases() + " derivatives=" + e.getValue().getDerivatives()
                        + " orgs=" + e.getValue().getDistinctOrganizations()));
    }

    // --- waiting for the application to be idle ---

    private void awaitIdle(LocalStack stack, String applicationId, StreamsAppProcess app) throws Exception {
        long deadline = System.nanoTime() + IDLE_TIMEOUT.toNanos();
        int quietChecks = 0;
        long lastOutputEnd = -1;
        while (quietChecks < 4) {
            assertThat(app.isAlive()).as("streams app alive; output:\n%s", app.output()).isTrue();
            assertThat(System.nanoTime()).as("idle within %s; output:\n%s", IDLE_TIMEOUT, app.output()).isLessThan(deadline);
            Thread.sleep(1_000);
            long lag = inputLag(stack, applicationId);
            long outputEnd = endOffset(stack, Topics.STATS_ORIGIN_MONTH) + endOffset(stack, Topics.RELEASES);
            quietChecks = lag == 0 && outputEnd == lastOutputEnd ? quietChecks + 1 : 0;
            lastOutputEnd = outputEnd;
        }
    }

    /**
     * Records the group has not yet committed past, over every topic it reads (sources and its own
     * repartition topics). A transaction marker at a partition's end counts as one, so each
     * partition's lag is compared with its last committed data position.
     */
    private static long inputLag(LocalStack stack, String applicationId) throws Exception {
        return groupLag(stack, applicationId) + groupLag(stack, applicationId + RadarTopology.NEWS_APPLICATION_SUFFIX);
    }

    private static long groupLag(LocalStack stack, String group) throws Exception {
        try (Admin admin = admin(stack)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            if (committed.isEmpty()) {
                return Long.MAX_VALUE / 4;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            ListOffsetsResult ends = admin.listOffsets(latest,
                    new org.apache.kafka.clients.admin.ListOffsetsOptions(org.apache.kafka.common.IsolationLevel.READ_COMMITTED));
            long lag = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                long end = ends.partitionResult(e.getKey()).get().offset();
                long behind = end - e.getValue().offset();
                lag += behind > 1 ? behind : 0;
            }
            return lag;
        }
    }

    // --- reading tables ---

    private static <T extends SpecificRecord> Map<String, T> table(LocalStack stack, String topic, Class<T> type,
            Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, T> table = new TreeMap<>();
        try (AvroSerde<T> serde = RadarSerdes.specific(type,
                Map.of("schema.registry.url", stack.schemaRegistryUrl(), "specific.avro.reader", true), false);
             KafkaConsumer<String, T> consumer = new KafkaConsumer<>(p, new StringDeserializer(), serde.deserializer())) {
            List<TopicPartition> partitions = new ArrayList<>(to.keySet());
            consumer.assign(partitions);
            for (TopicPartition tp : partitions) {
                consumer.seek(tp, from == null ? 0 : from.getOrDefault(tp, 0L));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < to.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, T> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() >= to.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    if (r.value() == null) {
                        table.remove(r.key());
                    } else {
                        table.put(r.key(), r.value());
                    }
                }
            }
        }
        return table;
    }

    private static boolean statsWritten(LocalStack stack) {
        try {
            return endOffset(stack, Topics.STATS_ORIGIN_MONTH) > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static long endOffset(LocalStack stack, String topic) throws Exception {
        return endOffsets(stack, topic).values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<TopicPartition, Long> endOffsets(LocalStack stack, String topic) throws Exception {
        try (Admin admin = admin(stack)) {
            if (!admin.listTopics().names().get().contains(topic)) {
                return Map.of();
            }
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int i = 0; i < partitions; i++) {
                latest.put(new TopicPartition(topic, i), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        }
    }

    private static Admin admin(LocalStack stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration timeout,
                              java.util.function.Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s", what.get()).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static Path dataDir() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("data").resolve("orgs.csv"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IOException("no data/orgs.csv above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("data");
    }
}
