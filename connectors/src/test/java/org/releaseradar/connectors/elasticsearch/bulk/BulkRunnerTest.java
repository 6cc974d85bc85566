package org.releaseradar.connectors.elasticsearch.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.connectors.elasticsearch.bulk.BulkTesting.INDEX;
import static org.releaseradar.connectors.elasticsearch.bulk.BulkTesting.body;
import static org.releaseradar.connectors.elasticsearch.bulk.BulkTesting.doc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.releaseradar.connectors.common.http.Sleeper;
import org.releaseradar.connectors.elasticsearch.offsets.TrackedRecord;

class BulkRunnerTest {

    private final BulkTesting t = new BulkTesting();
    private final BulkSettings settings = new BulkSettings(100, 1_000_000, Duration.ZERO, 2, 10_000, 100_000_000L,
            Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMinutes(15));
    private final BulkBuffer buffer = new BulkBuffer(settings, t.nanos::get);
    private final FakeElasticsearch es = new FakeElasticsearch();
    private final List<Duration> sleeps = new ArrayList<>();
    private Runnable duringSleep = () -> { };
    /** Sleeps on the fake clock: the waits are recorded, not waited. */
    private final Sleeper sleeper = duration -> {
        sleeps.add(duration);
        t.advanceMillis(duration.toMillis());
        duringSleep.run();
    };
    private final BulkRunner runner = new BulkRunner(buffer, es, settings, sleeper, t.nanos::get, new Random(7));

    private TrackedRecord add(String id, String value) {
        TrackedRecord record = t.record(0, id);
        buffer.add(doc(id, value), record);
        return record;
    }

