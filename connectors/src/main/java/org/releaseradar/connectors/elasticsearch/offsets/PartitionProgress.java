package org.releaseradar.connectors.elasticsearch.offsets;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The records of one assigned partition that are not committed yet, in offset order. The offset to
 * commit is the one after the last record of the unbroken run of done records at the head: a done
 * record behind an unfinished one waits, so a restart redelivers the unfinished one.
 *
 * <p>Used by the task thread only; records are marked done from other threads (see {@link TrackedRecord}).
 */
final class PartitionProgress {

    private final TopicPartition topicPartition;
    private final Deque<TrackedRecord> open = new ArrayDeque<>();
    private volatile boolean closed;
    private long lastTracked = -1;
    private Long committable;

    PartitionProgress(TopicPartition topicPartition) {
        this.topicPartition = topicPartition;
    }

    TopicPartition topicPartition() {
        return topicPartition;
    }

    /** @return the tracked record, or null when {@code offset} was tracked already (a redelivery) */
    TrackedRecord track(long offset, SinkRecord record) {
        if (offset <= lastTracked) {
            return null;
        }
        lastTracked = offset;
        TrackedRecord tracked = new TrackedRecord(this, offset, record);
        open.addLast(tracked);
        return tracked;
    }

    /**
     * Drops the done records at the head.
     *
     * @return the offset to commit (the one after the last done record), or null when none is done yet
     * @throws ExecutionException when a dead-letter report failed
     */
    Long advance() throws ExecutionException, InterruptedException {
        while (!open.isEmpty() && open.peekFirst().settle()) {
            committable = open.pollFirst().offset() + 1;
        }
        return committable;
    }

    /** The offset after the last done record of the head run, as of the last {@link #advance()}; null if none. */
    Long committable() {
        return committable;
    }

    /** Records from the first unfinished one on. */
    int openCount() {
        return open.size();
    }

    boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
    }
}
