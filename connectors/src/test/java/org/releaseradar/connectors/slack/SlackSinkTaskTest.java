package org.releaseradar.connectors.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.releaseradar.connectors.testing.RecordingSinkTaskContext;
import org.releaseradar.fixtures.slack.Answer;
import org.releaseradar.fixtures.slack.ReceivedRequest;
import org.releaseradar.fixtures.slack.SlackReceiver;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Severity;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.schemas.serde.AvroSerializer;

/** The task with a fake Connect context: offsets, redelivery, dead letters, backpressure. */
class SlackSinkTaskTest {

    private static final String TOPIC = "radar.alerts";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

    private final SlackReceiver receiver = SlackReceiver.start();
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final MemoryDeliveredLog delivered = new MemoryDeliveredLog();
    private final RecordingSinkTaskContext context = new RecordingSinkTaskContext();
    private final List<SlackSinkTask> tasks = new ArrayList<>();

    @AfterEach
    void stop() {
        tasks.forEach(SlackSinkTask::stop);
        receiver.close();
    }

    private Map<String, String> props() {
        Map<String, String> props = new HashMap<>();
        props.put("name", "slack-unit");
        props.put("schema.registry.url", "http://unused");
        props.put("delivered.bootstrap.servers", "unused:9092");
        props.put("slack.webhook.url", receiver.webhook("alerts"));
        props.put("slack.routes", "critical");
        props.put("slack.route.critical.webhook.url", receiver.webhook("critical"));
        props.put("slack.route.critical.severities", "CRITICAL");
        props.put("http.retry.backoff.ms", "100");
        return props;
    }

    private SlackSinkTask start(Map<String, String> props) {
        SlackSinkTask task = new SlackSinkTask(Clock.systemUTC(), System::nanoTime, config -> delivered, registry);
        task.initialize(context);
        task.start(props);
        tasks.add(task);
        return task;
    }

    private SinkRecord record(TopicPartition tp, long offset, Alert alert) {
        byte[] value;
        try (AvroSerializer<Alert> serializer = new AvroSerializer<>(registry)) {
            serializer.configure(Map.of("schema.registry.url", "http://unused"), false);
            value = serializer.serialize(TOPIC, alert);
        }
        return record(tp, offset, alert.getId(), value);
    }

    private static SinkRecord record(TopicPartition tp, long offset, String key, byte[] value) {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("traceparent", "00-abc-01");
        return new SinkRecord(tp.topic(), tp.partition(), Schema.OPTIONAL_STRING_SCHEMA, key,
                Schema.OPTIONAL_BYTES_SCHEMA, value, offset, 1_700_000_000_000L, TimestampType.CREATE_TIME, headers);
    }

    private static Map<TopicPartition, OffsetAndMetadata> consumed(long p0, long p1) {
        return Map.of(P0, new OffsetAndMetadata(p0), P1, new OffsetAndMetadata(p1));
    }

    private static long offset(Map<TopicPartition, OffsetAndMetadata> commit, TopicPartition tp) {
        return commit.containsKey(tp) ? commit.get(tp).offset() : -1;
    }

    private List<String> postedIds() {
        return receiver.messages().stream().map(SlackSinkTaskTest::idOf).toList();
    }

    static String idOf(ReceivedRequest request) {
        var blocks = request.json().path("blocks");
        String context = blocks.get(blocks.size() - 1).path("elements").get(0).path("text").asText();
        return context.replaceAll(".* · alert (\\S+) · .*", "$1");
    }

