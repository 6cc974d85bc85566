package org.releaseradar.connectors.elasticsearch.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.connectors.elasticsearch.bulk.BulkTesting.doc;
import static org.releaseradar.connectors.elasticsearch.bulk.BulkTesting.settings;

import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.releaseradar.connectors.elasticsearch.offsets.TrackedRecord;

class BulkBufferTest {

    private final BulkTesting t = new BulkTesting();

    private BulkBuffer buffer(int maxActions, long maxBytes, long lingerMs, int maxInFlight) {
        return new BulkBuffer(settings(maxActions, maxBytes, lingerMs, maxInFlight), t.nanos::get);
    }

    private static List<String> ids(BulkBatch batch) {
        return batch.documents().stream().map(d -> d.action().id()).toList();
    }

    @Test
    void aBatchWaitsForItsLingerTimeUnlessItIsFull() {
        BulkBuffer buffer = buffer(3, 1_000_000, 100, 2);
        buffer.add(doc("a", "1"), t.record(0, "a"));
        buffer.add(doc("b", "1"), t.record(0, "b"));

        assertThat(buffer.takeReady()).as("not full, not lingered").isNull();
        assertThat(buffer.nanosUntilReady()).isEqualTo(100_000_000L);
        t.advanceMillis(60);
        assertThat(buffer.nanosUntilReady()).isEqualTo(40_000_000L);
        t.advanceMillis(40);
        BulkBatch batch = buffer.takeReady();
        assertThat(ids(batch)).containsExactly("a", "b");
        assertThat(buffer.takeReady()).isNull();
    }

    @Test
    void aBatchGoesAtOnceWhenItReachesMaxActions() {
        BulkBuffer buffer = buffer(2, 1_000_000, 10_000, 2);
        for (String id : List.of("a", "b", "c")) {
            buffer.add(doc(id, "1"), t.record(0, id));
        }

        assertThat(ids(buffer.takeReady())).containsExactly("a", "b");
        assertThat(buffer.takeReady()).as("c alone is neither full nor lingered").isNull();
    }

    @Test
    void aBatchGoesAtOnceWhenItReachesMaxBytesAndABigDocumentGoesAlone() {
        long oneDoc = doc("a", "1").sizeInBytes();
        BulkBuffer buffer = buffer(100, oneDoc * 2, 10_000, 4);
        buffer.add(doc("a", "1"), t.record(0, "a"));
        buffer.add(doc("b", "1"), t.record(0, "b"));
        buffer.add(doc("c", "1"), t.record(0, "c"));
        buffer.add(doc("d", "x".repeat(1_000)), t.record(0, "d"));

        assertThat(ids(buffer.takeReady())).containsExactly("a", "b");
        assertThat(ids(buffer.takeReady())).as("the next one would not fit").containsExactly("c");
        assertThat(ids(buffer.takeReady())).as("larger than max bytes: sent alone").containsExactly("d");
    }

    @Test
    void onlyTheLatestActionPerIdIsSentAndItStandsForEveryRecordItReplaced() {
        BulkBuffer buffer = buffer(10, 1_000_000, 0, 2);
        TrackedRecord v1 = t.record(0, "a");
        TrackedRecord v2 = t.record(0, "a");
        TrackedRecord other = t.record(0, "b");
        TrackedRecord v3 = t.record(0, "a");
        buffer.add(doc("a", "v1"), v1);
        buffer.add(doc("a", "v2"), v2);
        buffer.add(doc("b", "v1"), other);
        buffer.add(DocumentAction.delete(BulkTesting.INDEX, "a"), v3);
        assertThat(buffer.documents()).isEqualTo(2);

        BulkBatch batch = buffer.takeReady();
        assertThat(batch.documents()).extracting(PendingDocument::action)
                .containsExactly(DocumentAction.delete(BulkTesting.INDEX, "a"), doc("b", "v1"));
        buffer.settle(batch.documents().get(0), DocumentOutcome.ACKNOWLEDGED);

        assertThat(List.of(v1, v2, v3)).allMatch(TrackedRecord::isDone);
        assertThat(other.isDone()).isFalse();
        assertThat(buffer.bytes()).isEqualTo(doc("b", "v1").sizeInBytes());
    }

