package org.releaseradar.connectors.elasticsearch.offsets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class OffsetLedgerTest {

    private static final TopicPartition P0 = new TopicPartition("radar.releases", 0);
    private static final TopicPartition P1 = new TopicPartition("radar.releases", 1);

    private final OffsetLedger ledger = new OffsetLedger();
    private final List<ConnectException> reportFailures = new ArrayList<>();

    private TrackedRecord track(TopicPartition tp, long offset) {
        return ledger.track(new SinkRecord(tp.topic(), tp.partition(), null, "k" + offset, null, new byte[] {1}, offset));
    }

    private Map<TopicPartition, OffsetAndMetadata> committable() {
        return ledger.committable(reportFailures::add);
    }

    @Test
    void commitsOnlyUpToTheFirstUnfinishedRecord() {
        List<TrackedRecord> records = new ArrayList<>();
        for (long offset = 10; offset < 15; offset++) {
            records.add(track(P0, offset));
        }
        assertThat(committable()).as("nothing acknowledged yet: nothing to commit").isEmpty();

        records.get(0).markDone();
        records.get(1).markDone();
        records.get(3).markDone(); // acknowledged, but 12 is not
        assertThat(committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(12)));
        assertThat(ledger.openRecords()).isEqualTo(3);

        records.get(2).markDone();
        assertThat(committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(14)));
        records.get(4).markDone();
        assertThat(committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(15)));
        assertThat(committable()).as("asked again: the same").containsExactly(Map.entry(P0, new OffsetAndMetadata(15)));
        assertThat(ledger.openRecords()).isZero();
        assertThat(records.get(4).record()).as("a done record lets go of its bytes").isNull();
    }

    @Test
    void partitionsAdvanceIndependently() {
        TrackedRecord a = track(P0, 0);
        track(P1, 0);
        a.markDone();

        assertThat(committable()).containsOnlyKeys(P0);
    }

    @Test
    void aDeadLetterRecordIsDoneWhenItsReportIsWritten() {
        TrackedRecord rejected = track(P0, 0);
        track(P0, 1).markDone();
        CompletableFuture<Void> report = new CompletableFuture<>();
        rejected.reportedAs(report);
        assertThat(committable()).isEmpty();

        report.complete(null);
        assertThat(committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(2)));
        assertThat(reportFailures).isEmpty();
    }

    @Test
    void aFailedDeadLetterReportIsNeverCommittedPast() {
        track(P0, 0).markDone();
        TrackedRecord rejected = track(P0, 1);
        track(P0, 2).markDone();
        rejected.reportedAs(CompletableFuture.failedFuture(new IllegalStateException("DLQ topic is gone")));

        assertThat(committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(1)));
        assertThat(reportFailures).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("radar.releases-0").contains("dead-letter queue").contains("DLQ topic is gone"));
    }

    @Test
    void aRedeliveredOffsetIsNotTrackedTwice() {
        assertThat(track(P0, 5)).isNotNull();
        assertThat(track(P0, 5)).isNull();
        assertThat(track(P0, 4)).isNull();
        assertThat(track(P0, 6)).isNotNull();
    }

    @Test
    void closedPartitionsAreForgottenAndTheirRecordsNoLongerWanted() {
        TrackedRecord r = track(P0, 0);
        TrackedRecord other = track(P1, 0);
        other.markDone();

        ledger.close(List.of(P0));

        assertThat(r.isWanted()).isFalse();
        assertThat(other.isWanted()).isTrue();
        assertThat(committable()).containsOnlyKeys(P1);
        assertThat(track(P0, 0)).as("assigned again later: tracked afresh").isNotNull();
    }
}
