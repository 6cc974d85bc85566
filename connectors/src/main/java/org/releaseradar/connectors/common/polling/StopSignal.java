package org.releaseradar.connectors.common.polling;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.releaseradar.connectors.common.http.Sleeper;

/**
 * Set by a task's {@code stop()} (another thread than {@code poll()}); every wait of the task goes
 * through it, so a stop never waits out a poll interval, a backoff or a {@code Retry-After}.
 */
public final class StopSignal implements Sleeper {

    private final CountDownLatch stopped = new CountDownLatch(1);

    public void stop() {
        stopped.countDown();
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** Waits {@code duration} or until stopped; @throws InterruptedException when stopped. */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (stopped.await(Math.max(0, duration.toMillis()), TimeUnit.MILLISECONDS)) {
            throw new InterruptedException("task is stopping");
        }
    }
}