    @Test
    void aNewerActionWaitsWhileTheOlderOneForTheSameIdIsInFlight() {
        BulkBuffer buffer = buffer(10, 1_000_000, 0, 4);
        buffer.add(doc("a", "v1"), t.record(0, "a"));
        BulkBatch first = buffer.takeReady();
        buffer.add(doc("a", "v2"), t.record(0, "a"));
        buffer.add(doc("b", "v1"), t.record(0, "b"));

        BulkBatch second = buffer.takeReady();
        assertThat(ids(second)).as("a/v2 must not race a/v1").containsExactly("b");
        assertThat(buffer.takeNow()).isNull();
        assertThat(buffer.nanosUntilReady()).isEqualTo(Long.MAX_VALUE);

        buffer.settle(first.documents().get(0), DocumentOutcome.ACKNOWLEDGED);
        BulkBatch third = buffer.takeReady();
        assertThat(third.documents()).extracting(PendingDocument::action).containsExactly(doc("a", "v2"));
    }

    @Test
    void noMoreThanMaxInFlightBatchesAreOut() {
        BulkBuffer buffer = buffer(1, 1_000_000, 0, 2);
        for (String id : List.of("a", "b", "c")) {
            buffer.add(doc(id, "1"), t.record(0, id));
        }
        BulkBatch a = buffer.takeReady();
        assertThat(buffer.takeReady()).isNotNull();
        assertThat(buffer.takeReady()).as("two in flight").isNull();
        assertThat(buffer.batchesInFlight()).isEqualTo(2);

        buffer.settle(a.documents().get(0), DocumentOutcome.ACKNOWLEDGED);
        assertThat(buffer.takeReady()).as("settled but the request is not over").isNull();
        buffer.finish(a);
        assertThat(ids(buffer.takeReady())).containsExactly("c");
    }

    @Test
    void aRejectedActionSendsItsOwnRecordToTheDeadLetterQueueAndSettlesTheOnesItReplaced() {
        BulkBuffer buffer = buffer(10, 1_000_000, 0, 2);
        TrackedRecord v1 = t.record(0, "a");
        TrackedRecord v2 = t.record(0, "a");
        buffer.add(doc("a", "v1"), v1);
        buffer.add(doc("a", "v2"), v2);
        BulkBatch batch = buffer.takeReady();

        buffer.settle(batch.documents().get(0), new DocumentOutcome.Rejected("bad month"));

        assertThat(v1.isDone()).isTrue();
        assertThat(v2.isDone()).as("done only once the dead-letter report is written").isFalse();
        assertThat(buffer.drainRejections()).singleElement().satisfies(r -> {
            assertThat(r.record()).isSameAs(v2);
            assertThat(r.reason()).isEqualTo("bad month");
        });
        assertThat(buffer.drainRejections()).isEmpty();
    }

    @Test
    void documentsOfClosedPartitionsAreDroppedAndNotReportedAnyMore() throws Exception {
        BulkBuffer buffer = buffer(10, 1_000_000, 0, 2);
        buffer.add(doc("a", "1"), t.record(0, "a"));
        BulkBatch inFlight = buffer.takeReady();
        buffer.add(doc("b", "1"), t.record(0, "b"));
        buffer.add(doc("c", "1"), t.record(1, "c"));

        t.ledger.close(List.of(new TopicPartition(BulkTesting.TOPIC, 0)));
        buffer.dropUnwanted();

        assertThat(buffer.awaitUnwantedSettled(0)).as("a/1 of the closed partition is still on the wire").isFalse();
        assertThat(ids(buffer.takeNow())).containsExactly("c");
        buffer.settle(inFlight.documents().get(0), new DocumentOutcome.Rejected("whatever"));
        assertThat(buffer.drainRejections()).as("the next owner deals with it").isEmpty();
        assertThat(buffer.awaitUnwantedSettled(0)).isTrue();
    }

    @Test
    void theFirstFailureIsKept() {
        BulkBuffer buffer = buffer(10, 1_000_000, 0, 2);
        buffer.fail(new IllegalStateException("first"));
        buffer.fail(new IllegalStateException("second"));

        assertThat(buffer.failure()).get().extracting(Throwable::getMessage).isEqualTo("first");
    }
}
