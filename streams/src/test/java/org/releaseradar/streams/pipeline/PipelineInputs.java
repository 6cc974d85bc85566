package org.releaseradar.streams.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.releaseradar.connectors.epoch.EpochSourceConnector;
import org.releaseradar.connectors.feeds.FeedSourceConnector;
import org.releaseradar.connectors.huggingface.HuggingFaceSourceConnector;
import org.releaseradar.connectors.orgs.OrgRegistrySourceConnector;
import org.releaseradar.connectors.testing.EmbeddedConnect;
import org.releaseradar.connectors.testing.TopicReader;
import org.releaseradar.fixtures.FixtureOptions;
import org.releaseradar.fixtures.FixtureServer;
import org.releaseradar.schemas.TopicLayout;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.EpochModel;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.avro.NewsArticle;
import org.releaseradar.schemas.avro.Organization;
import org.releaseradar.stack.LocalStack;

/**
 * Loads the bundled data into Radar's input topics the way production does: the real source
 * connectors in a real Connect worker, reading the fixture server's recordings and data/orgs.csv.
 */
final class PipelineInputs {

    private static final Duration WAIT = Duration.ofSeconds(120);

    /** Distinct keys that arrived on each input topic. */
    record Counts(int orgs, int snapshots, int epochModels, int articles) {
    }

    private PipelineInputs() {
    }

    static Counts load(LocalStack stack, Path dataDir, Path workDir) throws IOException {
        List<String> authors;
        try (Stream<Path> files = Files.list(dataDir.resolve("hub").resolve("models"))) {
            authors = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
        int expectedSnapshots = 0;
        for (String author : authors) {
            expectedSnapshots += new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(dataDir.resolve("hub/models/" + author + ".json").toFile()).size();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            TopicLayout.ensure(admin, 4, (short) 1);
        } catch (InterruptedException | ExecutionException e) {
            throw new IOException("cannot create Radar's topics", e);
        }
        TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl());
        try (FixtureServer fixtures = FixtureServer.start(FixtureOptions.of(dataDir));
             EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), workDir.resolve("offsets"))) {
            connect.putConnector("orgs", base(stack, OrgRegistrySourceConnector.class, Topics.ORGS,
                    Map.of("orgs.csv.url", dataDir.resolve("orgs.csv").toUri().toString())));
            connect.putConnector("hf", base(stack, HuggingFaceSourceConnector.class, Topics.HF_MODELS, Map.of(
                    "tasks.max", "2", "hf.base.url", fixtures.hubUrl(), "hf.authors", String.join(",", authors),
                    "hf.page.size", "200")));
            connect.putConnector("epoch", base(stack, EpochSourceConnector.class, Topics.EPOCH_MODELS,
                    Map.of("epoch.csv.url", fixtures.epochCsvUrl())));
            connect.putConnector("feeds", base(stack, FeedSourceConnector.class, Topics.NEWS_RAW,
                    Map.of("feeds.urls", String.join(",", fixtures.feedUrls()))));

            int snapshots = distinct(reader, Topics.HF_MODELS, ModelSnapshot.class, expectedSnapshots);
            int orgs = distinct(reader, Topics.ORGS, Organization.class, 223);
            int epoch = distinct(reader, Topics.EPOCH_MODELS, EpochModel.class, 1_011);
            int articles = distinct(reader, Topics.NEWS_RAW, NewsArticle.class, 102);
            return new Counts(orgs, snapshots, epoch, articles);
        }
    }

    private static <T extends SpecificRecord> int distinct(TopicReader reader, String topic, Class<T> type, int expected) {
        List<ConsumerRecord<String, T>> records = reader.read(topic, type,
                r -> r.stream().map(ConsumerRecord::key).distinct().count() >= expected, WAIT);
        return (int) records.stream().map(ConsumerRecord::key).distinct().count();
    }

    private static Map<String, String> base(LocalStack stack, Class<?> connector, String topic, Map<String, String> own) {
        Map<String, String> config = new HashMap<>(own);
        config.put("connector.class", connector.getName());
        config.putIfAbsent("tasks.max", "1");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.put("topic", topic);
        config.put("schema.registry.url", stack.schemaRegistryUrl());
        config.put("poll.interval.ms", "3600000");
        return config;
    }
}
