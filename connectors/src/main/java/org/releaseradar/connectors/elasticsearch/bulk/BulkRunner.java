package org.releaseradar.connectors.elasticsearch.bulk;

import org.releaseradar.connectors.common.http.Backoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.apache.kafka.connect.errors.ConnectException;
import org.releaseradar.connectors.common.http.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one batch until every document in it is settled. Items Elasticsearch acknowledges or
 * rejects for good are settled as their answers come; the request (no answer, 408, 429, 5xx) or the
 * items (429, 5xx, {@code es_rejected_execution_exception}, ...) that failed for now are sent again
 * after an exponential backoff with jitter, each time with a log line giving the reason. The
 * documents stay in flight meanwhile, so no newer action for their ids can overtake them.
 *
 * <p>When a batch has not gone through after {@code maxRetryDuration}, or the request fails in a
 * way waiting will not heal (401, 403, 413, a 400 for the whole request), the task is failed with
 * the reason. Nothing unacknowledged is committed, so nothing is lost.
 */
public final class BulkRunner {

    private static final Logger log = LoggerFactory.getLogger(BulkRunner.class);

    private final BulkBuffer buffer;
    private final BulkSender sender;
    private final Backoff backoff;
    private final Duration maxRetryDuration;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final RandomGenerator random;

    public BulkRunner(BulkBuffer buffer, BulkSender sender, BulkSettings settings, Sleeper sleeper,
                      LongSupplier nanoClock, RandomGenerator random) {
        this.buffer = buffer;
        this.sender = sender;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.maxRetryDuration = settings.maxRetryDuration();
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
        this.random = random;
    }

    /** Runs {@code batch} to the end; never throws (a failure fails the task through the buffer). */
    public void run(BulkBatch batch) {
        try {
            sendUntilSettled(batch);
        } catch (InterruptedException e) {
            // The task is stopping: what is unsettled is not committed and is read again after a restart.
        } catch (RuntimeException e) {
            buffer.fail(new ConnectException(batch + " failed unexpectedly: " + e, e));
        } finally {
            buffer.finish(batch);
        }
    }

    private void sendUntilSettled(BulkBatch batch) throws InterruptedException {
        List<PendingDocument> remaining = batch.documents();
        long failingSince = 0;
        int attempt = 0;
        while (true) {
            remaining = dropUnwanted(remaining);
            if (remaining.isEmpty()) {
                return;
            }
            attempt++;
            List<PendingDocument> retry;
            String reason;
            try {
                List<ItemResult> results = sender.send(remaining.stream().map(PendingDocument::action).toList());
                retry = new ArrayList<>();
                reason = settleItems(batch, remaining, results, retry);
            } catch (BulkRequestException e) {
                if (e.status() == 413 && remaining.size() == 1) {
                    // Alone and still too large (a bulk never holds more than bulk.max.bytes unless one
                    // document is larger): the document itself is the problem.
                    PendingDocument alone = remaining.get(0);
                    buffer.settle(alone, new DocumentOutcome.Rejected(rejectionReason(alone,
                            new ItemResult(413, "request_entity_too_large", e.getMessage()
                                    + " (the document alone is larger than the cluster's http.max_content_length)"))));
                    log.warn("{}: Elasticsearch refused a document as too large; it goes to the dead-letter queue", batch);
                    return;
                }
                if (!e.isRetriable()) {
                    buffer.fail(new ConnectException("Elasticsearch refused " + batch + " as a whole, and waiting will"
                            + " not change that: " + e.getMessage() + hint(e.status())));
                    return;
                }
                retry = remaining;
                reason = e.getMessage();
            }
            if (retry.isEmpty()) {
                if (attempt > 1) {
                    log.info("{} went through at attempt {}", batch, attempt);
                }
                return;
            }
            long now = nanoClock.getAsLong();
            if (attempt == 1) {
                failingSince = now;
            }
            long failingFor = now - failingSince;
            if (failingFor >= maxRetryDuration.toNanos()) {
                buffer.fail(new ConnectException("Elasticsearch has not taken " + retry.size() + " action(s) of " + batch
                        + " in " + Duration.ofNanos(failingFor).toSeconds() + " s of retries (retry.max.duration.ms="
                        + maxRetryDuration.toMillis() + "); last error: " + reason
                        + ". Nothing unacknowledged was committed: restart the task once Elasticsearch is back."));
                return;
            }
            Duration wait = backoff.delay(attempt, random);
            Duration left = maxRetryDuration.minusNanos(failingFor);
            if (wait.compareTo(left) > 0) {
                wait = left;
            }
            log.warn("{}: {}; attempt {} failed, retrying {} action(s) in {} ms", batch, reason, attempt, retry.size(),
                    wait.toMillis());
            remaining = waitBeforeRetry(retry, wait);
        }
    }

