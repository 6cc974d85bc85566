package org.releaseradar.connectors.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    /** One scripted answer: status, headers, body. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    private HttpServer server;
    private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
    private final List<Map<String, List<String>>> requestHeaders = new CopyOnWriteArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private URI url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            Answer a = script.isEmpty() ? new Answer(200, Map.of(), "ok") : script.poll();
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(a.status(), a.status() == 304 ? -1 : body.length);
            if (a.status() != 304) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/models?author=Qwen");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpFetcher fetcher(int attempts, long maxBody) {
        return new HttpFetcher(new HttpFetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), attempts,
                Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(30), maxBody, "RadarTest/1"),
                sleeps::add);
    }

    @Test
    void retries5xxThenReturnsTheBody() throws Exception {
        script.add(new Answer(503, Map.of(), "busy"));
        script.add(new Answer(502, Map.of(), "bad gateway"));
        script.add(new Answer(200, Map.of("ETag", "\"v1\""), "[1,2,3]"));

        FetchResponse r = fetcher(5, 1_000).get(url, Map.of("Authorization", "Bearer hf_secret"));

        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("[1,2,3]");
        assertThat(r.header("ETag")).contains("\"v1\"");
        assertThat(requestHeaders).hasSize(3);
        assertThat(requestHeaders.get(0).get("Authorization")).containsExactly("Bearer hf_secret");
        assertThat(requestHeaders.get(0).get("User-agent")).containsExactly("RadarTest/1");
        assertThat(sleeps).hasSize(2).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(50), Duration.ofSeconds(2)));
    }

    @Test
    void honoursRetryAfterOn429() throws Exception {
        script.add(new Answer(429, Map.of("Retry-After", "7"), "{\"error\":\"rate limited\"}"));

        FetchResponse r = fetcher(3, 1_000).get(url, Map.of());

        assertThat(r.status()).isEqualTo(200);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterIsCappedByTheSetting() throws Exception {
        script.add(new Answer(429, Map.of("Retry-After", "86400"), ""));

        fetcher(3, 1_000).get(url, Map.of());

        assertThat(sleeps).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aPermanentErrorFailsAtOnceNamingUrlAndStatus() {
        script.add(new Answer(404, Map.of(), "{\"error\":\"Repository not found\"}"));

        assertThatThrownBy(() -> fetcher(5, 1_000).get(url, Map.of()))
                .isInstanceOfSatisfying(HttpFetchException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.isTransient()).isFalse();
                    assertThat(new String(e.body(), StandardCharsets.UTF_8)).contains("Repository not found");
                })
                .hasMessageContaining("HTTP 404").hasMessageContaining("Repository not found")
                .hasMessageContaining(url.toString());
        assertThat(requestHeaders).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void transientErrorsThatOutlastTheRetriesAreReportedAsTransient() {
        for (int i = 0; i < 3; i++) {
            script.add(new Answer(503, Map.of(), "down"));
        }

        assertThatThrownBy(() -> fetcher(3, 1_000).get(url, Map.of()))
                .isInstanceOfSatisfying(HttpFetchException.class, e -> assertThat(e.isTransient()).isTrue())
                .hasMessageContaining("HTTP 503").hasMessageContaining("after 3 attempts");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void connectionErrorsAreRetriedThenReported() {
        server.stop(0);

        assertThatThrownBy(() -> fetcher(2, 1_000).get(url, Map.of()))
                .isInstanceOfSatisfying(HttpFetchException.class, e -> {
                    assertThat(e.isTransient()).isTrue();
                    assertThat(e.status()).isEqualTo(-1);
                })
                .hasMessageContaining("connection failed");
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        script.add(new Answer(200, Map.of(), "x".repeat(2_000)));

        assertThatThrownBy(() -> fetcher(3, 1_000).get(url, Map.of()))
                .isInstanceOf(HttpFetchException.class)
                .hasMessageContaining("over the limit of 1000 bytes");
    }

    @Test
    void notModifiedIsAnAnswerNotAnError() throws Exception {
        script.add(new Answer(304, Map.of("ETag", "\"v1\""), ""));

        FetchResponse r = fetcher(3, 1_000).get(url, Map.of("If-None-Match", "\"v1\""));

        assertThat(r.notModified()).isTrue();
        assertThat(requestHeaders.get(0).get("If-none-match")).containsExactly("\"v1\"");
    }
}
