package org.releaseradar.schemas.registry;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently to retry a registry request that failed with a 5xx answer or a connection error.
 *
 * <p>The delay before retry {@code n} is drawn uniformly from [b/2, b] with
 * {@code b = min(maxBackoff, initialBackoff * 2^(n-1))}, so that many clients restarted together
 * do not hit a recovering registry in lockstep.
 *
 * @param maxAttempts total attempts including the first, at least 1
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(5));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1, got " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max, got " + initialBackoff + " and " + maxBackoff);
        }
    }

    /** The delay to wait before attempt {@code attempt + 1}, after {@code attempt} failed attempts. */
    public Duration delayAfter(int attempt, RandomGenerator random) {
        long initial = initialBackoff.toMillis();
        long ceiling = maxBackoff.toMillis();
        long exponential = attempt >= 31 ? ceiling : Math.min(ceiling, initial << Math.max(0, attempt - 1));
        long half = exponential / 2;
        return Duration.ofMillis(half + (exponential - half == 0 ? 0 : random.nextLong(exponential - half + 1)));
    }
}
