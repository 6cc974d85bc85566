package org.releaseradar.connectors.elasticsearch.bulk;

import java.util.ArrayList;
import java.util.List;
import org.releaseradar.connectors.elasticsearch.offsets.TrackedRecord;

/**
 * The next action for one document, and every record it stands for: a newer record for a document
 * whose action has not been sent yet replaces that action (only the latest state needs to reach
 * Elasticsearch) and joins its records, which are all done when the action is acknowledged.
 * Guarded by the {@link BulkBuffer} that holds it.
 */
public final class PendingDocument {

    private final DocumentKey key;
    private final long queuedAtNanos;
    private final List<TrackedRecord> records = new ArrayList<>(1);
    private DocumentAction action;

    PendingDocument(DocumentAction action, TrackedRecord record, long queuedAtNanos) {
        this.key = action.key();
        this.action = action;
        this.queuedAtNanos = queuedAtNanos;
        this.records.add(record);
    }

    public DocumentKey key() {
        return key;
    }

    public DocumentAction action() {
        return action;
    }

    /** The records this action stands for, oldest first; the last one is the action's own. */
    public List<TrackedRecord> records() {
        return records;
    }

    public TrackedRecord latest() {
        return records.get(records.size() - 1);
    }

    long queuedAtNanos() {
        return queuedAtNanos;
    }

    /** @return the change in bytes */
    long replace(DocumentAction newer, TrackedRecord record) {
        long before = action.sizeInBytes();
        action = newer;
        records.add(record);
        return newer.sizeInBytes() - before;
    }

    /** True while some record it stands for belongs to a partition the task still owns. */
    public boolean isWanted() {
        for (TrackedRecord record : records) {
            if (record.isWanted()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return action + " (" + records.size() + " record(s))";
    }
}
