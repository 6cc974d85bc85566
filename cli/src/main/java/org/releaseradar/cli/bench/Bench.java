package org.releaseradar.cli.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.releaseradar.cli.bench.generate.NewsGenerator;
import org.releaseradar.cli.bench.generate.Registry;
import org.releaseradar.cli.bench.generate.SnapshotGenerator;
import org.releaseradar.cli.bench.report.BenchReport;
import org.releaseradar.cli.bench.stage.BulkBaseline;
import org.releaseradar.cli.bench.stage.ConnectUnderTest;
import org.releaseradar.cli.bench.stage.Endpoints;
import org.releaseradar.cli.bench.stage.FreshnessProbe;
import org.releaseradar.cli.bench.stage.Kafka;
import org.releaseradar.cli.bench.stage.KafkaBaselines;
import org.releaseradar.cli.bench.stage.SerdeCost;
import org.releaseradar.cli.bench.stage.StreamsUnderTest;
import org.releaseradar.schemas.TopicLayout;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.avro.NewsArticle;
import org.releaseradar.schemas.avro.Organization;
import org.releaseradar.schemas.registry.HttpSchemaRegistry;
import org.releaseradar.schemas.registry.RegistryConfig;
import org.releaseradar.schemas.serde.AvroDeserializer;
import org.releaseradar.schemas.serde.AvroSerializer;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.search.document.AvroDocumentWriter;
import org.releaseradar.search.index.IndexInstaller;
import org.releaseradar.search.index.RadarIndex;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackOptions;

/** One bench run, stage after stage, on one stack. */
final class Bench {

    static final String RAW_TOPIC = "radar.bench.raw";
    static final int PARTITIONS = 4;
    private static final Duration STAGE_TIMEOUT = Duration.ofMinutes(6);
    private static final int SERDE_SAMPLE = 10_000;

    private final BenchSettings settings;
    private final Progress progress;

