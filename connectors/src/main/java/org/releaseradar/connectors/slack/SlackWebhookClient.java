package org.releaseradar.connectors.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.releaseradar.connectors.common.http.HttpFetchSettings;
import org.releaseradar.connectors.common.http.RetryAfter;

/**
 * POSTs one message to an incoming webhook and says what Slack's answer means for the alerts in it.
 * Never throws for an HTTP or network failure (it is an {@link Outcome}), never follows a redirect, and
 * never puts the URL into a reason: reasons name what Slack answered ({@code HTTP 404 no_service}) and
 * exception texts go through the {@link Redactor}.
 */
final class SlackWebhookClient {

    /** What became of one request. */
    sealed interface Outcome permits Accepted, RateLimited, Failed, Rejected {
    }

    /** 2xx: Slack posted the message. */
    record Accepted() implements Outcome {
    }

    /** 429: Slack asks to wait; {@code retryAfter} is its Retry-After (capped), empty when it gave none. */
    record RateLimited(Optional<Duration> retryAfter) implements Outcome {
    }

    /**
     * 5xx, 408, or no answer: worth another try.
     *
     * @param unanswered true when the request may have reached Slack (a timeout or a connection lost after
     *                   sending): Slack may have posted it
     */
    record Failed(String reason, boolean unanswered) implements Outcome {
    }

    /** Any other answer (400 invalid_payload, 403, 404 no_service / channel_not_found, 410…): final. */
    record Rejected(int status, String reason) implements Outcome {
    }

    private static final int MAX_ANSWER_BYTES = 4 * 1024;

    private final HttpFetchSettings settings;
    private final Redactor redactor;
    private final HttpClient http;

    SlackWebhookClient(HttpFetchSettings settings, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** @throws InterruptedException only when the calling thread is interrupted */
    Outcome post(Webhook webhook, String json) throws InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(webhook.url().value().trim()))
                    .timeout(settings.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", settings.userAgent())
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return new Rejected(-1, "the webhook URL of " + webhook.name() + " is not a valid URL");
        }
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            String answer = answer(response);
            if (status >= 200 && status < 300) {
                return new Accepted();
            }
            String reason = "HTTP " + status + (answer.isEmpty() ? "" : " " + answer);
            if (status == 429) {
                return new RateLimited(RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
                        Instant.now()).map(d -> d.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : d));
            }
            if (status >= 500 || status == 408) {
                return new Failed(reason, false);
            }
            return new Rejected(status, reason);
        } catch (HttpConnectTimeoutException | ConnectException e) {
            return new Failed("could not connect (" + describe(e) + ")", false);
        } catch (HttpTimeoutException e) {
            return new Failed("no answer within " + settings.requestTimeout().toMillis() + " ms", true);
        } catch (IOException e) {
            return new Failed("connection failed (" + describe(e) + ")", true);
        } catch (UnresolvedAddressException e) {
            return new Failed("could not resolve the webhook's host", false);
        }
    }

    /** Slack's plain-text answer (e.g. {@code invalid_payload}), on one line, at most 200 characters. */
    private String answer(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            String text = new String(in.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
            return redactor.scrub(text.length() > 200 ? text.substring(0, 200) + "…" : text);
        } catch (IOException e) {
            return "";
        }
    }

    private String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + redactor.scrub(message));
    }
}
