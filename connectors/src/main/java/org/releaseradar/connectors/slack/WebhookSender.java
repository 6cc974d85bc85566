package org.releaseradar.connectors.slack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.apache.kafka.common.TopicPartition;
import org.releaseradar.connectors.common.http.Backoff;
import org.releaseradar.connectors.common.http.HttpFetchSettings;
import org.releaseradar.connectors.slack.SlackWebhookClient.Accepted;
import org.releaseradar.connectors.slack.SlackWebhookClient.Failed;
import org.releaseradar.connectors.slack.SlackWebhookClient.Outcome;
import org.releaseradar.connectors.slack.SlackWebhookClient.RateLimited;
import org.releaseradar.connectors.slack.SlackWebhookClient.Rejected;
import org.releaseradar.schemas.avro.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the alerts of one webhook, on a thread of its own, one request at a time, paced by a
 * {@link WebhookPacer} (one message per interval, Retry-After honoured).
 *
 * <p><b>Ordering.</b> Alerts wait in one lane per rule, in the order the task read them. A lane's head is
 * posted before anything behind it: when it fails transiently (5xx, no connection) the lane backs off
 * (exponential, jittered) and holds its later alerts back, while the other rules' lanes on the same webhook
 * go on. Among lanes that are ready, the alert read first goes first. A 429 holds the whole webhook, as Slack
 * means it.
 *
 * <p><b>Digest.</b> With a digest interval, the alerts {@link PendingAlert#digest()} marks wait in one list;
 * an interval after the first of them arrived, as many as fit one message are posted together (the rest
 * follow at the next free slot).
 *
 * <p><b>Outcomes.</b> Slack's 200 hands the alerts to {@link Listener#posted} on this thread before anything
 * else is sent (the task records them as delivered, synchronously); a permanent refusal, or failures past
 * {@code http.retry.max.attempts}, hand them to {@link Listener#rejected} with Slack's reason. Stopping never
 * interrupts a request on the wire: its answer is awaited (up to the request timeout) and handled, so an
 * accepted message is always recorded.
 */
final class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    /** Where the outcomes go; called on the sender's thread, never under its lock. */
    interface Listener {
        /** Slack accepted the message holding {@code alerts}. May block (the delivered log is written here). */
        void posted(Webhook webhook, List<PendingAlert> alerts, boolean digest) throws InterruptedException;

        /** Slack refused the message holding {@code alerts} for good, for {@code reason}. */
        void rejected(Webhook webhook, List<PendingAlert> alerts, String reason);

        /** A transient failure will be retried (for metrics). */
        default void retrying(Webhook webhook, List<PendingAlert> alerts, String reason) {
        }

        /** Slack answered 429 (for metrics). */
        default void rateLimited(Webhook webhook) {
        }
    }

    /** How this sender retries and digests. */
    record Settings(HttpFetchSettings http, boolean retryUnanswered, Duration digestInterval, Severity digestMaxSeverity) {
    }

    /** Alerts of one rule on this webhook, oldest first. */
    private static final class Lane {
        final ArrayDeque<PendingAlert> queue = new ArrayDeque<>();
        boolean backingOff;
        long notBefore;
        int attempts;
    }

    /** One request's worth of alerts. */
    private record Batch(List<PendingAlert> alerts, boolean digest, Lane lane) {
    }

    private final Webhook webhook;
    private final SlackWebhookClient client;
    private final AlertMessages messages;
    private final WebhookPacer pacer;
    private final Settings settings;
    private final Listener listener;
    private final LongSupplier nanoTime;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final List<PendingAlert> digest = new ArrayList<>();
    private long digestDue;
    private boolean digestBackingOff;
    private long digestNotBefore;
    private int digestAttempts;
    private List<PendingAlert> inFlight = List.of();
    private int queued;
    private boolean stopping;
    private Thread thread;
    private volatile RuntimeException failure;

    WebhookSender(Webhook webhook, SlackWebhookClient client, AlertMessages messages, WebhookPacer pacer,
                  Settings settings, Listener listener, LongSupplier nanoTime) {
        this.webhook = webhook;
        this.client = client;
        this.messages = messages;
        this.pacer = pacer;
        this.settings = settings;
        this.listener = listener;
        this.nanoTime = nanoTime;
    }

    Webhook webhook() {
        return webhook;
    }

    void start(String threadName) {
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues an alert (task thread). */
    void submit(PendingAlert alert) {
        lock.lock();
        try {
            if (alert.digest()) {
                if (digest.isEmpty()) {
                    digestDue = nanoTime.getAsLong() + settings.digestInterval().toNanos();
                }
                digest.add(alert);
            } else {
                lanes.computeIfAbsent(alert.alert().getRule(), r -> new Lane()).queue.addLast(alert);
            }
            queued++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Alerts queued here and not yet done, the one on the wire included. */
    int queued() {
        lock.lock();
        try {
            return queued;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets the queued alerts of {@code partitions} (they were revoked: whoever reads them next posts them)
     * and waits up to {@code timeout} for a request holding any of them to finish.
     *
     * @return false when such a request was still on the wire at the timeout
     */
    boolean release(Collection<TopicPartition> partitions, Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            for (Lane lane : lanes.values()) {
                queued -= removeIf(lane.queue, partitions);
            }
            lanes.values().removeIf(l -> l.queue.isEmpty());
            queued -= removeIf(digest, partitions);
            long deadline = nanoTime.getAsLong() + timeout.toNanos();
            while (inFlight.stream().anyMatch(a -> partitions.contains(a.partition()))) {
                long left = deadline - nanoTime.getAsLong();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private int removeIf(Collection<PendingAlert> alerts, Collection<TopicPartition> partitions) {
        int removed = 0;
        for (Iterator<PendingAlert> it = alerts.iterator(); it.hasNext(); ) {
            PendingAlert a = it.next();
            if (partitions.contains(a.partition()) && !inFlight.contains(a)) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }

    private void run() {
        try {
            while (true) {
                Batch batch = next();
                if (batch == null) {
                    return;
                }
                post(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e; // the task fails on its next put or commit, so Connect's status shows it
        }
    }

    /** The unexpected error that ended this sender's thread, or null while it runs normally. */
    RuntimeException failure() {
        return failure;
    }

    /** Waits until something may be sent now; null when stopping. */
    private Batch next() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (stopping) {
                    return null;
                }
                long now = nanoTime.getAsLong();
                long wakeAt = Long.MAX_VALUE;
                Batch ready = null;
                if (!digest.isEmpty()) {
                    long at = digestBackingOff && digestNotBefore - digestDue > 0 ? digestNotBefore : digestDue;
                    if (at - now <= 0) {
                        ready = new Batch(List.copyOf(digest), true, null);
                    } else {
                        wakeAt = at;
                    }
                }
                if (ready == null) {
                    PendingAlert first = null;
                    Lane firstLane = null;
                    for (Lane lane : lanes.values()) {
                        if (lane.queue.isEmpty()) {
                            continue;
                        }
                        if (lane.backingOff && lane.notBefore - now > 0) {
                            wakeAt = wakeAt == Long.MAX_VALUE || lane.notBefore - wakeAt < 0 ? lane.notBefore : wakeAt;
                        } else if (first == null || lane.queue.peekFirst().seq() < first.seq()) {
                            first = lane.queue.peekFirst();
                            firstLane = lane;
                        }
                    }
                    if (first != null) {
                        ready = new Batch(List.of(first), false, firstLane);
                    }
                }
                if (ready != null) {
                    Duration wait = pacer.waitTime();
                    if (wait.isZero()) {
                        inFlight = ready.alerts();
                        return ready;
                    }
                    changed.awaitNanos(wait.toNanos());
                } else if (wakeAt == Long.MAX_VALUE) {
                    changed.await();
                } else {
                    changed.awaitNanos(Math.max(1, wakeAt - now));
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void post(Batch batch) throws InterruptedException {
        List<PendingAlert> alerts = batch.alerts();
        String payload;
        try {
            if (batch.digest()) {
                AlertMessages.Digest message = messages.digest(alerts.stream().map(PendingAlert::alert).toList(),
                        settings.digestMaxSeverity(), 0);
                alerts = alerts.subList(0, message.count());
                batch = new Batch(List.copyOf(alerts), true, null);
                payload = message.payload();
            } else {
                payload = messages.alert(alerts.get(0).alert());
            }
        } catch (RuntimeException e) {
            listener.rejected(webhook, alerts, "the alert could not be rendered as a Slack message: " + e);
            finish(batch);
            return;
        }
        lock.lock();
        try {
            inFlight = batch.alerts();
        } finally {
            lock.unlock();
        }

        Outcome outcome = client.post(webhook, payload);
        // The listener runs before finish(): until then the alerts count as on the wire, so closing their
        // partitions waits until an accepted message is recorded in the delivered log.
        if (outcome instanceof Accepted) {
            if (log.isDebugEnabled()) {
                log.debug("Slack accepted {} on webhook '{}'", describe(batch), webhook.name());
            }
            listener.posted(webhook, batch.alerts(), batch.digest());
            finish(batch);
        } else if (outcome instanceof RateLimited limited) {
            Duration wait = limited.retryAfter().orElseGet(() -> Backoff.jittered(1,
                    settings.http().initialBackoff(), settings.http().maxBackoff()));
            log.info("Slack rate-limited webhook '{}' (HTTP 429): holding it for {} ms{}", webhook.name(),
                    wait.toMillis(), limited.retryAfter().isPresent() ? " (Retry-After)" : "");
            listener.rateLimited(webhook);
            holdForRateLimit(wait);
        } else if (outcome instanceof Failed failed) {
            if (failed.unanswered() && !settings.retryUnanswered()) {
                listener.rejected(webhook, batch.alerts(), failed.reason() + ": Slack may or may not have"
                        + " posted it; not retried (http.retry.unanswered=false)");
                finish(batch);
                return;
            }
            int attempts = attempts(batch) + 1;
            if (attempts >= settings.http().maxAttempts()) {
                listener.rejected(webhook, batch.alerts(), failed.reason() + " after " + attempts + " attempts");
                finish(batch);
                return;
            }
            Duration backoff = Backoff.jittered(attempts, settings.http().initialBackoff(), settings.http().maxBackoff());
            log.warn("Slack webhook '{}' failed for {}: {}; attempt {}, retrying in {} ms{}", webhook.name(),
                    describe(batch), failed.reason(), attempts, backoff.toMillis(),
                    batch.digest() ? "" : " (later alerts of rule " + batch.alerts().get(0).alert().getRule() + " wait)");
            listener.retrying(webhook, batch.alerts(), failed.reason());
            retryLater(batch, attempts, backoff);
        } else if (outcome instanceof Rejected rejected) {
            listener.rejected(webhook, batch.alerts(), rejected.reason());
            finish(batch);
        }
    }

    private int attempts(Batch batch) {
        lock.lock();
        try {
            return batch.digest() ? digestAttempts : batch.lane().attempts;
        } finally {
            lock.unlock();
        }
    }

    private void retryLater(Batch batch, int attempts, Duration backoff) {
        lock.lock();
        try {
            pacer.requestEnded();
            long at = nanoTime.getAsLong() + backoff.toNanos();
            if (batch.digest()) {
                digestAttempts = attempts;
                digestBackingOff = true;
                digestNotBefore = at;
            } else {
                batch.lane().attempts = attempts;
                batch.lane().backingOff = true;
                batch.lane().notBefore = at;
            }
            inFlight = List.of();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Slack answered 429: the batch stays where it is and the whole webhook waits. */
    private void holdForRateLimit(Duration wait) {
        lock.lock();
        try {
            pacer.rateLimited(wait);
            inFlight = List.of();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The batch is done with (posted or given up): paces the next request and takes its alerts out of the queue. */
    private void finish(Batch batch) {
        lock.lock();
        try {
            pacer.requestEnded();
            if (batch.digest()) {
                digest.removeAll(batch.alerts());
                digestAttempts = 0;
                digestBackingOff = false;
                if (!digest.isEmpty()) {
                    digestDue = nanoTime.getAsLong(); // the rest of an overflowing digest follows at once
                }
            } else {
                batch.lane().queue.remove(batch.alerts().get(0));
                batch.lane().attempts = 0;
                batch.lane().backingOff = false;
                if (batch.lane().queue.isEmpty()) {
                    lanes.values().remove(batch.lane());
                }
            }
            queued -= batch.alerts().size();
            inFlight = List.of();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static String describe(Batch batch) {
        if (batch.digest()) {
            return "a digest of " + batch.alerts().size() + " alert(s)";
        }
        return batch.alerts().get(0).describe();
    }

    /** Nothing new is started from now on; a request on the wire still gets its answer handled. */
    void requestStop() {
        lock.lock();
        try {
            stopping = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops sending: nothing new is started; a request on the wire is awaited up to {@code timeout} and its
     * outcome handled (an accepted message is still recorded).
     */
    void stop(Duration timeout) throws InterruptedException {
        requestStop();
        if (thread != null) {
            thread.join(Math.max(1, timeout.toMillis()));
            if (thread.isAlive()) {
                log.warn("Slack sender for webhook '{}' still waits for Slack's answer after {} ms; leaving it",
                        webhook.name(), timeout.toMillis());
            }
        }
    }

    /** For tests: waits until nothing is queued or {@code timeout} passes. */
    boolean awaitEmpty(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (queued > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
