package org.releaseradar.connectors.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.releaseradar.connectors.testing.RecordingSinkTaskContext;
import org.releaseradar.connectors.elasticsearch.bulk.BulkRequestException;
import org.releaseradar.connectors.elasticsearch.bulk.BulkSender;
import org.releaseradar.connectors.elasticsearch.bulk.FakeElasticsearch;
import org.releaseradar.connectors.elasticsearch.bulk.ItemResult;
import org.releaseradar.connectors.elasticsearch.document.RecordDecoder;
import org.releaseradar.schemas.TestRecords;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.schemas.serde.AvroDeserializer;
import org.releaseradar.schemas.serde.AvroSerializer;

/** The task between Connect and a scripted Elasticsearch: offsets, pausing, dead letters, failures. */
class ElasticsearchSinkTaskTest {

    private static final String TOPIC = "radar.releases";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final AvroSerializer<GenericContainer> serializer = new AvroSerializer<>(registry);
    private final FakeElasticsearch es = new FakeElasticsearch();
    private final RecordingSinkTaskContext context = new RecordingSinkTaskContext(P0, P1);
    private CountDownLatch gate = new CountDownLatch(0);
    private final BulkSender gated = actions -> {
        try {
            gate.await();
        } catch (InterruptedException e) {
            throw new BulkRequestException(BulkRequestException.NO_RESPONSE, "interrupted", e);
        }
        return es.send(actions);
    };
    private ElasticsearchSinkTask task;

    private void start(Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>();
        props.put("elasticsearch.url", "http://127.0.0.1:9");
        props.put("schema.registry.url", "http://127.0.0.1:9");
        props.put("index.templates.install", "false");
        props.put("bulk.linger.ms", "0");
        props.put("bulk.max.actions", "10");
        props.put("retry.backoff.ms", "5");
        props.put("retry.backoff.max.ms", "20");
        props.putAll(overrides);
        task = new ElasticsearchSinkTask(client -> gated,
                (routing, config) -> new RecordDecoder(routing, new AvroDeserializer<>(registry)));
        task.initialize(context);
        task.start(props);
        task.open(context.assignment());
    }

    @AfterEach
    void stop() {
        gate.countDown();
        if (task != null) {
            task.stop();
        }
    }

    private SinkRecord release(int partition, long offset, String repoId, long downloads) {
        ModelRelease value = TestRecords.modelRelease();
        value.setRepoId(repoId);
        value.setDownloads(downloads);
        return new SinkRecord(TOPIC, partition, null, repoId, null, serializer.serialize(TOPIC, value), offset);
    }

    private SinkRecord tombstone(int partition, long offset, String repoId) {
        return new SinkRecord(TOPIC, partition, null, repoId, null, null, offset);
    }

    private Map<TopicPartition, OffsetAndMetadata> awaitOffsets(Map<TopicPartition, Long> expected) {
        Map<TopicPartition, OffsetAndMetadata> want = new HashMap<>();
        expected.forEach((tp, offset) -> want.put(tp, new OffsetAndMetadata(offset)));
        Awaitility.await().atMost(WAIT).until(() -> task.preCommit(Map.of()).equals(want));
        return want;
    }

    @Test
    void indexesTheLatestVersionDeletesTombstonesAndCommitsWhatElasticsearchAcknowledged() {
        start(Map.of());
        task.put(List.of(release(0, 0, "a/one", 1), release(0, 1, "a/two", 1), release(1, 0, "b/one", 1),
                release(0, 2, "a/one", 2), tombstone(1, 1, "b/one")));

        awaitOffsets(Map.of(P0, 3L, P1, 2L));
        assertThat(es.document("radar-releases", "a/one")).contains("\"downloads\":2");
        assertThat(es.document("radar-releases", "a/two")).contains("\"repo_id\":\"a/two\"");
        assertThat(es.document("radar-releases", "b/one")).isNull();
        assertThat(context.paused).isEmpty();
    }