    @Test
    void itemsRefusedForNowAreRetriedAloneAndTheOthersSettleAtOnce() {
        TrackedRecord ok = add("ok", "1");
        TrackedRecord busy = add("busy", "1");
        TrackedRecord bad = add("bad", "2025-13");
        int[] calls = {0};
        es.answerItems(action -> {
            if (action.id().equals("bad")) {
                return FakeElasticsearch.mappingError("month", "2025-13");
            }
            if (action.id().equals("busy") && calls[0]++ < 2) {
                return FakeElasticsearch.rejectedExecution();
            }
            return ItemResult.ok(201);
        });
        BulkBatch batch = buffer.takeNow();

        runner.run(batch);

        assertThat(es.requests()).extracting(List::size).containsExactly(3, 1, 1);
        assertThat(es.requests().get(1)).extracting(DocumentAction::id).containsExactly("busy");
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(ok.isDone()).isTrue();
        assertThat(busy.isDone()).isTrue();
        assertThat(bad.isDone()).isFalse();
        assertThat(buffer.drainRejections()).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("Elasticsearch rejected the document 'bad' for index radar-releases (topic radar.releases"
                        + " partition 0 offset 2): HTTP 400 mapper_parsing_exception: failed to parse field [month] of"
                        + " type [date]; caused by illegal_argument_exception: failed to parse date field [2025-13] with"
                        + " format [yyyy-MM]"));
        assertThat(buffer.failure()).isEmpty();
        assertThat(buffer.batchesInFlight()).isZero();
        assertThat(buffer.documents()).isZero();
    }

    @Test
    void aRequestWithoutAnswerIsRetriedWithGrowingBackoffUntilElasticsearchIsBack() {
        TrackedRecord record = add("a", "1");
        for (int i = 0; i < 6; i++) {
            es.failNextRequest(FakeElasticsearch.connectionRefused());
        }
        es.failNextRequest(new BulkRequestException(503, "Elasticsearch answered HTTP 503", null));

        runner.run(buffer.takeNow());

        assertThat(es.requests()).hasSize(8);
        assertThat(sleeps).hasSize(7);
        for (int i = 0; i < sleeps.size(); i++) {
            long bound = Math.min(5_000, 100L << i);
            assertThat(sleeps.get(i).toMillis()).as("attempt " + (i + 1)).isBetween(bound / 2, bound);
        }
        assertThat(record.isDone()).isTrue();
        assertThat(es.document(INDEX, "a")).isEqualTo(body("1"));
    }

    @Test
    void anOutageLongerThanTheRetryDurationFailsTheTaskAndCommitsNothing() {
        BulkSettings shortRetries = new BulkSettings(100, 1_000_000, Duration.ZERO, 2, 10_000, 100_000_000L,
                Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(30));
        BulkRunner impatient = new BulkRunner(buffer, es, shortRetries, sleeper, t.nanos::get, new Random(7));
        TrackedRecord record = add("a", "1");
        for (int i = 0; i < 100; i++) {
            es.failNextRequest(FakeElasticsearch.connectionRefused());
        }

        impatient.run(buffer.takeNow());

        assertThat(buffer.failure()).get().satisfies(e -> assertThat(e.getMessage())
                .contains("has not taken 1 action(s)").contains("retry.max.duration.ms=30000")
                .contains("Connection refused").contains("restart the task"));
        assertThat(sleeps.stream().mapToLong(Duration::toMillis).sum()).isEqualTo(30_000);
        assertThat(record.isDone()).isFalse();
        assertThat(buffer.batchesInFlight()).isZero();
    }

    @Test
    void aRequestRefusedForGoodFailsTheTaskAtOnceWithAHint() {
        add("a", "1");
        es.failNextRequest(new BulkRequestException(401, "Elasticsearch answered HTTP 401 security_exception: missing"
                + " authentication credentials", null));

        runner.run(buffer.takeNow());

        assertThat(es.requests()).hasSize(1);
        assertThat(buffer.failure()).get().satisfies(e -> assertThat(e.getMessage()).contains("HTTP 401")
                .contains("elasticsearch.api.key"));
    }

    @Test
    void deletingAMissingDocumentIsFine() {
        TrackedRecord record = t.record(0, "gone");
        buffer.add(DocumentAction.delete(INDEX, "gone"), record);
        es.answerItems(action -> ItemResult.ok(404));

        runner.run(buffer.takeNow());

        assertThat(record.isDone()).isTrue();
        assertThat(buffer.drainRejections()).isEmpty();
    }

    @Test
    void anOlderVersionNeverOvertakesANewerOneWhileItIsRetried() {
        add("a", "v1");
        BulkBatch first = buffer.takeNow();
        boolean[] once = {true};
        es.answerItems(action -> action.id().equals("a") && once[0] && !(once[0] = false)
                ? FakeElasticsearch.rejectedExecution() : ItemResult.ok(200));
        List<BulkBatch> takenDuringRetry = new ArrayList<>();
        duringSleep = () -> {
            // v2 arrives while v1 waits for its retry: it must not go out before v1 is settled.
            add("a", "v2");
            takenDuringRetry.add(buffer.takeNow());
        };

        runner.run(first);
        duringSleep = () -> { };
        runner.run(buffer.takeNow());

        assertThat(takenDuringRetry).containsOnlyNulls();
        assertThat(es.applied()).extracting(a -> new String(a.source())).containsExactly(body("v1"), body("v2"));
        assertThat(es.document(INDEX, "a")).isEqualTo(body("v2"));
    }

    @Test
    void documentsOfARevokedPartitionAreNotRetried() {
        TrackedRecord record = add("a", "1");
        es.failNextRequest(FakeElasticsearch.connectionRefused());
        duringSleep = () -> t.ledger.close(List.of(new TopicPartition(BulkTesting.TOPIC, 0)));

        runner.run(buffer.takeNow());

        assertThat(es.requests()).hasSize(1);
        assertThat(record.isDone()).isFalse();
        assertThat(buffer.documents()).isZero();
        assertThat(buffer.failure()).isEmpty();
    }

    @Test
    void aDocumentTooLargeForElasticsearchOnItsOwnGoesToTheDeadLetterQueue() {
        TrackedRecord huge = add("huge", "x".repeat(2_000));
        es.failNextRequest(new BulkRequestException(413, "Elasticsearch answered HTTP 413: Request Entity Too Large", null));

        runner.run(buffer.takeNow());

        assertThat(buffer.failure()).isEmpty();
        assertThat(huge.isDone()).isFalse();
        assertThat(buffer.drainRejections()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("'huge'").contains("HTTP 413").contains("http.max_content_length"));
    }

    @Test
    void aBulkTooLargeForElasticsearchIsAConfigurationError() {
        add("a", "1");
        add("b", "1");
        es.failNextRequest(new BulkRequestException(413, "Elasticsearch answered HTTP 413: Request Entity Too Large", null));

        runner.run(buffer.takeNow());

        assertThat(buffer.failure()).get().satisfies(e -> assertThat(e.getMessage()).contains("bulk.max.bytes"));
    }

    @Test
    void aWaitWokenEarlyKeepsTheBackoffForWhatIsStillWanted() {
        // This sleeper is woken after 10 ms each time: the runner must go back to sleep for the rest.
        List<Duration> slept = new ArrayList<>();
        Sleeper woken = duration -> {
            Duration step = duration.compareTo(Duration.ofMillis(10)) < 0 ? duration : Duration.ofMillis(10);
            slept.add(step);
            t.advanceMillis(step.toMillis());
        };
        BulkRunner runner = new BulkRunner(buffer, es, settings, woken, t.nanos::get, new Random(7));
        add("a", "1");
        es.failNextRequest(FakeElasticsearch.connectionRefused());

        runner.run(buffer.takeNow());

        long total = slept.stream().mapToLong(Duration::toMillis).sum();
        assertThat(slept.size()).isGreaterThan(1);
        assertThat(total).isBetween(50L, 100L);
        assertThat(es.requests()).hasSize(2);
    }
}
