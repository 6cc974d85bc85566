package org.releaseradar.cli.bench.stage;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.releaseradar.cli.bench.Progress;
import org.releaseradar.cli.bench.report.BenchReport;

/**
 * Raw Kafka rates of the bench's own records (the serialized snapshots, keys and values as bytes): what
 * the broker and plain clients do on this machine right now, the yardstick for the streams application.
 */
public final class KafkaBaselines {

    private KafkaBaselines() {
    }

    /** A baseline pass shorter than this is repeated: a sub-second figure is mostly warm-up and noise. */
    static final double MIN_SECONDS = 3.0;
    static final int MAX_PASSES = 30;

    /**
     * Sends every record to {@code topic} and waits for every acknowledgement; the first pass warms the
     * producer and the broker up and is not timed, then passes over the same records are timed until they
     * add up to {@link #MIN_SECONDS}. The topic then holds (passes + 1) × records, which
     * {@link #consume} reads.
     */
    public static BenchReport.Rate produce(String bootstrap, String topic, List<byte[]> keys, List<byte[]> values,
                                           Progress progress) throws Exception {
        AtomicReference<Exception> failed = new AtomicReference<>();
        long bytes = 0;
        long count = 0;
        double seconds = 0;
        try (KafkaProducer<byte[], byte[]> producer = Kafka.producer(bootstrap)) {
            producer.partitionsFor(topic); // metadata outside the timed part
            pass(producer, topic, keys, values, failed, progress);
            for (int passes = 0; passes < MAX_PASSES && seconds < MIN_SECONDS; passes++) {
                long t0 = System.nanoTime();
                bytes += pass(producer, topic, keys, values, failed, progress);
                seconds += (System.nanoTime() - t0) / 1e9;
                count += values.size();
            }
        }
        if (failed.get() != null) {
            throw new IllegalStateException("producing to " + topic + " failed: " + failed.get().getMessage(), failed.get());
        }
        return new BenchReport.Rate("KafkaProducer, acks=all, idempotent, batch 128 KiB, linger 10 ms, to " + topic
                + ", after one untimed pass", count, seconds, bytes);
    }

    private static long pass(KafkaProducer<byte[], byte[]> producer, String topic, List<byte[]> keys, List<byte[]> values,
                             AtomicReference<Exception> failed, Progress progress) {
        long bytes = 0;
        for (int i = 0; i < values.size(); i++) {
            bytes += keys.get(i).length + values.get(i).length;
            producer.send(new ProducerRecord<>(topic, keys.get(i), values.get(i)), (m, e) -> {
                if (e != null) {
                    failed.compareAndSet(null, e);
                }
            });
            if ((i & 1023) == 0) {
                progress.update(i, values.size(), "records");
            }
        }
        producer.flush();
        progress.update(values.size(), values.size(), "records");
        return bytes;
    }

    /**
     * Reads {@code count} records of {@code topic} from the beginning with a plain consumer, timed from
     * the first fetch that returned records (the group join is not reading); the records the producer's
     * untimed pass wrote are read first and not counted, so the timed part is the consumer warmed up.
     */
    public static BenchReport.Rate consume(String bootstrap, String topic, long warmup, long count, Progress progress) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "radar-bench-raw-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long read = 0;
        long bytes = 0;
        long t0 = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long skipped = 0;
            while (read < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("read only " + read + " of " + count + " records of " + topic);
                }
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    if (skipped < warmup) {
                        skipped++;
                        if (skipped == warmup) {
                            t0 = System.nanoTime();
                        }
                        continue;
                    }
                    if (t0 == 0) {
                        t0 = System.nanoTime();
                    }
                    read++;
                    bytes += (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
                }
                progress.update(read, count, "records");
            }
        }
        return new BenchReport.Rate("KafkaConsumer, read_committed, default fetch sizes, " + topic + ", after reading the untimed pass",
                read, (System.nanoTime() - t0) / 1e9, bytes);
    }
}
