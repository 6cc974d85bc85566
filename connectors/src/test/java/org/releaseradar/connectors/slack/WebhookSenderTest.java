package org.releaseradar.connectors.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.types.Password;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.releaseradar.connectors.common.http.HttpFetchSettings;
import org.releaseradar.fixtures.slack.Answer;
import org.releaseradar.fixtures.slack.ReceivedRequest;
import org.releaseradar.fixtures.slack.SlackReceiver;
import org.releaseradar.schemas.avro.Severity;

/** The sender against the local Slack receiver: order per rule, retries, Retry-After, refusals, digests, spacing. */
class WebhookSenderTest {

    private static final TopicPartition TP = new TopicPartition("radar.alerts", 0);
    private static final Duration INTERVAL = Duration.ofMillis(150);

    private final SlackReceiver receiver = SlackReceiver.start();
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final List<Boolean> postedAsDigest = new CopyOnWriteArrayList<>();
    private final Map<String, String> rejected = new ConcurrentHashMap<>();
    private final List<WebhookSender> senders = new ArrayList<>();
    private long seq;

    @AfterEach
    void stop() throws InterruptedException {
        for (WebhookSender sender : senders) {
            sender.stop(Duration.ofSeconds(5));
        }
        receiver.close();
    }

    private WebhookSender sender(String url, int maxAttempts, Duration initialBackoff, boolean retryUnanswered,
                                 Duration requestTimeout, Duration digestInterval) {
        HttpFetchSettings http = new HttpFetchSettings(Duration.ofSeconds(2), requestTimeout, maxAttempts,
                initialBackoff, initialBackoff.multipliedBy(4), Duration.ofSeconds(5), 64 * 1024, "RadarTest/1");
        Webhook webhook = new Webhook("alerts", new Password(url), List.of("alerts"));
        WebhookSender sender = new WebhookSender(webhook, new SlackWebhookClient(http, new Redactor(List.of(webhook.url()))),
                new AlertMessages(), new WebhookPacer(INTERVAL, System::nanoTime),
                new WebhookSender.Settings(http, retryUnanswered, digestInterval, Severity.NOTICE),
                new WebhookSender.Listener() {
                    @Override
                    public void posted(Webhook w, List<PendingAlert> alerts, boolean digest) {
                        alerts.forEach(a -> {
                            posted.add(a.alert().getId());
                            postedAsDigest.add(digest);
                        });
                    }

                    @Override
                    public void rejected(Webhook w, List<PendingAlert> alerts, String reason) {
                        alerts.forEach(a -> rejected.put(a.alert().getId(), reason));
                    }
                }, System::nanoTime);
        sender.start("test-sender");
        senders.add(sender);
        return sender;
    }

    private WebhookSender sender(String url) {
        return sender(url, Integer.MAX_VALUE, Duration.ofMillis(100), true, Duration.ofSeconds(5), Duration.ZERO);
    }

    private PendingAlert pending(String id, String rule, Severity severity, boolean digest) {
        long offset = seq++;
        return new PendingAlert(null, TP, offset, TestAlerts.alert(id, rule, severity),
                Route.fallback(new Password("x")), digest, offset);
    }

    private PendingAlert pending(String id, String rule) {
        return pending(id, rule, Severity.WARNING, false);
    }

    private static String idOf(ReceivedRequest request) {
        String context = request.json().path("blocks").get(request.json().path("blocks").size() - 1)
                .path("elements").get(0).path("text").asText();
        return context.replaceAll(".* · alert (\\S+) · .*", "$1");
    }

