package org.releaseradar.connectors.elasticsearch.bulk;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.connect.sink.SinkRecord;
import org.releaseradar.connectors.elasticsearch.offsets.OffsetLedger;
import org.releaseradar.connectors.elasticsearch.offsets.TrackedRecord;

/** Building blocks for the bulk unit tests: a settable clock, settings, records and documents. */
final class BulkTesting {

    static final String INDEX = "radar-releases";
    static final String TOPIC = "radar.releases";

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final OffsetLedger ledger = new OffsetLedger();
    private final long[] nextOffset = new long[8];

    static BulkSettings settings(int maxActions, long maxBytes, long lingerMs, int maxInFlight) {
        return new BulkSettings(maxActions, maxBytes, Duration.ofMillis(lingerMs), maxInFlight, 10_000, 100_000_000L,
                Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMinutes(15));
    }

    void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }

    /** The next record of {@code partition}, tracked by the ledger. */
    TrackedRecord record(int partition, String key) {
        long offset = nextOffset[partition]++;
        return ledger.track(new SinkRecord(TOPIC, partition, null, key, null, new byte[] {1}, offset));
    }

    static DocumentAction doc(String id, String body) {
        return DocumentAction.index(INDEX, id, ("{\"v\":\"" + body + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    static String body(String value) {
        return "{\"v\":\"" + value + "\"}";
    }
}
