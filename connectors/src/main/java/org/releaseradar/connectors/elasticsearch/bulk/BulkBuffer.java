package org.releaseradar.connectors.elasticsearch.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;
import org.releaseradar.connectors.elasticsearch.offsets.TrackedRecord;

/**
 * The documents of one task between {@code put} and Elasticsearch's answer, and the rules that keep
 * them in order:
 * <ul>
 *   <li>At most one action per document id is in flight. A newer record for an id that is in flight
 *       waits here until that action is settled (acknowledged, rejected, or dropped), however many
 *       retries that takes, so an older version never lands after a newer one.</li>
 *   <li>While an action waits, a newer record for its id replaces it: a bulk carries only the latest
 *       action per id.</li>
 *   <li>A batch is taken when {@code maxActions} or {@code maxBytes} is reached or its oldest document
 *       has lingered {@code linger}, and only while fewer than {@code maxInFlight} batches are out.</li>
 * </ul>
 * Thread-safe: the task thread adds, the dispatcher takes, bulk threads settle; one monitor guards
 * it, and waiters are woken on every change.
 */
public final class BulkBuffer {

    private final BulkSettings settings;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<DocumentKey, PendingDocument> waiting = new LinkedHashMap<>();
    private final Map<DocumentKey, PendingDocument> sending = new HashMap<>();
    private final Queue<Rejection> rejections = new ConcurrentLinkedQueue<>();
    private long waitingBytes;
    private long sendingBytes;
    private int batchesInFlight;
    private long nextBatchId = 1;
    private boolean closed;
    private volatile RuntimeException failure;

    public BulkBuffer(BulkSettings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.nanoClock = nanoClock;
    }

    /** Queues {@code action} for {@code record}, replacing a waiting action for the same document. */
    public synchronized void add(DocumentAction action, TrackedRecord record) {
        PendingDocument queued = waiting.get(action.key());
        if (queued != null) {
            waitingBytes += queued.replace(action, record);
        } else {
            waiting.put(action.key(), new PendingDocument(action, record, nanoClock.getAsLong()));
            waitingBytes += action.sizeInBytes();
        }
        notifyAll();
    }

    /**
     * The next batch to send, if one is ready now and a slot is free; its documents move from
     * waiting to in flight.
     */
    public synchronized BulkBatch takeReady() {
        return take(false);
    }

    /** Like {@link #takeReady()}, but does not wait for the linger time (e.g. when stopping). */
    public synchronized BulkBatch takeNow() {
        return take(true);
    }

    private BulkBatch take(boolean ignoreLinger) {
        if (closed || batchesInFlight >= settings.maxInFlight() || waiting.isEmpty()) {
            return null;
        }
        List<PendingDocument> batch = new ArrayList<>();
        long bytes = 0;
        boolean full = false;
        for (PendingDocument document : waiting.values()) {
            if (sending.containsKey(document.key())) {
                continue; // its earlier action is still out: this one waits for it
            }
            long size = document.action().sizeInBytes();
            if (!batch.isEmpty() && bytes + size > settings.maxBytes()) {
                full = true;
                break;
            }
            batch.add(document);
            bytes += size;
            if (batch.size() >= settings.maxActions() || bytes >= settings.maxBytes()) {
                full = true;
                break;
            }
        }
        if (batch.isEmpty()) {
            return null;
        }
        long now = nanoClock.getAsLong();
        if (!full && !ignoreLinger && now - oldest(batch) < settings.linger().toNanos()) {
            return null;
        }
        for (PendingDocument document : batch) {
            waiting.remove(document.key());
            sending.put(document.key(), document);
        }
        waitingBytes -= bytes;
        sendingBytes += bytes;
        batchesInFlight++;
        return new BulkBatch(nextBatchId++, batch, bytes);
    }

    private static long oldest(List<PendingDocument> batch) {
        long oldest = Long.MAX_VALUE;
        for (PendingDocument document : batch) {
            oldest = Math.min(oldest, document.queuedAtNanos());
        }
        return oldest;
    }