    @Test
    void aRetriedAlertHoldsBackItsRuleButNotTheOtherRules() {
        String url = receiver.webhook("alerts");
        receiver.script("alerts", Answer.unavailable());
        WebhookSender sender = sender(url, Integer.MAX_VALUE, Duration.ofMillis(1_000), true, Duration.ofSeconds(5), Duration.ZERO);
        sender.submit(pending("a1", "rule-a"));
        sender.submit(pending("a2", "rule-a"));
        sender.submit(pending("b1", "rule-b"));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> posted.size() == 3);
        assertThat(posted).containsExactly("b1", "a1", "a2");
        assertThat(receiver.requests("alerts")).extracting(WebhookSenderTest::idOf).containsExactly("a1", "b1", "a1", "a2");
        assertThat(receiver.requests("alerts").get(0).status()).isEqualTo(503);
        assertThat(rejected).isEmpty();
    }

    @Test
    void honoursRetryAfterForTheWholeWebhook() {
        String url = receiver.webhook("alerts");
        receiver.script("alerts", Answer.rateLimited(1));
        WebhookSender sender = sender(url);
        sender.submit(pending("a1", "rule-a"));
        sender.submit(pending("b1", "rule-b"));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> posted.size() == 2);
        List<ReceivedRequest> requests = receiver.requests("alerts");
        assertThat(requests).extracting(ReceivedRequest::status).containsExactly(429, 200, 200);
        assertThat(requests).extracting(WebhookSenderTest::idOf).containsExactly("a1", "a1", "b1");
        assertThat(requests.get(1).receivedNanos() - requests.get(0).receivedNanos())
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(posted).containsExactly("a1", "b1");
    }

    @Test
    void aPermanentRefusalIsRejectedWithSlacksReasonAndDoesNotBlockTheRule() {
        String url = receiver.webhook("alerts");
        receiver.answerWhen("alerts", body -> body.contains("(bad)"), Answer.invalidPayload());
        receiver.answerWhen("alerts", body -> body.contains("(gone)"), Answer.channelNotFound());
        WebhookSender sender = sender(url);
        sender.submit(pending("good", "rule-a"));
        sender.submit(pending("bad", "rule-a"));
        sender.submit(pending("gone", "rule-a"));
        sender.submit(pending("good2", "rule-a"));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> posted.size() + rejected.size() == 4);
        assertThat(posted).containsExactly("good", "good2");
        assertThat(rejected).containsEntry("bad", "HTTP 400 invalid_payload").containsEntry("gone", "HTTP 404 channel_not_found");
        assertThat(receiver.requests("alerts")).hasSize(4);
    }

    @Test
    void anUnknownWebhookAnswersNoService() {
        WebhookSender sender = sender(receiver.unknownWebhook());
        sender.submit(pending("a1", "rule-a"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rejected.size() == 1);
        assertThat(rejected).containsEntry("a1", "HTTP 404 no_service");
    }

    @Test
    void transientFailuresPastMaxAttemptsAreRejected() {
        String url = receiver.webhook("alerts");
        receiver.script("alerts", Answer.serverError(), Answer.unavailable());
        WebhookSender sender = sender(url, 2, Duration.ofMillis(50), true, Duration.ofSeconds(5), Duration.ZERO);
        sender.submit(pending("a1", "rule-a"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rejected.size() == 1);
        assertThat(rejected.get("a1")).isEqualTo("HTTP 503 service_unavailable after 2 attempts");
    }

    @Test
    void anUnansweredRequestIsNotRetriedWhenStrictAtMostOnceIsAsked() {
        String url = receiver.webhook("alerts");
        receiver.script("alerts", Answer.slow(Duration.ofSeconds(2)));
        WebhookSender sender = sender(url, Integer.MAX_VALUE, Duration.ofMillis(50), false, Duration.ofMillis(500), Duration.ZERO);
        sender.submit(pending("a1", "rule-a"));
        sender.submit(pending("a2", "rule-a"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rejected.size() == 1 && posted.size() == 1);
        assertThat(rejected.get("a1")).startsWith("no answer within 500 ms").contains("http.retry.unanswered=false");
        assertThat(posted).containsExactly("a2");
        assertThat(receiver.requests("alerts")).hasSize(2);
    }

    @Test
    void anUnansweredRequestIsRetriedByDefault() {
        String url = receiver.webhook("alerts");
        receiver.script("alerts", Answer.slow(Duration.ofSeconds(2)));
        WebhookSender sender = sender(url, Integer.MAX_VALUE, Duration.ofMillis(50), true, Duration.ofMillis(500), Duration.ZERO);
        sender.submit(pending("a1", "rule-a"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> posted.size() == 1);
        // Slack got it twice: the window http.retry.unanswered=false closes, at the price of dead-lettering it
        assertThat(receiver.requests("alerts")).hasSize(2);
    }

    @Test
    void requestsArriveAtLeastOneIntervalApartEvenWithSlowAnswers() {
        String url = receiver.webhook("alerts");
        receiver.script("alerts", Answer.ok(), Answer.slow(Duration.ofMillis(400)), Answer.ok(), Answer.serverError());
        WebhookSender sender = sender(url);
        for (int i = 0; i < 12; i++) {
            sender.submit(pending("x" + i, "rule-" + (i % 3)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> posted.size() == 12);
        List<ReceivedRequest> requests = receiver.requests("alerts");
        for (int i = 1; i < requests.size(); i++) {
            assertThat(requests.get(i).receivedNanos() - requests.get(i - 1).receivedNanos())
                    .as("gap before request %d", i).isGreaterThanOrEqualTo(INTERVAL.toNanos());
        }
        assertThat(posted).doesNotHaveDuplicates();
        for (int rule = 0; rule < 3; rule++) {
            int r = rule;
            assertThat(posted.stream().filter(id -> Integer.parseInt(id.substring(1)) % 3 == r).toList())
                    .as("order of rule-%d", rule).isSortedAccordingTo((a, b) ->
                            Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))));
        }
    }

    @Test
    void aDigestCollectsAlertsForOneIntervalIntoOneMessage() {
        String url = receiver.webhook("alerts");
        WebhookSender sender = sender(url, Integer.MAX_VALUE, Duration.ofMillis(100), true, Duration.ofSeconds(5),
                Duration.ofMillis(800));
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            sender.submit(pending("low" + i, "downloads-milestone", Severity.INFO, true));
        }
        sender.submit(pending("urgent", "watched-lab-release", Severity.CRITICAL, false));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> posted.size() == 6);
        assertThat(posted).containsExactly("urgent", "low0", "low1", "low2", "low3", "low4");
        assertThat(postedAsDigest).containsExactly(false, true, true, true, true, true);
        List<ReceivedRequest> messages = receiver.messages("alerts");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).text()).isEqualTo("Radar digest: 5 alerts");
        assertThat(messages.get(1).receivedNanos() - start).isGreaterThanOrEqualTo(Duration.ofMillis(800).toNanos());
        for (int i = 0; i < 5; i++) {
            assertThat(messages.get(1).body()).contains("(low" + i + ")");
        }
    }

    @Test
    void releasingAPartitionDropsItsQueuedAlerts() throws InterruptedException {
        String url = receiver.webhook("alerts");
        receiver.script("alerts", Answer.slow(Duration.ofMillis(500)));
        WebhookSender sender = sender(url);
        sender.submit(pending("a1", "rule-a"));
        sender.submit(pending("a2", "rule-a"));
        sender.submit(pending("a3", "rule-b"));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> receiver.requests("alerts").size() == 1);
        assertThat(sender.release(List.of(TP), Duration.ofSeconds(5))).isTrue(); // waits for a1's answer
        assertThat(posted).containsExactly("a1");
        assertThat(sender.queued()).isZero();
        Thread.sleep(500);
        assertThat(receiver.requests("alerts")).hasSize(1);
    }
}
