package org.releaseradar.connectors.common.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs a source's URL the way a polite, robust client does: retries 429 (honouring
 * {@code Retry-After}), 5xx and connection errors with exponential backoff and jitter, refuses
 * bodies over a limit, and fails with a message that names the URL and the reason. Request headers
 * (which may carry a token) are never logged.
 */
public final class HttpFetcher {

    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

    /** How much of an error response is kept: enough for a dead-letter record to show what the server said. */
    private static final int ERROR_BODY_BYTES = 64 * 1024;

    private final HttpFetchSettings settings;
    private final Sleeper sleeper;
    private final HttpClient http;

    public HttpFetcher(HttpFetchSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * @param headers extra request headers, e.g. {@code Authorization} or conditional-GET validators
     * @return a 2xx response, or a 304 when a conditional request found nothing new
     * @throws HttpFetchException   on a permanent error, or when transient errors outlast the retries
     * @throws InterruptedException when the sleeper was woken because the task is stopping
     */
    public FetchResponse get(URI uri, Map<String, String> headers) throws HttpFetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent());
        headers.forEach(request::header);
        HttpRequest built = request.build();

        int lastStatus = -1;
        byte[] lastBody = new byte[0];
        Exception lastError = null;
        String lastReason = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Duration wait;
            Duration backoff = backoff(attempt);
            try {
                HttpResponse<InputStream> response = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
                lastStatus = response.statusCode();
                if (lastStatus == 304 || (lastStatus >= 200 && lastStatus < 300)) {
                    return new FetchResponse(uri, lastStatus, response.headers(), readBounded(uri, response));
                }
                lastBody = readQuietly(response);
                lastReason = "HTTP " + lastStatus + snippet(lastBody);
                lastError = null;
                if (lastStatus == 429) {
                    wait = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now())
                            .map(d -> d.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : d)
                            .orElse(backoff);
                } else if (lastStatus >= 500) {
                    wait = backoff;
                } else {
                    throw new HttpFetchException(uri, lastStatus, false, lastReason, null, lastBody);
                }
            } catch (IOException e) {
                lastError = e;
                lastStatus = -1;
                lastBody = new byte[0];
                lastReason = "connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                wait = backoff;
            }
            if (attempt < settings.maxAttempts()) {
                log.warn("GET {} failed ({}), attempt {} of {}; retrying in {} ms",
                        uri, lastReason, attempt, settings.maxAttempts(), wait.toMillis());
                sleeper.sleep(wait);
            }
        }
        throw new HttpFetchException(uri, lastStatus, true,
                lastReason + " after " + settings.maxAttempts() + " attempts", lastError, lastBody);
    }

    private Duration backoff(int attempt) {
        return Backoff.jittered(attempt, settings.initialBackoff(), settings.maxBackoff());
    }

    private byte[] readBounded(URI uri, HttpResponse<InputStream> response) throws IOException, HttpFetchException {
        long limit = settings.maxBodyBytes();
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw new HttpFetchException(uri, response.statusCode(), false,
                        "response body is over the limit of " + limit + " bytes (http.max.body.bytes)", null);
            }
            return body;
        }
    }

    private static byte[] readQuietly(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return in.readNBytes(ERROR_BODY_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String snippet(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        String text = new String(Arrays.copyOf(body, Math.min(body.length, 200)), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").trim();
        return text.isEmpty() ? "" : ": " + text;
    }
}
