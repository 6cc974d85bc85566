package org.releaseradar.connectors.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WebhookPacerTest {

    private final AtomicLong now = new AtomicLong(-5_000_000_000L); // nanoTime may be negative
    private final WebhookPacer pacer = new WebhookPacer(Duration.ofSeconds(1), now::get);

    private void advance(long millis) {
        now.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    @Test
    void theFirstRequestGoesAtOnceThenOnePerIntervalAfterEachAnswer() {
        assertThat(pacer.waitTime()).isZero();
        advance(300); // the request takes 300 ms
        pacer.requestEnded();
        assertThat(pacer.waitTime()).isEqualTo(Duration.ofSeconds(1));
        advance(999);
        assertThat(pacer.waitTime()).isEqualTo(Duration.ofMillis(1));
        advance(1);
        assertThat(pacer.waitTime()).isZero();
        advance(5_000); // a slow answer: the interval counts from its end
        pacer.requestEnded();
        assertThat(pacer.waitTime()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void retryAfterHoldsTheWebhookAndIsNeverShortenedByALaterRequest() {
        pacer.rateLimited(Duration.ofSeconds(30));
        assertThat(pacer.waitTime()).isEqualTo(Duration.ofSeconds(30));
        advance(10_000);
        pacer.requestEnded(); // a request that ended meanwhile cannot bring the next one forward
        assertThat(pacer.waitTime()).isEqualTo(Duration.ofSeconds(20));
        advance(20_000);
        assertThat(pacer.waitTime()).isZero();
    }

    @Test
    void aShortRetryAfterStillKeepsTheMinimumInterval() {
        pacer.rateLimited(Duration.ZERO);
        assertThat(pacer.waitTime()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void requestsSpacedByThePacerArriveAtLeastOneIntervalApartWhateverTheirLatency() {
        // Simulate 200 requests with varying upstream latency and answer time; the receiver sees arrivals.
        long[] latencies = {1, 40, 3, 250, 0, 90, 7};
        long previousArrival = Long.MIN_VALUE;
        for (int i = 0; i < 200; i++) {
            advance(pacer.waitTime().toMillis());
            long sent = now.get();
            long arrival = sent + Duration.ofMillis(latencies[i % latencies.length]).toNanos();
            if (previousArrival != Long.MIN_VALUE) {
                assertThat(arrival - previousArrival).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
            }
            previousArrival = arrival;
            advance(latencies[(i + 3) % latencies.length] * 2 + latencies[i % latencies.length]); // answer back
            pacer.requestEnded();
        }
    }
}
