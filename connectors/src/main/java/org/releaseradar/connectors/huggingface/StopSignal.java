package org.releaseradar.connectors.huggingface;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.releaseradar.connectors.common.http.Sleeper;

/**
 * The task's waits (poll interval, HTTP backoff, Retry-After) end as soon as the task is stopped,
 * so {@code stop()} never waits them out.
 */
final class StopSignal implements Sleeper {

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (stopped.await(Math.max(0, duration.toMillis()), TimeUnit.MILLISECONDS)) {
            throw new InterruptedException("task stopping");
        }
    }

    void stop() {
        stopped.countDown();
    }

    boolean isStopped() {
        return stopped.getCount() == 0;
    }
}
