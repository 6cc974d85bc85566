package org.releaseradar.connectors.elasticsearch.bulk;

import java.time.Duration;
import org.releaseradar.connectors.common.http.Sleeper;

/**
 * The waits between retries of a task's bulks. {@link #stop()} ends them for good (the task is
 * stopping); {@link #wakeAll()} ends the current ones early, so that bulks notice at once that the
 * task gave up some partitions (a rebalance during an outage must not wait out a backoff).
 */
public final class RetryWaits implements Sleeper {

    private boolean stopped;
    private long wakeups;

    /**
     * Waits {@code duration}, or less when woken.
     *
     * @throws InterruptedException when stopped
     */
    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        long seen = wakeups;
        while (!stopped && wakeups == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        if (stopped) {
            throw new InterruptedException("the task is stopping");
        }
    }

    public synchronized void wakeAll() {
        wakeups++;
        notifyAll();
    }

    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    public synchronized boolean isStopped() {
        return stopped;
    }
}