    @Test
    void commitsOnlyWhatSlackAcceptedOrTheDeadLetterQueueTookAndNeverRepostsOnRedelivery() {
        receiver.script("alerts", Answer.slow(Duration.ofMillis(2_500)));
        receiver.answerWhen("alerts", body -> body.contains("(a3)"), Answer.invalidPayload());
        SlackSinkTask task = start(props());
        task.open(List.of(P0, P1));
        List<SinkRecord> batch = List.of(
                record(P0, 0, TestAlerts.alert("a1", "downloads-milestone", Severity.WARNING)), // slow answer
                record(P0, 1, TestAlerts.alert("a2", "watched-lab-release", Severity.CRITICAL)), // other webhook
                record(P1, 0, "garbage", "not avro".getBytes(StandardCharsets.UTF_8)),
                record(P1, 1, "deleted", null),
                record(P0, 2, TestAlerts.alert("a3", "downloads-milestone", Severity.WARNING))); // invalid_payload
        task.put(batch);

        // a2 is accepted on its own webhook while a1 is still on the wire: P0 must not move past a1
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> receiver.messages("critical").size() == 1);
        Map<TopicPartition, OffsetAndMetadata> early = task.preCommit(consumed(3, 2));
        assertThat(offset(early, P0)).isZero();
        assertThat(offset(early, P1)).isEqualTo(2); // the unreadable record went to the DLQ, the tombstone needs nothing

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            task.put(List.of()); // Connect calls put regularly; dead letters are reported on the task thread
            return task.pending() == 0;
        });
        Map<TopicPartition, OffsetAndMetadata> all = task.preCommit(consumed(3, 2));
        assertThat(offset(all, P0)).isEqualTo(3);
        assertThat(offset(all, P1)).isEqualTo(2);
        assertThat(postedIds()).containsExactlyInAnyOrder("a1", "a2");
        assertThat(delivered.ids).containsExactlyInAnyOrder("a1", "a2");

        assertThat(context.reported).hasSize(2);
        SinkRecord unreadable = context.reported.get(0).record();
        assertThat(header(unreadable, DeadLetterHeaders.SOURCE)).isEqualTo("slack");
        assertThat(header(unreadable, DeadLetterHeaders.URL)).isEqualTo("radar.alerts/1@0");
        assertThat(header(unreadable, DeadLetterHeaders.REASON)).startsWith("the record is not a readable Alert");
        assertThat(header(unreadable, "traceparent")).isEqualTo("00-abc-01");
        assertThat(unreadable.value()).isEqualTo("not avro".getBytes(StandardCharsets.UTF_8));
        RecordingSinkTaskContext.Reported refused = context.reported.get(1);
        assertThat(refused.record().kafkaOffset()).isEqualTo(2);
        assertThat(refused.record().kafkaPartition()).isZero();
        assertThat(refused.error()).isInstanceOf(SlackDeliveryException.class)
                .hasMessage("Slack refused alert a3 (rule downloads-milestone) on route 'default': HTTP 400 invalid_payload");
        assertThat(header(refused.record(), DeadLetterHeaders.REASON)).isEqualTo(refused.error().getMessage());
        for (RecordingSinkTaskContext.Reported r : context.reported) {
            String everything = r.record() + " " + r.error() + " " + headers(r.record());
            assertThat(everything).doesNotContain(receiver.baseUrl(), "/services/");
        }

        // A rebalance gives the partitions back and Connect redelivers from the last commit (say, the start).
        task.close(List.of(P0, P1));
        task.open(List.of(P0, P1));
        task.put(batch);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            task.put(List.of());
            return task.pending() == 0;
        });
        assertThat(postedIds()).as("nothing posted twice").containsExactlyInAnyOrder("a1", "a2");

        // A restarted task reads the delivered log and skips them too.
        task.stop();
        SlackSinkTask restarted = start(props());
        restarted.open(List.of(P0, P1));
        restarted.put(batch.subList(0, 2));
        assertThat(restarted.pending()).isZero();
        assertThat(offset(restarted.preCommit(consumed(2, 0)), P0)).isEqualTo(2);
        assertThat(postedIds()).containsExactlyInAnyOrder("a1", "a2");
    }

    @Test
    void aSecondCopyOfAQueuedAlertIdIsNotPostedTwice() {
        receiver.script("alerts", Answer.slow(Duration.ofMillis(800)));
        SlackSinkTask task = start(props());
        task.open(List.of(P0));
        Alert alert = TestAlerts.alert("same", "downloads-milestone", Severity.WARNING);
        task.put(List.of(record(P0, 0, alert), record(P0, 1, alert))); // the streams app re-emitted it
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> task.pending() == 0);
        assertThat(postedIds()).containsExactly("same");
        assertThat(offset(task.preCommit(Map.of(P0, new OffsetAndMetadata(2))), P0)).isEqualTo(2);
    }

    @Test
    void pausesReadingWhenTooManyAlertsWaitAndResumesAtHalf() {
        Map<String, String> props = props();
        props.put("slack.max.pending.alerts", "2");
        SlackSinkTask task = start(props);
        context.assignment.add(P0);
        task.open(List.of(P0));
        List<SinkRecord> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(record(P0, i, TestAlerts.alert("p" + i, "downloads-milestone", Severity.INFO)));
        }
        task.put(batch);
        assertThat(context.paused).containsExactly(P0);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> task.pending() <= 1);
        task.preCommit(Map.of(P0, new OffsetAndMetadata(3)));
        assertThat(context.paused).isEmpty();
    }

    @Test
    void refusesToStartWithoutTheDeadLetterQueue() {
        context.reporter = null;
        SlackSinkTask task = new SlackSinkTask(Clock.systemUTC(), System::nanoTime, config -> delivered, registry);
        task.initialize(context);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> task.start(props()))
                .hasMessageContaining("errors.tolerance=all");
    }

    private static String header(SinkRecord record, String key) {
        Header header = record.headers().lastWithName(key);
        return header == null ? null : String.valueOf(header.value());
    }

    private static String headers(SinkRecord record) {
        StringBuilder out = new StringBuilder();
        record.headers().forEach(h -> out.append(h.key()).append('=').append(h.value()).append(' '));
        return out.toString();
    }

    static final class MemoryDeliveredLog implements DeliveredLog {
        final Set<String> ids = ConcurrentHashMap.newKeySet();

        @Override
        public boolean contains(String alertId) {
            return ids.contains(alertId);
        }

        @Override
        public void recordPosted(List<PendingAlert> alerts, boolean digest) {
            alerts.forEach(a -> ids.add(a.alert().getId()));
        }

        @Override
        public void catchUp() {
        }

        @Override
        public int size() {
            return ids.size();
        }

        @Override
        public void close() {
        }
    }

}
