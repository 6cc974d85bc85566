package org.releaseradar.cli.bench.stage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Small Kafka helpers the stages share: one producer configuration, end offsets, group lag. */
public final class Kafka {

    private Kafka() {
    }

    /**
     * The producer every stage writes input with: what a tuned client would use on loopback (batches of
     * 128 KiB, 10 ms linger), idempotent with acks=all as Kafka's defaults are, so the baseline is a
     * producer one would run in production, not a fire-and-forget one.
     */
    public static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 131_072);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** Sum of the latest offsets of {@code topic} (read_committed: up to the last stable offset). */
    public static long endOffsets(Admin admin, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        long sum = 0;
        for (var info : admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get().values()) {
            sum += info.offset();
        }
        return sum;
    }

    /** Committed offsets of {@code group} on {@code topic}, summed (0 when it has none). */
    public static long committed(Admin admin, String group, String topic) throws ExecutionException, InterruptedException {
        long sum = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get().entrySet()) {
            if (e.getKey().topic().equals(topic) && e.getValue() != null) {
                sum += e.getValue().offset();
            }
        }
        return sum;
    }

    /**
     * Records {@code group} has not committed past on every partition of {@code topics} — also on
     * partitions it has not committed on yet (a downstream repartition topic whose task has not run yet
     * must not look settled). A transaction marker at a partition's end counts as one offset, so a lag of
     * one is none.
     */
    public static long lag(Admin admin, String group, Collection<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) -> description.partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        long lag = 0;
        for (TopicPartition tp : latest.keySet()) {
            OffsetAndMetadata at = committed.get(tp);
            long behind = ends.get(tp).offset() - (at == null ? 0 : at.offset());
            lag += behind > 1 ? behind : 0;
        }
        return lag;
    }

    /**
     * The topics a Kafka Streams application reads: {@code sources} and its own internal topics
     * (repartition and foreign-key subscription topics, named {@code <application.id>-…}; changelogs are
     * written, not read, so they are left out).
     */
    public static List<String> streamsInputs(Admin admin, String applicationId, Collection<String> sources)
            throws ExecutionException, InterruptedException {
        List<String> topics = new ArrayList<>(sources);
        for (String topic : admin.listTopics().names().get()) {
            if (topic.startsWith(applicationId + "-") && !topic.endsWith("-changelog")) {
                topics.add(topic);
            }
        }
        return topics;
    }
}
