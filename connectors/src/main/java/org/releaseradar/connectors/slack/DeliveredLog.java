package org.releaseradar.connectors.slack;

import java.util.List;

/**
 * Which alert ids Slack has already accepted, durable across restarts: what makes a redelivered alert
 * (read again after a restart or rebalance because its offset was not committed yet) a no-op.
 */
interface DeliveredLog extends AutoCloseable {

    /** Whether Slack accepted this alert id before (from this connector). */
    boolean contains(String alertId);

    /**
     * Records that Slack accepted these alerts, durably, before returning: retried until the write is
     * acknowledged or the task stops.
     *
     * @throws InterruptedException when the task stops before the write was acknowledged
     */
    void recordPosted(List<PendingAlert> alerts, boolean digest) throws InterruptedException;

    /** Reads what other writers (an earlier owner of a partition) recorded since the last read. */
    void catchUp();

    /** How many alert ids it knows. */
    int size();

    @Override
    void close();
}
