package org.releaseradar.connectors.slack;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces the requests to one webhook: the next request may start only {@code minInterval} after the
 * previous one <em>ended</em> (its answer arrived or it failed), and not before a {@code Retry-After} Slack
 * asked for has passed.
 *
 * <p>Measuring from the end of the previous request, not its start, is what makes the guarantee hold where
 * Slack (and a test's receiver) measures it: request n+1 leaves at least {@code minInterval} after answer n
 * came back, so it arrives at least {@code minInterval} after request n arrived, whatever the network or a
 * slow answer did. The price is a little throughput (one message per interval plus the answer's time).
 *
 * <p>Not thread-safe: each webhook's sender owns one and calls it under its own lock.
 */
final class WebhookPacer {

    private final LongSupplier nanoTime;
    private final long minIntervalNanos;
    private long nextAllowed;
    private boolean started;

    /** @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime}, or a test's fake) */
    WebhookPacer(Duration minInterval, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.minIntervalNanos = minInterval.toNanos();
    }

    /** How long until a request may start; zero when it may start now. */
    Duration waitTime() {
        if (!started) {
            return Duration.ZERO;
        }
        long left = nextAllowed - nanoTime.getAsLong();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** A request ended now (any outcome): the next one waits at least the minimum interval. */
    void requestEnded() {
        hold(minIntervalNanos);
    }

    /** Slack answered 429: no request before {@code retryAfter} from now (nor before the minimum interval). */
    void rateLimited(Duration retryAfter) {
        hold(Math.max(minIntervalNanos, retryAfter.toNanos()));
    }

    private void hold(long nanos) {
        long until = nanoTime.getAsLong() + nanos;
        if (!started || until - nextAllowed > 0) {
            nextAllowed = until;
        }
        started = true;
    }
}
