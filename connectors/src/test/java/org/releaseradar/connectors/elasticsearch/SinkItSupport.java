package org.releaseradar.connectors.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.releaseradar.schemas.TestRecords;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.serde.AvroSerializer;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.stack.LocalStack;

/**
 * What the sink ITs share: Kafka topics and a producer of ModelRelease bytes (Confluent wire
 * format, through the stack's registry), the sink's configuration on the local stack, and
 * Elasticsearch reads restricted to one test's documents (ids with a unique prefix, since every IT
 * writes the real radar-releases alias).
 */
final class SinkItSupport implements AutoCloseable {

    static final String ALIAS = "radar-releases";
    static final String DLQ = "radar.dlq";

    final LocalStack stack;
    final String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + "/";
    private final Admin admin;
    private final KafkaProducer<String, byte[]> producer;
    private final AvroSerializer<ModelRelease> serializer = new AvroSerializer<>();
    final ElasticsearchClient es;

    SinkItSupport(LocalStack stack) {
        this.stack = stack;
        this.admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()));
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
        serializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
        this.es = ElasticsearchClientFactory.create(ElasticsearchSettings.local(URI.create(stack.elasticsearchUrl())));
    }

    void createTopic(String topic, int partitions) throws ExecutionException, InterruptedException {
        admin.createTopics(Set.of(new NewTopic(topic, partitions, (short) 1))).all().get();
    }

    /** The sink on the local stack: {@code topic} into radar-releases, rejected documents to radar.dlq. */
    Map<String, String> sinkConfig(String topic) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", ElasticsearchSinkConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("topics", topic);
        config.put("topic.index.map", topic + ":" + ALIAS);
        config.put("elasticsearch.url", stack.elasticsearchUrl());
        config.put("elasticsearch.engine", "local-7.10");
        config.put("schema.registry.url", stack.schemaRegistryUrl());
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", DLQ);
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        // One broker here; Connect's default of 3 would fail creating the topic.
        config.put("errors.deadletterqueue.topic.replication.factor", "1");
        return config;
    }

    String id(int n) {
        return prefix + String.format("model-%05d", n);
    }

    /** A release of document {@code n} at {@code version}: downloads = version * 1,000,000 + n. */
    ModelRelease release(int n, int version) {
        ModelRelease release = TestRecords.modelRelease();
        release.setRepoId(id(n));
        release.setDownloads(downloads(n, version));
        release.setUpdatedAt(Instant.parse("2025-08-01T00:00:00Z").plusSeconds(version));
        return release;
    }

    static long downloads(int n, int version) {
        return version * 1_000_000L + n;
    }

    void send(String topic, String key, ModelRelease value) {
        sendBytes(topic, key, value == null ? null : serializer.serialize(topic, value));
    }

    void sendBytes(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
    }

    void flush() {
        producer.flush();
    }

    /** Documents of this test in the alias (after a refresh); 0 before the sink created the alias. */
    long count() throws IOException {
        es.indices().refresh(r -> r.index(ALIAS).ignoreUnavailable(true).allowNoIndices(true));
        return es.count(c -> c.index(ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                .query(q -> q.prefix(p -> p.field("repo_id").value(prefix)))).count();
    }

    /** This test's documents by id, as JSON (at most 10,000, Elasticsearch's default result window). */
    Map<String, JsonNode> documents() throws IOException {
        es.indices().refresh(r -> r.index(ALIAS));
        SearchResponse<JsonNode> response = es.search(s -> s.index(ALIAS).size(10_000).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.prefix(p -> p.field("repo_id").value(prefix))), JsonNode.class);
        if (response.hits().total().value() > 10_000) {
            throw new IllegalStateException("more than 10,000 documents with prefix " + prefix);
        }
        return response.hits().hits().stream().collect(Collectors.toMap(Hit::id, Hit::source));
    }

    /** Offsets the connector's consumer group committed, per partition. */
    Map<TopicPartition, Long> committed(String connector) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("connect-" + connector)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, Long> result = new HashMap<>();
        offsets.forEach((tp, o) -> result.put(tp, o == null ? 0 : o.offset()));
        return result;
    }

    long committedTotal(String connector) throws ExecutionException, InterruptedException {
        return committed(connector).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The end offsets of {@code topic}'s partitions. */
    Map<TopicPartition, Long> endOffsets(String topic, int partitions) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** True when the connector committed every record of {@code topic}, i.e. Elasticsearch acknowledged all. */
    boolean caughtUp(String connector, String topic, int partitions) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> committed = committed(connector);
        return endOffsets(topic, partitions).entrySet().stream()
                .allMatch(e -> committed.getOrDefault(e.getKey(), 0L).equals(e.getValue()));
    }

    static List<String> ids(Map<String, JsonNode> documents) {
        return documents.keySet().stream().sorted().toList();
    }

    @Override
    public void close() throws IOException {
        producer.close();
        serializer.close();
        admin.close();
        es.close();
    }
}