    Bench(BenchSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    BenchReport run() throws Exception {
        long started = System.nanoTime();
        double loadAtStart = loadAverage();
        Registry registry = Registry.read(settings.dataDir().resolve("orgs.csv"));
        Files.createDirectories(settings.workDir());

        LocalStack stack = null;
        Double coldStart = null;
        Endpoints endpoints;
        if (settings.services() == null) {
            progress.stage("stack cold start");
            long t0 = System.nanoTime();
            stack = LocalStack.start(LocalStackOptions.of(settings.workDir().resolve("stack")));
            coldStart = (System.nanoTime() - t0) / 1e9;
            endpoints = new Endpoints(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl(),
                    ElasticsearchSettings.local(URI.create(stack.elasticsearchUrl())), settings.workDir());
        } else {
            java.util.Properties p = settings.services();
            endpoints = new Endpoints(required(p, "bootstrap.servers"), required(p, RegistryConfig.URL),
                    ElasticsearchSettings.fromProperties(p), settings.workDir());
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        List<String> stackNames = new ArrayList<>();
        if (stack != null) {
            String[] names = {"kafka", "schema registry", "elasticsearch"};
            List<ProcessHandle> children = stack.processes();
            for (int i = 0; i < names.length; i++) {
                pids.put(names[i], children.get(i).pid());
                stackNames.add(names[i]);
            }
        }
        pids.put("radar bench (streams, Connect, clients)", ProcessHandle.current().pid());
        Profiler profiler = new Profiler(settings.profileDir(), pids);
        try (RssSampler rss = new RssSampler(pids, stackNames);
             ElasticsearchClient es = ElasticsearchClientFactory.create(endpoints.elasticsearch());
             Admin admin = Kafka.admin(endpoints.bootstrapServers())) {
            BenchReport report = measure(endpoints, registry, es, admin, rss, profiler, coldStart, loadAtStart, started);
            return report;
        } finally {
            profiler.stop();
            if (stack != null) {
                progress.stage("stopping the stack");
                stack.close();
            }
            if (!settings.keep()) {
                deleteQuietly(settings.workDir());
            }
        }
    }

    private BenchReport measure(Endpoints endpoints, Registry registry, ElasticsearchClient es, Admin admin,
                                RssSampler rss, Profiler profiler, Double coldStart, double loadAtStart, long started)
            throws Exception {
        int n = settings.records();
        TopicLayout.ensure(admin, PARTITIONS, (short) -1);
        if (!admin.listTopics().names().get().contains(RAW_TOPIC)) {
            admin.createTopics(List.of(new NewTopic(RAW_TOPIC, PARTITIONS, (short) -1))).all().get();
        }
        Map<String, Object> serdeConfig = Map.of(RegistryConfig.URL, endpoints.schemaRegistryUrl());
        HttpSchemaRegistry schemaRegistry = new HttpSchemaRegistry(RegistryConfig.from(serdeConfig));

        progress.stage("generate snapshots");
        SnapshotGenerator generator = new SnapshotGenerator(registry, settings.seed());
        AvroSerializer<ModelSnapshot> snapshotSerializer = new AvroSerializer<>(schemaRegistry);
        snapshotSerializer.configure(serdeConfig, false);
        List<ModelSnapshot> sample = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>(n);
        List<byte[]> values = new ArrayList<>(n);
        NewsGenerator news = new NewsGenerator(registry, settings.seed());
        List<NewsArticle> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ModelSnapshot s = generator.next().snapshot();
            keys.add(s.getRepoId().getBytes(StandardCharsets.UTF_8));
            values.add(snapshotSerializer.serialize(Topics.HF_MODELS, s));
            if (sample.size() < SERDE_SAMPLE) {
                sample.add(s);
            }
            if (i % 20 == 0) {
                articles.add(news.about(s));
            }
            if ((i & 1023) == 0) {
                progress.update(i, n, "snapshots");
            }
        }
        progress.update(n, n, "snapshots");

        progress.stage("serde cost");
        BenchReport.Serde serde = SerdeCost.measure(sample, schemaRegistry, progress);

        progress.stage("raw producer");
        BenchReport.Rate producer = KafkaBaselines.produce(endpoints.bootstrapServers(), RAW_TOPIC, keys, values, progress);
        progress.stage("raw consumer");
        BenchReport.Rate consumer = KafkaBaselines.consume(endpoints.bootstrapServers(), RAW_TOPIC, n,
                producer.count(), progress);

        progress.stage("load orgs, news, snapshots");
        loadInputs(endpoints, registry, articles, keys, values, serdeConfig, schemaRegistry);
        keys = null;
        values = null;
        long snapshotsOnTopic = Kafka.endOffsets(admin, Topics.HF_MODELS);

        profiler.start();
        String applicationId = "radar-bench-" + System.currentTimeMillis();
        try (StreamsUnderTest streams = StreamsUnderTest.start(endpoints, applicationId,
                settings.dataDir().resolve("alert-rules.json"), settings.streamsConfig())) {
            progress.stage("streams application");
            long t0 = streams.awaitRunning(Duration.ofMinutes(2));
            long settledAt = awaitSettled(admin, applicationId, Topics.HF_MODELS, snapshotsOnTopic, "records",
                    () -> Kafka.streamsInputs(admin, applicationId, List.of(Topics.HF_MODELS, Topics.ORGS,
                            Topics.EPOCH_MODELS, Topics.RELEASES, Topics.STATS_ORIGIN_MONTH, Topics.NEWS)));
            BenchReport.Rate streamsRate = new BenchReport.Rate(
                    "Radar's streams application, "
                            + (settings.streamsConfig().isEmpty() ? "default settings (exactly_once_v2, commit every 100 ms, 1 thread)"
                                    : "default settings but " + settings.streamsConfig())
                            + ", from RUNNING to " + Topics.HF_MODELS + " consumed and every internal topic settled (lag 0)",
                    snapshotsOnTopic, (settledAt - t0) / 1e9, 0);

            progress.stage("read releases");
            List<BulkBaseline.Document> documents = releases(endpoints, schemaRegistry, admin);
            // Elasticsearch indexes several times faster warm than fresh: one untimed pass first, so
            // neither the baseline nor the sink after it is measured on a cold node.
            progress.stage("raw bulk (warm-up)");
            BulkBaseline.run(es, documents, progress);
            progress.stage("raw bulk");
            BenchReport.Rate bulk = BulkBaseline.run(es, documents, progress);
            es.indices().delete(d -> d.index(BulkBaseline.INDEX));

            try (ConnectUnderTest connect = ConnectUnderTest.start(endpoints.bootstrapServers(),
                    endpoints.workDir().resolve("connect.offsets"))) {
                progress.stage("elasticsearch sink");
                // Templates first, as the sink would install them, so like the raw bulk the sink writes
                // into an index that exists. The clock starts when its consumer holds its partitions: the
                // worker's, the task's and the group's start are not indexing.
                IndexInstaller.ensure(es, List.of(RadarIndex.RELEASES));
                connect.startSink(endpoints);
                long sinkStart = awaitAssigned(admin, connect);
                long releasesOnTopic = Kafka.endOffsets(admin, Topics.RELEASES);
                long sinkDone = awaitSettled(admin, ConnectUnderTest.sinkGroup(), Topics.RELEASES, releasesOnTopic, "docs",
                        () -> List.of(Topics.RELEASES));
                BenchReport.Rate sink = new BenchReport.Rate("ElasticsearchSinkConnector, 1 task, default bulk settings,"
                        + " in a standalone Connect worker, from its partitions assigned to every"
                        + " record acknowledged and its offset committed",
                        documents.size(), (sinkDone - sinkStart) / 1e9, 0);

                List<BenchReport.Freshness> freshness = new ArrayList<>();
                try (KafkaProducer<byte[], byte[]> live = Kafka.producer(endpoints.bootstrapServers())) {
                    for (int rate : settings.freshnessRates()) {
                        progress.stage(String.format(Locale.ROOT, "freshness @ %,d/s", rate));
                        freshness.add(FreshnessProbe.run(es, live, snapshotSerializer, generator, rate,
                                settings.freshnessSeconds(), progress));
                    }
                }
                List<BenchReport.Memory> memory = rss.peaks();
                Long stackPeak = rss.stackPeakMiB();
                BenchReport.EndToEnd endToEnd = endToEnd(n, producer, streamsRate, sink, documents.size());
                BenchReport.Machine machine = machine(loadAtStart);
                BenchReport.Run run = new BenchReport.Run(settings.date(), n, settings.seed(), settings.freshnessSeconds(),
                        (System.nanoTime() - started) / 1e9, settings.command());
                return new BenchReport(machine, run, coldStart, producer, consumer, serde, streamsRate, bulk, sink,
                        freshness, endToEnd, memory, stackPeak,
                        Targets.evaluate(streamsRate, consumer, sink, bulk, freshness, endToEnd, stackPeak));
            }
        }
    }

    /** Waits until the sink's consumer holds partitions of radar.releases; returns System.nanoTime() then. */
    private static long awaitAssigned(Admin admin, ConnectUnderTest connect) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (connect.sinkIs("RUNNING")) {
                var group = admin.describeConsumerGroups(List.of(ConnectUnderTest.sinkGroup())).all().get()
                        .get(ConnectUnderTest.sinkGroup());
                if (group != null && group.members().stream().anyMatch(m -> !m.assignment().topicPartitions().isEmpty())) {
                    return System.nanoTime();
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the Elasticsearch sink's consumer got no partitions within a minute");
    }

    /**
     * Waits until {@code group} has committed past everything on {@code topic} (at least {@code expected}
     * records) and has no lag on any partition of its {@code inputs}; returns System.nanoTime() of the
     * first check that saw it.
     */
    private long awaitSettled(Admin admin, String group, String topic, long expected, String unit,
                              java.util.concurrent.Callable<List<String>> inputs) throws Exception {
        long deadline = System.nanoTime() + STAGE_TIMEOUT.toNanos();
        while (true) {
            long committed = Kafka.committed(admin, group, topic);
            progress.update(Math.min(committed, expected), expected, unit);
            // Inputs are listed again each time: internal topics appear as the application creates them.
            if (committed >= expected - PARTITIONS && Kafka.lag(admin, group, inputs.call()) == 0) {
                return System.nanoTime();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(group + " did not settle on " + topic + " within " + STAGE_TIMEOUT
                        + " (committed " + committed + " of " + expected + ")");
            }
            Thread.sleep(100);
        }
    }

    private void loadInputs(Endpoints endpoints, Registry registry, List<NewsArticle> articles, List<byte[]> keys,
                            List<byte[]> values, Map<String, Object> serdeConfig, HttpSchemaRegistry schemaRegistry)
            throws Exception {
        AvroSerializer<Organization> orgs = new AvroSerializer<>(schemaRegistry);
        orgs.configure(serdeConfig, false);
        AvroSerializer<NewsArticle> newsSerializer = new AvroSerializer<>(schemaRegistry);
        newsSerializer.configure(serdeConfig, false);
        try (KafkaProducer<byte[], byte[]> producer = Kafka.producer(endpoints.bootstrapServers())) {
            // The registry first, so enrichment attributes snapshots from the start.
            for (Organization org : registry.organizations()) {
                producer.send(new ProducerRecord<>(Topics.ORGS, bytes(org.getNamespace()),
                        orgs.serialize(Topics.ORGS, org)));
            }
            for (NewsArticle article : articles) {
                producer.send(new ProducerRecord<>(Topics.NEWS_RAW, bytes(article.getId()),
                        newsSerializer.serialize(Topics.NEWS_RAW, article)));
            }
            producer.flush();
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(Topics.HF_MODELS, keys.get(i), values.get(i)));
                if ((i & 1023) == 0) {
                    progress.update(i, values.size(), "records");
                }
            }
            producer.flush();
            progress.update(values.size(), values.size(), "records");
        }
    }

