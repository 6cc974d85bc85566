package org.releaseradar.connectors.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

    private static final TopicPartition P0 = new TopicPartition("radar.alerts", 0);
    private static final TopicPartition P1 = new TopicPartition("radar.alerts", 1);
    private final OffsetTracker tracker = new OffsetTracker();

    @Test
    void commitsOnlyUpToTheFirstAlertNotDone() {
        tracker.open(List.of(P0, P1));
        assertThat(tracker.committable(P0)).isEmpty();
        for (long offset = 10; offset < 15; offset++) {
            assertThat(tracker.register(P0, offset)).isTrue();
        }
        assertThat(tracker.committable(P0)).hasValue(10);
        tracker.done(P0, 11);
        tracker.done(P0, 13); // later alerts (another rule, another webhook) overtook 10 and 12
        assertThat(tracker.committable(P0)).hasValue(10);
        tracker.done(P0, 10);
        assertThat(tracker.committable(P0)).hasValue(12);
        tracker.done(P0, 12);
        assertThat(tracker.committable(P0)).hasValue(14);
        tracker.done(P0, 14);
        assertThat(tracker.committable(P0)).hasValue(15);
        assertThat(tracker.pending()).isZero();
        assertThat(tracker.committable(P1)).isEmpty();
    }

    @Test
    void compactionGapsDoNotHoldTheOffsetBack() {
        tracker.open(List.of(P0));
        tracker.register(P0, 3);
        tracker.register(P0, 9); // 4..8 were compacted away
        tracker.done(P0, 3);
        assertThat(tracker.committable(P0)).hasValue(9);
        tracker.done(P0, 9);
        assertThat(tracker.committable(P0)).hasValue(10);
    }

    @Test
    void aRedeliveryOfAnOffsetInHandIsRefusedUntilThePartitionIsOpenedAgain() {
        tracker.open(List.of(P0));
        assertThat(tracker.register(P0, 5)).isTrue();
        assertThat(tracker.register(P0, 5)).isFalse();
        assertThat(tracker.register(P0, 4)).isFalse();
        assertThat(tracker.pending()).isOne();
        tracker.close(List.of(P0));
        assertThat(tracker.pending()).isZero();
        assertThat(tracker.register(P0, 5)).as("a closed partition takes nothing").isFalse();
        tracker.done(P0, 5); // a late answer for a revoked partition is ignored
        tracker.open(List.of(P0));
        assertThat(tracker.register(P0, 5)).isTrue();
        assertThat(tracker.pending(P0)).isOne();
    }
}
