package org.releaseradar.connectors.common.http;

import java.time.Duration;

/**
 * How a source connector fetches over HTTP.
 *
 * @param connectTimeout  TCP connect timeout
 * @param requestTimeout  time for a whole response
 * @param maxAttempts     attempts per request, the first included, for 429, 5xx and connection errors
 * @param initialBackoff  first wait before a retry; doubles each attempt, randomised between half and all of it
 * @param maxBackoff      cap of the wait between attempts
 * @param maxRetryAfter   cap of a server's {@code Retry-After}: longer answers are honoured only up to this
 * @param maxBodyBytes    a larger response is refused (reported, never buffered without bound)
 * @param userAgent       sent with every request
 */
public record HttpFetchSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfter,
        long maxBodyBytes,
        String userAgent) {

    public HttpFetchSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }
}
