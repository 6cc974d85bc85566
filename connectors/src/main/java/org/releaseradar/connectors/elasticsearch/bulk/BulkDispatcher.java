package org.releaseradar.connectors.elasticsearch.bulk;

import org.releaseradar.connectors.common.http.Backoff;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task's sending side: one thread that prepares the indices, then takes ready batches from the
 * {@link BulkBuffer} and hands each to a pool of {@code maxInFlight} threads running a
 * {@link BulkRunner}. It runs on its own so that the linger time holds however seldom Connect calls
 * {@code put}, and so that {@code put}/{@code preCommit} never wait for Elasticsearch.
 */
public final class BulkDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BulkDispatcher.class);
    private static final long MAX_IDLE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final BulkBuffer buffer;
    private final BulkRunner runner;
    private final IndexSetup setup;
    private final BulkSettings settings;
    private final RetryWaits waits;
    private final LongSupplier nanoClock;
    private final ExecutorService senders;
    private final Thread thread;

    public BulkDispatcher(BulkBuffer buffer, BulkSender sender, IndexSetup setup, BulkSettings settings, String name) {
        this.buffer = buffer;
        this.setup = setup;
        this.settings = settings;
        this.waits = new RetryWaits();
        this.nanoClock = System::nanoTime;
        this.runner = new BulkRunner(buffer, sender, settings, waits, nanoClock, RandomGenerator.getDefault());
        this.senders = Executors.newFixedThreadPool(settings.maxInFlight(), threads(name + "-bulk"));
        this.thread = threads(name + "-dispatcher").newThread(this::dispatch);
    }

    public void start() {
        thread.start();
    }

    private void dispatch() {
        try {
            prepareIndices();
            while (!waits.isStopped() && buffer.failure().isEmpty()) {
                BulkBatch batch = buffer.awaitBatch(MAX_IDLE_WAIT_NANOS);
                if (batch != null) {
                    senders.execute(() -> runner.run(batch));
                }
            }
        } catch (InterruptedException e) {
            // stopping
        } catch (RuntimeException e) {
            buffer.fail(new ConnectException("The Elasticsearch sink's dispatcher failed: " + e, e));
        }
    }

    /** Runs the index setup, retried like a bulk request, before any document is sent. */
    private void prepareIndices() throws InterruptedException {
        Backoff backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        long since = nanoClock.getAsLong();
        for (int attempt = 1; ; attempt++) {
            try {
                setup.run();
                return;
            } catch (BulkRequestException e) {
                long failingFor = nanoClock.getAsLong() - since;
                if (!e.isRetriable() || failingFor >= settings.maxRetryDuration().toNanos()) {
                    buffer.fail(new ConnectException("Cannot prepare the Elasticsearch indices (templates, aliases): "
                            + e.getMessage(), e));
                    return;
                }
                Duration wait = backoff.delay(attempt, RandomGenerator.getDefault());
                log.warn("Preparing the Elasticsearch indices failed ({}), attempt {}; retrying in {} ms",
                        e.getMessage(), attempt, wait.toMillis());
                waits.sleep(wait);
            }
        }
    }

    /** Ends the current retry waits early, e.g. so that bulks drop documents of revoked partitions at once. */
    public void wakeRetries() {
        waits.wakeAll();
    }

    /** Stops sending: waits and retries end at once; what is unacknowledged is not committed. */
    @Override
    public void close() {
        waits.stop();
        buffer.close();
        thread.interrupt();
        senders.shutdownNow();
        try {
            thread.join(5_000);
            if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Bulk requests still running 5 s after stop; they end when the client is closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
