package org.releaseradar.connectors.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.errors.ConnectException;
import org.releaseradar.connectors.common.avro.AvroRecordEncoder;
import org.releaseradar.connectors.common.http.Backoff;
import org.releaseradar.connectors.common.http.Sleeper;
import org.releaseradar.schemas.avro.SlackDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivered log on a compacted Kafka topic ({@code radar.slack.delivered}): one record per alert Slack
 * accepted, key {@code <connector name>/<alert id>}, value a {@code SlackDelivery} (Avro, Confluent wire
 * format; it names the route, never the URL). The task reads every key of its connector at start, and each
 * write is synchronous (acks=all, idempotent producer) and done right after Slack's 200, before the alert
 * counts as done. A tombstone for a key forgets that alert (an operator's way to allow a re-post).
 */
final class KafkaDeliveredLog implements DeliveredLog {

    private static final Logger log = LoggerFactory.getLogger(KafkaDeliveredLog.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final String topic;
    private final String connector;
    private final String prefix;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final AvroRecordEncoder encoder;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();

    private KafkaDeliveredLog(String topic, String connector, KafkaProducer<String, byte[]> producer,
                              KafkaConsumer<String, byte[]> consumer, AvroRecordEncoder encoder, Sleeper sleeper,
                              Clock clock) {
        this.topic = topic;
        this.connector = connector;
        this.prefix = connector + "/";
        this.producer = producer;
        this.consumer = consumer;
        this.encoder = encoder;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Creates the topic when missing, then reads every alert id this connector recorded. */
    static KafkaDeliveredLog open(SlackConfig config, String connector, Sleeper sleeper, Clock clock) {
        Map<String, Object> client = config.deliveredClient();
        ensureTopic(client, config.deliveredTopic(), config.deliveredReplicationFactor());

        Map<String, Object> producerProps = new HashMap<>(client);
        producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, "radar-slack-delivered-" + connector);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Map<String, Object> consumerProps = new HashMap<>(client);
        consumerProps.put(ConsumerConfig.CLIENT_ID_CONFIG, "radar-slack-delivered-reader-" + connector);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);

        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(),
                new ByteArraySerializer());
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new ByteArrayDeserializer());
        KafkaDeliveredLog deliveredLog = new KafkaDeliveredLog(config.deliveredTopic(), connector, producer, consumer,
                new AvroRecordEncoder(config.registry()), sleeper, clock);
        try {
            deliveredLog.load();
        } catch (RuntimeException e) {
            deliveredLog.close();
            throw e;
        }
        return deliveredLog;
    }

    private static void ensureTopic(Map<String, Object> client, String topic, short replicationFactor) {
        try (Admin admin = Admin.create(client)) {
            NewTopic newTopic = new NewTopic(topic, Optional.of(1),
                    replicationFactor < 1 ? Optional.empty() : Optional.of(replicationFactor))
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
                log.info("Created the compacted delivered-log topic {}", topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    log.warn("Could not create the delivered-log topic {} ({}); assuming it exists", topic,
                            e.getCause() == null ? e.toString() : e.getCause().toString());
                }
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            try {
                Config configs = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
                String policy = configs == null || configs.get(TopicConfig.CLEANUP_POLICY_CONFIG) == null ? ""
                        : configs.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
                if (!policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                    log.warn("The delivered-log topic {} has cleanup.policy={}, not compact: once records expire,"
                            + " a replay of radar.alerts may post old alerts again", topic, policy);
                }
            } catch (ExecutionException | TimeoutException e) {
                log.debug("Could not read the configuration of {}: {}", topic, e.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while preparing the delivered-log topic " + topic, e);
        } catch (TimeoutException e) {
            throw new ConnectException("Kafka did not answer in time while creating the delivered-log topic " + topic, e);
        }
    }

    private void load() {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, LOAD_TIMEOUT);
        if (partitions == null || partitions.isEmpty()) {
            throw new ConnectException("the delivered-log topic " + topic + " does not exist and could not be created");
        }
        List<TopicPartition> tps = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(tps);
        consumer.seekToBeginning(tps);
        catchUp();
        log.info("Delivered log {}: {} alert(s) already posted by connector {}", topic, delivered.size(), connector);
    }

    @Override
    public synchronized void catchUp() {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), LOAD_TIMEOUT);
        long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new ConnectException("could not read the delivered-log topic " + topic + " to its end in "
                        + LOAD_TIMEOUT.toSeconds() + " s");
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.key() == null || !record.key().startsWith(prefix)) {
                    continue;
                }
                String alertId = record.key().substring(prefix.length());
                if (record.value() == null) {
                    delivered.remove(alertId);
                } else {
                    delivered.add(alertId);
                }
            }
        }
    }

    @Override
    public boolean contains(String alertId) {
        return delivered.contains(alertId);
    }

    @Override
    public int size() {
        return delivered.size();
    }

    @Override
    public void recordPosted(List<PendingAlert> alerts, boolean digest) throws InterruptedException {
        long postedAt = clock.millis();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (PendingAlert a : alerts) {
            SlackDelivery value = SlackDelivery.newBuilder()
                    .setAlertId(a.alert().getId()).setConnector(connector).setRule(a.alert().getRule())
                    .setRoute(a.route().name()).setDigest(digest)
                    .setSourceTopic(a.partition().topic()).setSourcePartition(a.partition().partition())
                    .setSourceOffset(a.offset()).setPostedAt(java.time.Instant.ofEpochMilli(postedAt))
                    .build();
            records.add(new ProducerRecord<>(topic, prefix + a.alert().getId(), encode(value)));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                List<Future<RecordMetadata>> writes = new ArrayList<>();
                for (ProducerRecord<String, byte[]> record : records) {
                    writes.add(producer.send(record));
                }
                producer.flush();
                for (Future<RecordMetadata> write : writes) {
                    write.get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
                alerts.forEach(a -> delivered.add(a.alert().getId()));
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                Duration wait = Backoff.jittered(attempt, Duration.ofMillis(500), Duration.ofSeconds(30));
                log.error("Slack accepted {} alert(s) ({}) but recording them in {} failed (attempt {}): {};"
                                + " retrying in {} ms. If the task stops first, they may be posted again after a restart.",
                        alerts.size(), alerts.get(0).describe() + (alerts.size() > 1 ? ", …" : ""), topic, attempt,
                        e.getCause() != null ? e.getCause().toString() : e.toString(), wait.toMillis());
                sleeper.sleep(wait);
            }
        }
    }

    private byte[] encode(SlackDelivery value) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return encoder.encode(topic, value);
            } catch (org.apache.kafka.connect.errors.RetriableException e) {
                Duration wait = Backoff.jittered(attempt, Duration.ofMillis(500), Duration.ofSeconds(30));
                log.warn("Schema registry unavailable while recording a delivery ({}); retrying in {} ms",
                        e.getMessage(), wait.toMillis());
                sleeper.sleep(wait);
            }
        }
    }

    @Override
    public void close() {
        try {
            producer.close(Duration.ofSeconds(10));
        } finally {
            try {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            } finally {
                encoder.close();
            }
        }
    }
}
