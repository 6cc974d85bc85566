package org.releaseradar.connectors.elasticsearch.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RetryWaitsTest {

    private final RetryWaits waits = new RetryWaits();

    @Test
    void aWaitLastsItsDuration() throws Exception {
        long t0 = System.nanoTime();
        waits.sleep(Duration.ofMillis(50));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(49));
    }

    @Test
    void wakeAllEndsCurrentWaitsEarly() throws Exception {
        CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            try {
                waits.sleep(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return System.nanoTime() - t0;
        });
        Thread.sleep(100);
        waits.wakeAll();

        assertThat(Duration.ofNanos(waited.get(5, TimeUnit.SECONDS))).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void stopEndsWaitsForGood() throws Exception {
        CompletableFuture<Void> waited = CompletableFuture.runAsync(() -> {
            try {
                waits.sleep(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException("stopped", e);
            }
        });
        Thread.sleep(100);
        waits.stop();

        assertThatThrownBy(() -> waited.get(5, TimeUnit.SECONDS)).hasMessageContaining("stopped");
        assertThatThrownBy(() -> waits.sleep(Duration.ofSeconds(1))).isInstanceOf(InterruptedException.class);
        assertThat(waits.isStopped()).isTrue();
    }
}
