package org.releaseradar.connectors.elasticsearch.bulk;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: before retry {@code n} wait a random time in [b/2, b] with
 * {@code b = min(max, initial * 2^(n-1))}, so that tasks that failed together do not hit a
 * recovering cluster in lockstep.
 */
public record Backoff(Duration initial, Duration max) {

    public Duration delay(int attempt, RandomGenerator random) {
        long cap = max.toMillis();
        long exponential = attempt >= 31 ? cap : Math.min(cap, initial.toMillis() << Math.max(0, attempt - 1));
        long bound = Math.max(1, exponential);
        return Duration.ofMillis(random.nextLong(bound / 2, bound + 1));
    }
}