    /**
     * How long until a batch could be ready without anything else happening: 0 if it may be ready
     * now, {@code Long.MAX_VALUE} when only a change (an add, a settled document) can make one.
     */
    public synchronized long nanosUntilReady() {
        if (closed || batchesInFlight >= settings.maxInFlight()) {
            return Long.MAX_VALUE;
        }
        for (PendingDocument document : waiting.values()) {
            if (!sending.containsKey(document.key())) {
                long due = document.queuedAtNanos() + settings.linger().toNanos() - nanoClock.getAsLong();
                return Math.max(0, due);
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * Waits up to {@code maxWaitNanos} for a ready batch.
     *
     * @return the batch, or null when none became ready in time or the buffer was closed
     */
    public synchronized BulkBatch awaitBatch(long maxWaitNanos) throws InterruptedException {
        long deadline = nanoClock.getAsLong() + maxWaitNanos;
        while (!closed) {
            BulkBatch batch = takeReady();
            if (batch != null) {
                return batch;
            }
            long left = deadline - nanoClock.getAsLong();
            if (left <= 0) {
                return null;
            }
            long wait = Math.min(left, nanosUntilReady());
            // wait(0) would wait forever; a ready-now batch that could not be taken waits for a change.
            long millis = Math.max(1, (wait + 999_999) / 1_000_000);
            wait(millis);
        }
        return null;
    }

    /**
     * Records what became of an in-flight document and lets the next action for its id go.
     * Acknowledged: all its records are done. Rejected: its own (latest) record is queued for the
     * dead-letter queue, the older ones it replaced are done (their state was overwritten anyway).
     */
    public synchronized void settle(PendingDocument document, DocumentOutcome outcome) {
        if (sending.remove(document.key()) == null) {
            return;
        }
        sendingBytes -= document.action().sizeInBytes();
        List<TrackedRecord> records = document.records();
        if (outcome instanceof DocumentOutcome.Acknowledged) {
            records.forEach(TrackedRecord::markDone);
        } else if (outcome instanceof DocumentOutcome.Rejected rejected) {
            for (int i = 0; i < records.size() - 1; i++) {
                records.get(i).markDone();
            }
            TrackedRecord latest = document.latest();
            if (latest.isWanted()) {
                rejections.add(new Rejection(latest, rejected.reason()));
            }
        }
        // Dropped: the partitions' next owner reads these records again from the committed offset.
        notifyAll();
    }

    /** A batch's request is over (every document settled, or the task is stopping). */
    public synchronized void finish(BulkBatch batch) {
        batchesInFlight--;
        notifyAll();
    }

    /** Rejected records not yet handed to the dead-letter queue; each is returned once. */
    public List<Rejection> drainRejections() {
        List<Rejection> drained = new ArrayList<>();
        for (Rejection r; (r = rejections.poll()) != null; ) {
            drained.add(r);
        }
        return drained;
    }

    /**
     * Forgets waiting documents whose records all belong to partitions the task gave up; in-flight
     * ones are dropped by their bulk before its next attempt.
     */
    public synchronized void dropUnwanted() {
        for (Iterator<PendingDocument> it = waiting.values().iterator(); it.hasNext(); ) {
            PendingDocument document = it.next();
            if (!document.isWanted()) {
                it.remove();
                waitingBytes -= document.action().sizeInBytes();
            }
        }
        notifyAll();
    }

    /**
     * Waits until no in-flight document has a record of a partition the task gave up, so that the
     * partition's next owner cannot be overtaken by a request of ours still on the wire.
     *
     * @return false when {@code timeoutNanos} passed first
     */
    public synchronized boolean awaitUnwantedSettled(long timeoutNanos) throws InterruptedException {
        long deadline = nanoClock.getAsLong() + timeoutNanos;
        while (sending.values().stream().anyMatch(d -> d.records().stream().anyMatch(r -> !r.isWanted()))) {
            long left = deadline - nanoClock.getAsLong();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Documents buffered or in flight. */
    public synchronized int documents() {
        return waiting.size() + sending.size();
    }

    /** Bytes of documents buffered or in flight. */
    public synchronized long bytes() {
        return waitingBytes + sendingBytes;
    }

    public synchronized int batchesInFlight() {
        return batchesInFlight;
    }

    /** Marks the task failed: the task thread throws {@code failure} at its next call. The first failure wins. */
    public synchronized void fail(RuntimeException failure) {
        if (this.failure == null) {
            this.failure = failure;
        }
        notifyAll();
    }

    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** No batch is taken any more; waiters return. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public synchronized boolean isClosed() {
        return closed;
    }
}