    @Test
    void preCommitNeitherWaitsForNorFailsBecauseOfASlowElasticsearch() {
        gate = new CountDownLatch(1);
        start(Map.of());
        task.put(List.of(release(0, 0, "a/one", 1)));

        long t0 = System.nanoTime();
        assertThat(task.preCommit(Map.of(P0, new OffsetAndMetadata(1)))).as("nothing acknowledged").isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));

        gate.countDown();
        awaitOffsets(Map.of(P0, 1L));
    }

    @Test
    void pausesItsPartitionsWhenTooMuchIsUnacknowledgedAndResumesWhenHalfIsDone() {
        gate = new CountDownLatch(1);
        start(Map.of("buffer.max.records", "20", "bulk.max.in.flight", "1"));
        List<SinkRecord> batch = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            batch.add(release(0, i, "m/" + i, i));
        }
        task.put(batch);

        assertThat(context.paused).containsExactlyInAnyOrder(P0, P1);
        assertThat(context.timeout).as("put comes back soon to check").isPositive().isLessThanOrEqualTo(1_000);

        gate.countDown();
        Awaitility.await().atMost(WAIT).until(() -> {
            task.put(List.of());
            return context.paused.isEmpty();
        });
        awaitOffsets(Map.of(P0, 25L));
    }

    @Test
    void aDocumentElasticsearchRejectsGoesToTheDeadLetterQueueWithTheReasonAndTheRestIsIndexed() {
        start(Map.of());
        es.answerItems(action -> action.id().equals("bad/month") ? FakeElasticsearch.mappingError("month", "2025-13")
                : ItemResult.ok(201));
        CompletableFuture<Void> written = new CompletableFuture<>();
        context.reportResult = written;

        task.put(List.of(release(0, 0, "good/one", 1), release(0, 1, "bad/month", 1), release(0, 2, "good/two", 1)));
        Awaitility.await().atMost(WAIT).until(() -> {
            task.put(List.of());
            return !context.reported.isEmpty();
        });

        RecordingSinkTaskContext.Reported dead = context.reported.get(0);
        assertThat(dead.record().key()).isEqualTo("bad/month");
        assertThat(dead.error()).isInstanceOf(RejectedDocumentException.class);
        assertThat(dead.error().getMessage()).contains("mapper_parsing_exception").contains("2025-13")
                .contains("topic radar.releases partition 0 offset 1").contains("radar-releases");
        assertThat(es.document("radar-releases", "good/two")).isNotNull();
        assertThat(task.preCommit(Map.of())).as("not past the record until its report is written")
                .containsEntry(P0, new OffsetAndMetadata(1));

        written.complete(null);
        awaitOffsets(Map.of(P0, 3L));
    }

    @Test
    void unreadableBytesGoToTheDeadLetterQueueNamingWhereTheyCameFrom() {
        start(Map.of());
        task.put(List.of(new SinkRecord(TOPIC, 1, null, "k", null, "{\"json\":true}".getBytes(), 41)));

        assertThat(context.reported).singleElement().satisfies(r -> assertThat(r.error().getMessage())
                .contains("topic radar.releases partition 1 offset 41").contains("not readable Avro"));
        awaitOffsets(Map.of(P1, 42L));
    }

    @Test
    void withoutADeadLetterQueueARejectedDocumentFailsTheTaskNeverDropped() {
        context.reporter = null;
        start(Map.of());
        es.answerItems(action -> FakeElasticsearch.mappingError("month", "2025-13"));
        task.put(List.of(release(0, 0, "bad/month", 1)));

        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThatThrownBy(() -> task.put(List.of()))
                .isInstanceOf(ConnectException.class).hasMessageContaining("2025-13")
                .hasMessageContaining("No dead-letter queue is configured"));
        assertThat(task.preCommit(Map.of())).isEmpty();
    }

    @Test
    void behaviorFailFailsTheTaskWithTheReason() {
        start(Map.of("behavior.on.rejected.document", "fail"));
        es.answerItems(action -> FakeElasticsearch.mappingError("month", "2025-13"));
        task.put(List.of(release(0, 0, "bad/month", 1)));

        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThatThrownBy(() -> task.put(List.of()))
                .isInstanceOf(ConnectException.class).hasMessageContaining("mapper_parsing_exception")
                .hasMessageContaining("behavior.on.rejected.document=fail"));
        assertThat(context.reported).isEmpty();
    }

    @Test
    void anOutageLongerThanTheRetryDurationFailsTheTaskWithTheLastError() {
        start(Map.of("retry.max.duration.ms", "1000"));
        for (int i = 0; i < 1_000; i++) {
            es.failNextRequest(FakeElasticsearch.connectionRefused());
        }
        task.put(List.of(release(0, 0, "a/one", 1)));

        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThatThrownBy(() -> task.put(List.of()))
                .isInstanceOf(ConnectException.class).hasMessageContaining("retry.max.duration.ms=1000")
                .hasMessageContaining("Connection refused"));
        assertThat(task.preCommit(Map.of())).as("preCommit still answers, with nothing unacknowledged").isEmpty();
    }

    @Test
    void closedPartitionsAreNotCommittedAnyMore() {
        gate = new CountDownLatch(1);
        start(Map.of());
        task.put(List.of(release(0, 0, "a/one", 1), release(1, 0, "b/one", 1)));
        gate.countDown();
        awaitOffsets(Map.of(P0, 1L, P1, 1L));

        task.close(List.of(P1));

        assertThat(task.preCommit(Map.of())).containsOnlyKeys(P0);
    }

}
