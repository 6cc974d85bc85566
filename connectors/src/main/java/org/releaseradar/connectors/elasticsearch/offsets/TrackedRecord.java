package org.releaseradar.connectors.elasticsearch.offsets;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * A record the task accepted and has not finished with. It is done when Elasticsearch acknowledged
 * its action (or the action of a newer record for the same document that replaced it), or when its
 * report to the dead-letter queue was written. Only done records let the committed offset pass.
 *
 * <p>State changes come from the task thread and from bulk threads; each change has one writer and
 * the fields are volatile, so the task thread reading them in {@code preCommit} sees them.
 */
public final class TrackedRecord {

    private final PartitionProgress partition;
    private final long offset;
    private volatile SinkRecord record;
    private volatile boolean done;
    private volatile Future<Void> report;

    TrackedRecord(PartitionProgress partition, long offset, SinkRecord record) {
        this.partition = partition;
        this.offset = offset;
        this.record = record;
    }

    public long offset() {
        return offset;
    }

    /** "topic radar.releases partition 0 offset 42", for messages. */
    public String position() {
        return "topic " + partition.topicPartition().topic() + " partition " + partition.topicPartition().partition()
                + " offset " + offset;
    }

    /** The sink record, for a dead-letter report; null once done (its bytes need not stay in memory). */
    public SinkRecord record() {
        return record;
    }

    /** False once the task gave up its partition (revoked, task stopping): its action need not go out any more. */
    public boolean isWanted() {
        return !partition.isClosed();
    }

    public boolean isDone() {
        return done;
    }

    /** Elasticsearch acknowledged it, or a newer action for its document replaced it and was acknowledged. */
    public void markDone() {
        done = true;
        record = null;
    }

    /** Its dead-letter report is on its way; it is done when {@code report} completes. */
    public void reportedAs(Future<Void> report) {
        this.report = report;
    }

    /**
     * Settles a finished dead-letter report.
     *
     * @return true when done now
     * @throws ExecutionException when the report could not be written (the record must not be committed)
     */
    boolean settle() throws ExecutionException, InterruptedException {
        Future<Void> pending = report;
        if (done || pending == null || !pending.isDone()) {
            return done;
        }
        pending.get();
        report = null;
        markDone();
        return true;
    }

    @Override
    public String toString() {
        return partition.topicPartition() + "@" + offset + (done ? " done" : report != null ? " reported" : "");
    }
}