    /** Every record on radar.releases as the sink renders it: the raw bulk baseline's documents. */
    private List<BulkBaseline.Document> releases(Endpoints endpoints, HttpSchemaRegistry schemaRegistry, Admin admin)
            throws Exception {
        long expected = Kafka.endOffsets(admin, Topics.RELEASES);
        AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>(schemaRegistry);
        deserializer.configure(Map.of(RegistryConfig.URL, endpoints.schemaRegistryUrl()), false);
        AvroDocumentWriter writer = new AvroDocumentWriter();
        List<BulkBaseline.Document> documents = new ArrayList<>();
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "radar-bench-releases-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RELEASES));
            int idle = 0;
            // Offsets count transaction markers too: stop when the topic is drained, not at a count.
            while (idle < 10 && System.nanoTime() < deadline) {
                var batch = consumer.poll(Duration.ofMillis(200));
                idle = batch.isEmpty() && !documents.isEmpty() ? idle + 1 : 0;
                for (ConsumerRecord<String, byte[]> r : batch) {
                    if (r.value() != null) {
                        documents.add(new BulkBaseline.Document(r.key(),
                                writer.write(deserializer.deserialize(r.topic(), r.value()))));
                    }
                }
                progress.update(documents.size(), expected, "records");
            }
        }
        return documents;
    }

    /**
     * The 1,000,000-snapshot target: measured when the run had that many (the stages run one after
     * another, so the sum of produce, streams and sink times), otherwise extrapolated from this run's
     * rates assuming the stages overlap as they do in production, so the slowest one sets the pace.
     */
    static BenchReport.EndToEnd endToEnd(int n, BenchReport.Rate producer, BenchReport.Rate streams,
                                         BenchReport.Rate sink, int documents) {
        int target = 1_000_000;
        double docsPerSnapshot = n == 0 ? 1 : (double) documents / n;
        if (n >= target) {
            return new BenchReport.EndToEnd(n, producer.seconds() + streams.seconds() + sink.seconds(), true,
                    "sum of this run's produce, streams and sink stage times (run one after another)");
        }
        double produceS = target / producer.perSecond();
        double streamsS = target / streams.perSecond();
        double sinkS = target * docsPerSnapshot / sink.perSecond();
        double slowest = Math.max(produceS, Math.max(streamsS, sinkS));
        String basis = String.format(Locale.ROOT, "from %,d snapshots: max(produce %.0f s, streams %.0f s, sink %.0f s"
                        + " at %.2f documents per snapshot), stages overlapping; run one after another they would take %.0f s",
                n, produceS, streamsS, sinkS, docsPerSnapshot, produceS + streamsS + sinkS);
        return new BenchReport.EndToEnd(target, slowest, false, basis);
    }

    private static BenchReport.Machine machine(double loadAtStart) {
        long memoryMiB = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryMiB = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            memoryMiB = -1;
        }
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), memoryMiB,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                loadAtStart, loadAverage());
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String required(java.util.Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--config has no " + key);
        }
        return value;
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leftovers in .radar/bench are harmless
        }
    }
}
