package org.releaseradar.connectors.slack;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets of each partition may be committed: every record the task got is either pending (queued,
 * being posted, waiting for a digest or for its dead-letter write) or done; the committable offset is the
 * first pending one, or one past the highest seen when none is pending. So a commit never covers an alert
 * Slack has not accepted (or the dead-letter queue has not taken), however the alerts of different rules and
 * webhooks overtake each other.
 *
 * <p>Thread-safe: the task thread registers records and reads offsets, the senders mark them done.
 */
final class OffsetTracker {

    private static final class PartitionState {
        long highestSeen = -1;
        final TreeSet<Long> pending = new TreeSet<>();
    }

    private final Map<TopicPartition, PartitionState> partitions = new HashMap<>();
    private int pendingTotal;

    /** Starts tracking {@code tps} afresh (after an assignment). */
    synchronized void open(Collection<TopicPartition> tps) {
        for (TopicPartition tp : tps) {
            PartitionState old = partitions.put(tp, new PartitionState());
            if (old != null) {
                pendingTotal -= old.pending.size();
            }
        }
    }

    /** Forgets {@code tps} (revoked or closed); later done marks for them are ignored. */
    synchronized void close(Collection<TopicPartition> tps) {
        for (TopicPartition tp : tps) {
            PartitionState old = partitions.remove(tp);
            if (old != null) {
                pendingTotal -= old.pending.size();
            }
        }
    }

    synchronized boolean isOpen(TopicPartition tp) {
        return partitions.containsKey(tp);
    }

    /**
     * Registers a record as pending; false when this offset was already seen since the partition was opened
     * (a redelivery the task has in hand already) or the partition is not open.
     */
    synchronized boolean register(TopicPartition tp, long offset) {
        PartitionState state = partitions.get(tp);
        if (state == null || offset <= state.highestSeen) {
            return false;
        }
        state.highestSeen = offset;
        state.pending.add(offset);
        pendingTotal++;
        return true;
    }

    /** The record is done: posted, skipped, or taken by the dead-letter queue. */
    synchronized void done(TopicPartition tp, long offset) {
        PartitionState state = partitions.get(tp);
        if (state != null && state.pending.remove(offset)) {
            pendingTotal--;
        }
    }

    /** The offset to commit for {@code tp} (the next record to read after a restart), empty when nothing was seen. */
    synchronized OptionalLong committable(TopicPartition tp) {
        PartitionState state = partitions.get(tp);
        if (state == null || state.highestSeen < 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(state.pending.isEmpty() ? state.highestSeen + 1 : state.pending.first());
    }

    synchronized int pending() {
        return pendingTotal;
    }

    synchronized int pending(TopicPartition tp) {
        PartitionState state = partitions.get(tp);
        return state == null ? 0 : state.pending.size();
    }
}