    /**
     * Waits {@code wait}; a wait woken early (the task gave up partitions) drops what is no longer
     * wanted and goes on waiting for the rest, so the backoff holds for what is still to be sent.
     */
    private List<PendingDocument> waitBeforeRetry(List<PendingDocument> retry, Duration wait) throws InterruptedException {
        long deadline = nanoClock.getAsLong() + wait.toNanos();
        List<PendingDocument> remaining = retry;
        do {
            sleeper.sleep(Duration.ofNanos(Math.max(0, deadline - nanoClock.getAsLong())));
            remaining = dropUnwanted(remaining);
        } while (!remaining.isEmpty() && nanoClock.getAsLong() < deadline);
        return remaining;
    }

    /** Settles what is final, collects what to retry; returns why the retried items failed, or null. */
    private String settleItems(BulkBatch batch, List<PendingDocument> sent, List<ItemResult> results,
                               List<PendingDocument> retry) {
        if (results.size() != sent.size()) {
            retry.addAll(sent);
            return "Elasticsearch answered " + results.size() + " items for " + sent.size() + " actions";
        }
        String firstRetryReason = null;
        int rejected = 0;
        for (int i = 0; i < sent.size(); i++) {
            PendingDocument document = sent.get(i);
            ItemResult result = results.get(i);
            switch (result.verdict(document.action())) {
                case ACKNOWLEDGED -> buffer.settle(document, DocumentOutcome.ACKNOWLEDGED);
                case REJECTED -> {
                    rejected++;
                    buffer.settle(document, new DocumentOutcome.Rejected(rejectionReason(document, result)));
                }
                case RETRY -> {
                    retry.add(document);
                    if (firstRetryReason == null) {
                        firstRetryReason = "HTTP " + result.status() + (result.errorText() == null ? "" : " " + result.errorText());
                    }
                }
            }
        }
        if (rejected > 0) {
            log.warn("{}: Elasticsearch rejected {} document(s); they go to the dead-letter queue", batch, rejected);
        }
        return retry.isEmpty() ? null
                : retry.size() + " of " + sent.size() + " item(s) refused for now, e.g. " + firstRetryReason;
    }

    private static String rejectionReason(PendingDocument document, ItemResult result) {
        DocumentAction action = document.action();
        return "Elasticsearch rejected the " + (action.isDelete() ? "delete" : "document") + " '" + action.id()
                + "' for index " + action.index() + " (" + document.latest().position() + "): HTTP " + result.status()
                + " " + (result.errorText() == null ? "(no reason given)" : result.errorText());
    }

    private List<PendingDocument> dropUnwanted(List<PendingDocument> documents) {
        List<PendingDocument> wanted = new ArrayList<>(documents.size());
        for (PendingDocument document : documents) {
            if (document.isWanted()) {
                wanted.add(document);
            } else {
                buffer.settle(document, DocumentOutcome.DROPPED);
            }
        }
        return wanted;
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> " (check elasticsearch.username/password or elasticsearch.api.key and the user's"
                    + " privileges: index and delete on the target aliases)";
            case 413 -> " (lower bulk.max.bytes under the cluster's http.max_content_length)";
            default -> "";
        };
    }
}
