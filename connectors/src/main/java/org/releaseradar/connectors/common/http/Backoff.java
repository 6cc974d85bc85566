package org.releaseradar.connectors.common.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter, shared by every Radar client of a remote service (sources, the
 * Elasticsearch and Slack sinks): the wait before retry number {@code attempt} doubles from
 * {@code initial}, is capped at {@code max}, and is drawn at random between half and all of that
 * bound, so clients that failed together do not hit a recovering service in lockstep.
 */
public record Backoff(Duration initial, Duration max) {

    /**
     * @param attempt the attempt that just failed, 1 for the first
     * @return a wait between half and all of {@code min(max, initial * 2^(attempt-1))}
     */
    public Duration delay(int attempt, RandomGenerator random) {
        long cap = max.toMillis();
        long exponential = initial.toMillis() << Math.min(Math.max(attempt, 1) - 1, 20);
        long bound = Math.max(1, Math.min(cap, exponential));
        return Duration.ofMillis(random.nextLong(bound / 2, bound + 1));
    }

    /** {@link #delay} with the thread's own random numbers. */
    public static Duration jittered(int attempt, Duration initial, Duration max) {
        return new Backoff(initial, max).delay(attempt, ThreadLocalRandom.current());
    }
}
