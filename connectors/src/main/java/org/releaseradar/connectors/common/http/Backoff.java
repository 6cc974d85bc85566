package org.releaseradar.connectors.common.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, shared by every Radar HTTP client: the wait before retry number
 * {@code attempt} doubles from {@code initial}, is capped at {@code max}, and is drawn at random
 * between half and all of that bound, so clients that failed together do not retry together.
 */
public final class Backoff {

    private Backoff() {
    }

    /**
     * @param attempt the attempt that just failed, 1 for the first
     * @return a wait between half and all of {@code min(max, initial * 2^(attempt-1))}
     */
    public static Duration jittered(int attempt, Duration initial, Duration max) {
        long cap = max.toMillis();
        long exponential = initial.toMillis() << Math.min(Math.max(attempt, 1) - 1, 20);
        long bound = Math.max(1, Math.min(cap, exponential));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound / 2, bound + 1));
    }
}
