package org.releaseradar.connectors.common.http;

import java.time.Duration;

/**
 * Waits between attempts. A task passes one that wakes up when the task is stopped, so a stop
 * never waits out a backoff or a long {@code Retry-After}.
 */
@FunctionalInterface
public interface Sleeper {

    /** @throws InterruptedException when the wait was cut short because the caller is stopping */
    void sleep(Duration duration) throws InterruptedException;
}
