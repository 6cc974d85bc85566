package org.releaseradar.connectors.elasticsearch.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.releaseradar.connectors.elasticsearch.offsets.TrackedRecord;

/** The dispatcher with real threads: bulks in flight at once, retries, and still one order per document. */
class BulkDispatcherTest {

    private final BulkTesting t = new BulkTesting();

    /**
     * Versions 1..n of 40 documents go in with several bulks in flight while a busy Elasticsearch
     * refuses a fifth of the items (429) and answers with random delays: every document ends at its
     * last version, and no document ever receives an older version after a newer one.
     */
    @RepeatedTest(3)
    void versionsOfADocumentLandInOrderAcrossConcurrentBulksAndRetries() throws Exception {
        BulkSettings settings = new BulkSettings(7, 1_000_000, Duration.ofMillis(1), 3, 100_000, 100_000_000L,
                Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMinutes(1));
        BulkBuffer buffer = new BulkBuffer(settings, System::nanoTime);
        FakeElasticsearch es = new FakeElasticsearch().answerItems(action ->
                ThreadLocalRandom.current().nextInt(5) == 0 ? FakeElasticsearch.rejectedExecution() : ItemResult.ok(200));
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        BulkSender slow = actions -> {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                return es.send(actions);
            } catch (InterruptedException e) {
                throw new BulkRequestException(BulkRequestException.NO_RESPONSE, "interrupted", e);
            } finally {
                concurrent.decrementAndGet();
            }
        };
        Random random = new Random(42);
        Map<String, Integer> latest = new HashMap<>();
        List<TrackedRecord> records = new ArrayList<>();
        try (BulkDispatcher dispatcher = new BulkDispatcher(buffer, slow, IndexSetup.NONE, settings, "test")) {
            dispatcher.start();
            for (int i = 0; i < 2_000; i++) {
                String id = "doc-" + random.nextInt(40);
                int version = latest.merge(id, 1, Integer::sum);
                TrackedRecord record = t.record(0, id);
                records.add(record);
                buffer.add(BulkTesting.doc(id, Integer.toString(version)), record);
                if (i % 50 == 0) {
                    Thread.sleep(1);
                }
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> records.stream().allMatch(TrackedRecord::isDone));
        }

        assertThat(buffer.failure()).isEmpty();
        Map<String, Integer> lastApplied = new HashMap<>();
        for (DocumentAction action : es.applied()) {
            int version = version(action);
            Integer before = lastApplied.put(action.id(), version);
            assertThat(before == null || before < version)
                    .as("%s: version %d applied after version %d", action.id(), version, before).isTrue();
        }
        latest.forEach((id, version) -> assertThat(version(es.document(BulkTesting.INDEX, id))).as(id).isEqualTo(version));
        assertThat(maxConcurrent.get()).as("bulks were in flight at once").isGreaterThan(1).isLessThanOrEqualTo(3);
    }

    @Test
    void indicesArePreparedBeforeTheFirstBulkAndThePreparationIsRetried() throws Exception {
        BulkSettings settings = BulkTesting.settings(10, 1_000_000, 0, 1);
        BulkBuffer buffer = new BulkBuffer(settings, System::nanoTime);
        FakeElasticsearch es = new FakeElasticsearch();
        AtomicInteger setups = new AtomicInteger();
        IndexSetup flaky = () -> {
            if (setups.incrementAndGet() < 3) {
                throw FakeElasticsearch.connectionRefused();
            }
            assertThat(es.requests()).as("no bulk before the templates").isEmpty();
        };
        TrackedRecord record = t.record(0, "a");
        buffer.add(BulkTesting.doc("a", "1"), record);
        try (BulkDispatcher dispatcher = new BulkDispatcher(buffer, es, flaky, settings, "test")) {
            dispatcher.start();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(record::isDone);
        }
        assertThat(setups.get()).isEqualTo(3);
        assertThat(buffer.failure()).isEmpty();
    }

    @Test
    void aSetupThatCannotSucceedFailsTheTask() throws Exception {
        BulkSettings settings = BulkTesting.settings(10, 1_000_000, 0, 1);
        BulkBuffer buffer = new BulkBuffer(settings, System::nanoTime);
        IndexSetup broken = () -> {
            throw new BulkRequestException(400, "a concrete index named radar-releases is in the way", null);
        };
        try (BulkDispatcher dispatcher = new BulkDispatcher(buffer, new FakeElasticsearch(), broken, settings, "test")) {
            dispatcher.start();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> buffer.failure().isPresent());
        }
        assertThat(buffer.failure().get().getMessage()).contains("Cannot prepare the Elasticsearch indices")
                .contains("radar-releases is in the way");
    }

    private static int version(DocumentAction action) {
        return version(new String(action.source(), StandardCharsets.UTF_8));
    }

    private static int version(String body) {
        return Integer.parseInt(body.replaceAll("\\D", ""));
    }
}
