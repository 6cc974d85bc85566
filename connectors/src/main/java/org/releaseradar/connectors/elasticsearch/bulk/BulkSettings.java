package org.releaseradar.connectors.elasticsearch.bulk;

import java.time.Duration;

/**
 * Bounds of bulk requests, of the task's buffer, and of retries.
 *
 * @param maxActions       most actions in one bulk request
 * @param maxBytes         most bytes in one bulk request (a larger single document goes alone)
 * @param linger           how long a document may wait for its bulk to fill
 * @param maxInFlight      most bulk requests in flight
 * @param bufferMaxRecords unacknowledged records above which the task pauses its partitions
 * @param bufferMaxBytes   unacknowledged document bytes above which the task pauses its partitions
 * @param initialBackoff   first wait before a retry; doubles each attempt, randomised between half and all of it
 * @param maxBackoff       longest wait between attempts
 * @param maxRetryDuration how long one bulk is retried before the task fails
 */
public record BulkSettings(
        int maxActions,
        long maxBytes,
        Duration linger,
        int maxInFlight,
        int bufferMaxRecords,
        long bufferMaxBytes,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryDuration) {

    public BulkSettings {
        if (maxActions < 1 || maxBytes < 1 || maxInFlight < 1 || bufferMaxRecords < 1 || bufferMaxBytes < 1) {
            throw new IllegalArgumentException("bulk and buffer bounds must be positive");
        }
    }
}
