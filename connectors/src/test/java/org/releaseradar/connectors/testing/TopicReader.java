package org.releaseradar.connectors.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.releaseradar.schemas.serde.AvroSerde;
import org.releaseradar.schemas.serde.RadarSerdes;

/** Reads what connectors wrote, from the beginning of a topic, as a downstream consumer would. */
public final class TopicReader {

    private final String bootstrapServers;
    private final String registryUrl;

    public TopicReader(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
    }

    /**
     * Avro records of {@code type} from {@code topic}, polling until {@code done} holds for what was
     * read so far or {@code timeout} passes (then returns what it has, for the assertion to explain).
     */
    public <T extends SpecificRecord> List<ConsumerRecord<String, T>> read(String topic, Class<T> type,
            Predicate<List<ConsumerRecord<String, T>>> done, Duration timeout) {
        try (AvroSerde<T> serde = RadarSerdes.specific(type,
                Map.of("schema.registry.url", registryUrl, "specific.avro.reader", true), false);
             KafkaConsumer<String, T> consumer = new KafkaConsumer<>(props(), new StringDeserializer(),
                     serde.deserializer())) {
            return poll(consumer, topic, done, timeout);
        }
    }

    /** Raw records (e.g. the dead-letter topic), with their headers. */
    public List<ConsumerRecord<String, byte[]>> readRaw(String topic,
            Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            return poll(consumer, topic, done, timeout);
        }
    }

    private static <V> List<ConsumerRecord<String, V>> poll(KafkaConsumer<String, V> consumer, String topic,
            Predicate<List<ConsumerRecord<String, V>>> done, Duration timeout) {
        consumer.subscribe(List.of(topic));
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(records) && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(250)).forEach(records::add);
        }
        return records;
    }

    private Properties props() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }
}
