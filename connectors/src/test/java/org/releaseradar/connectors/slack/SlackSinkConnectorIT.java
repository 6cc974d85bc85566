package org.releaseradar.connectors.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.connectors.testing.ConnectorRuns.header;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.ConnectorTaskId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.connectors.testing.CapturedLogs;
import org.releaseradar.connectors.testing.ConnectorRuns;
import org.releaseradar.connectors.testing.EmbeddedConnect;
import org.releaseradar.connectors.testing.TopicReader;
import org.releaseradar.fixtures.slack.Answer;
import org.releaseradar.fixtures.slack.ReceivedRequest;
import org.releaseradar.fixtures.slack.SlackReceiver;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Severity;
import org.releaseradar.schemas.avro.SlackDelivery;
import org.releaseradar.schemas.serde.AvroSerializer;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/**
 * The Slack sink in a real Connect worker, on the real local stack (Kafka, schema registry), posting to the
 * local Slack receiver. Alerts are counted by the id each message carries in its context line.
 */
@ExtendWith(LocalStackExtension.class)
class SlackSinkConnectorIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final long ONE_SECOND = Duration.ofSeconds(1).toNanos();

    /** An alert as produced: its partition and offset on the alerts topic. */
    record Produced(Alert alert, int partition, long offset) {
    }

    @Test
    void deliversEveryAlertOnceInOrderPerRuleAtOnePerSecondPerWebhookAndDeadLettersWhatSlackRefuses(
            LocalStack stack, @TempDir Path dir) throws Exception {
        try (CapturedLogs logs = CapturedLogs.start(dir.resolve("worker.log"));
             SlackReceiver receiver = SlackReceiver.start()) {
            Names names = Names.create();
            createTopic(stack, names.alerts, 3);
            // The models webhook fails transiently (503), rate-limits (429, Retry-After 1) and answers slowly.
            receiver.webhook("alerts");
            receiver.script("models", Answer.unavailable(), Answer.rateLimited(1), Answer.ok(),
                    Answer.slow(Duration.ofMillis(1_500)));
            receiver.answerWhen("alerts", body -> body.contains("(w4)"), Answer.invalidPayload());
            Map<String, String> config = config(stack, names, receiver);
            config.put("slack.routes", "critical,models,retired");
            config.put("slack.route.critical.webhook.url", receiver.webhook("critical"));
            config.put("slack.route.critical.severities", "CRITICAL");
            config.put("slack.route.models.webhook.url", receiver.webhook("models"));
            config.put("slack.route.models.rules", "downloads-milestone");
            String retired = receiver.unknownWebhook(); // a deleted webhook: 404 no_service
            config.put("slack.route.retired.webhook.url", retired);
            config.put("slack.route.retired.rules", "retired-rule");

            List<Alert> alerts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                alerts.add(alert("w" + i, "watched-lab-release", Severity.WARNING));
                alerts.add(alert("d" + i, "downloads-milestone", Severity.INFO));
                if (i < 6) {
                    alerts.add(alert("g" + i, "cn-us-release-gap", Severity.CRITICAL));
                }
                if (i < 4) {
                    alerts.add(alert("r" + i, "retired-rule", Severity.NOTICE));
                }
            }
            List<Produced> produced = produce(stack, names.alerts, alerts);
            Set<String> refused = Set.of("w4", "r0", "r1", "r2", "r3");

            long started = System.nanoTime();
            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), dir.resolve("offsets"))) {
                connect.putConnector(names.connector, config);
                Awaitility.await().atMost(WAIT).until(() -> receiver.messages().size() >= 25);
                Awaitility.await().atMost(WAIT).until(() -> committed(stack, names).equals(endOffsets(stack, names.alerts)));
                assertThat(taskStatus(connect, names).state()).isEqualTo("RUNNING");
                assertNoSecret(taskStatus(connect, names).trace(), receiver, retired);
                // metrics name routes and webhooks, never URLs
                String mbeans = ManagementFactory.getPlatformMBeanServer().queryNames(null, null).toString();
                assertThat(mbeans).contains("route=critical", "route=retired", "webhook=models");
                assertNoSecret(mbeans, receiver, retired);
            }
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

            // exactly once, everything but the refused alerts
            Map<String, Long> posted = countById(receiver.messages());
            assertThat(posted.keySet()).containsExactlyInAnyOrderElementsOf(
                    produced.stream().map(p -> p.alert().getId()).filter(id -> !refused.contains(id)).toList());
            assertThat(posted.values()).allMatch(n -> n == 1);
            // each to its route
            assertThat(ids(receiver.messages("critical"))).allMatch(id -> id.startsWith("g")).hasSize(6);
            assertThat(ids(receiver.messages("models"))).allMatch(id -> id.startsWith("d")).hasSize(10);
            assertThat(ids(receiver.messages("alerts"))).allMatch(id -> id.startsWith("w")).hasSize(9);
            // in order per rule (within a partition: Kafka orders nothing across partitions)
            assertInOrderPerRuleAndPartition(receiver.messages(), produced);
            // at most one request per second per webhook, failures and retries included
            Map<String, Long> minGaps = new TreeMap<>();
            for (String hook : List.of("alerts", "critical", "models")) {
                minGaps.put(hook, assertSpacedBySecond(receiver.requests(hook)));
            }
            // the transient failures were retried, Retry-After honoured
            List<ReceivedRequest> models = receiver.requests("models");
            assertThat(models).extracting(ReceivedRequest::status).startsWith(503, 429, 200);
            assertThat(models.get(2).receivedNanos() - models.get(1).receivedNanos()).isGreaterThanOrEqualTo(ONE_SECOND);

            // refusals in the dead-letter queue with Slack's reason, with Radar's and Connect's headers
            TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl());
            List<ConsumerRecord<String, byte[]>> dead = reader.readRaw(names.dlq, r -> r.size() >= 5, WAIT);
            assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(refused);
            Map<String, Produced> byId = produced.stream().collect(Collectors.toMap(p -> p.alert().getId(), p -> p));
            for (ConsumerRecord<String, byte[]> record : dead) {
                Produced original = byId.get(record.key());
                String reason = header(record, DeadLetterHeaders.REASON);
                assertThat(reason).isEqualTo(record.key().equals("w4")
                        ? "Slack refused alert w4 (rule watched-lab-release) on route 'default': HTTP 400 invalid_payload"
                        : "Slack refused alert " + record.key() + " (rule retired-rule) on route 'retired': HTTP 404 no_service");
                assertThat(header(record, DeadLetterHeaders.SOURCE)).isEqualTo("slack");
                assertThat(header(record, DeadLetterHeaders.URL))
                        .isEqualTo(names.alerts + "/" + original.partition() + "@" + original.offset());
                assertThat(header(record, "__connect.errors.exception.message")).isEqualTo(reason);
                assertThat(header(record, "__connect.errors.exception.class.name")).isEqualTo(SlackDeliveryException.class.getName());
                assertThat(header(record, "__connect.errors.topic")).isEqualTo(names.alerts);
                assertThat(header(record, "__connect.errors.partition")).isEqualTo(Integer.toString(original.partition()));
                assertThat(header(record, "__connect.errors.offset")).isEqualTo(Long.toString(original.offset()));
                assertThat(header(record, "__connect.errors.connector.name")).isEqualTo(names.connector);
                assertThat(record.value()).isEqualTo(serialize(stack, names.alerts, original.alert()));
                record.headers().forEach(h -> assertNoSecret(new String(h.value(), StandardCharsets.UTF_8), receiver, retired));
            }

            // the delivered log holds the 25 posted alerts, by route name
            List<ConsumerRecord<String, SlackDelivery>> deliveries = reader.read(names.delivered, SlackDelivery.class,
                    r -> r.size() >= 25, WAIT);
            assertThat(deliveries).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrderElementsOf(posted.keySet().stream().map(id -> names.connector + "/" + id).toList());
            assertThat(deliveries).extracting(r -> r.value().getRoute()).containsOnly("critical", "models", "default");

            assertThat(logs.text()).contains("slack.route.critical.webhook.url = [hidden]",
                    "slack.route.retired.webhook.url = [hidden]");
            assertNoSecretInLogs(stack, logs, receiver, retired);
            System.out.printf("Slack IT: %d alerts, %d posted, %d dead-lettered, %d requests in %d s; shortest gap"
                            + " between two requests per webhook: %s ms%n", alerts.size(), posted.size(), dead.size(),
                    receiver.requests().size(), seconds, minGaps);
        }
    }

    @Test
    void aWorkerRestartMidStreamRepostsNothing(LocalStack stack, @TempDir Path dir) throws Exception {
        try (CapturedLogs logs = CapturedLogs.start(dir.resolve("worker.log"));
             SlackReceiver receiver = SlackReceiver.start()) {
            Names names = Names.create();
            createTopic(stack, names.alerts, 2);
            Map<String, String> config = config(stack, names, receiver);
            config.put("slack.routes", "critical");
            config.put("slack.route.critical.webhook.url", receiver.webhook("critical"));
            config.put("slack.route.critical.severities", "CRITICAL");
            // the 4th message on the default webhook is answered slowly: the worker stops while it is on the wire
            receiver.script("alerts", Answer.ok(), Answer.ok(), Answer.ok(), Answer.slow(Duration.ofMillis(3_000)));
            List<Alert> alerts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                alerts.add(alert("n" + i, "watched-lab-release", Severity.NOTICE));
                alerts.add(alert("c" + i, "cn-us-release-gap", Severity.CRITICAL));
            }
            List<Produced> produced = produce(stack, names.alerts, alerts);

            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), dir.resolve("offsets"))) {
                connect.putConnector(names.connector, config);
                Awaitility.await().atMost(WAIT).until(() -> receiver.requests("alerts").size() >= 4);
            } // stops the worker while the 4th request waits for its (slow) answer
            int beforeRestart = receiver.messages().size();
            assertThat(beforeRestart).isBetween(4, 23);
            assertThat(countById(receiver.messages()).values()).allMatch(n -> n == 1);

            // Worst case: as if nothing had been committed (a crash right after the posts). Only the delivered
            // log stands between a redelivery and a second post.
            resetOffsets(stack, names);

            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), dir.resolve("offsets"))) {
                connect.putConnector(names.connector, config);
                Awaitility.await().atMost(WAIT).until(() -> receiver.messages().size() >= 24);
                Awaitility.await().atMost(WAIT).until(() -> committed(stack, names).equals(endOffsets(stack, names.alerts)));
                Thread.sleep(1_500); // nothing more may come
            }
            Map<String, Long> posted = countById(receiver.messages());
            assertThat(posted.keySet()).containsExactlyInAnyOrderElementsOf(alerts.stream().map(Alert::getId).toList());
            assertThat(posted.values()).as("no alert posted twice").allMatch(n -> n == 1);
            assertThat(receiver.messages()).hasSize(24);
            assertInOrderPerRuleAndPartition(receiver.messages(), produced);
            assertSpacedBySecond(receiver.requests("alerts"));
            assertSpacedBySecond(receiver.requests("critical"));
            assertThat(logs.text()).contains("alert(s) were posted to Slack before (delivered log " + names.delivered + ")");
            assertNoSecretInLogs(stack, logs, receiver);
            System.out.printf("Slack IT restart: %d of 24 alerts posted before the restart, %d after, none twice%n",
                    beforeRestart, receiver.messages().size() - beforeRestart);
        }
    }

    @Test
    void digestModePostsLowSeverityAlertsTogetherAndCommitsThemOnlyOnceThePostIsAccepted(
            LocalStack stack, @TempDir Path dir) throws Exception {
        try (CapturedLogs logs = CapturedLogs.start(dir.resolve("worker.log"));
             SlackReceiver receiver = SlackReceiver.start()) {
            Names names = Names.create();
            createTopic(stack, names.alerts, 2);
            Map<String, String> config = config(stack, names, receiver);
            config.put("slack.digest.interval.ms", "5000");
            config.put("slack.digest.max.severity", "NOTICE");
            List<Alert> alerts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                alerts.add(alert("low" + i, i % 2 == 0 ? "downloads-milestone" : "org-news-burst",
                        i % 2 == 0 ? Severity.INFO : Severity.NOTICE));
                if (i % 6 == 0) {
                    alerts.add(alert("high" + i, "cn-us-release-gap", Severity.WARNING));
                }
            }
            produce(stack, names.alerts, alerts);

            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), dir.resolve("offsets"))) {
                connect.putConnector(names.connector, config);
                Awaitility.await().atMost(WAIT).until(() -> receiver.messages().size() >= 2);
                // the WARNING alerts are out; the digest is not due yet, so the low ones are not committed
                Map<TopicPartition, Long> end = endOffsets(stack, names.alerts);
                Thread.sleep(1_000);
                if (receiver.messages().stream().noneMatch(m -> m.text().startsWith("Radar digest"))) {
                    assertThat(committed(stack, names)).isNotEqualTo(end);
                }
                Awaitility.await().atMost(WAIT).until(() -> receiver.messages().size() >= 3);
                Awaitility.await().atMost(WAIT).until(() -> committed(stack, names).equals(end));
            }
            List<ReceivedRequest> messages = receiver.messages();
            assertThat(messages).hasSize(3);
            assertThat(messages.subList(0, 2)).extracting(SlackSinkConnectorIT::idOf).containsExactlyInAnyOrder("high0", "high6");
            ReceivedRequest digest = messages.get(2);
            assertThat(digest.text()).isEqualTo("Radar digest: 12 alerts");
            for (int i = 0; i < 12; i++) {
                assertThat(digest.body()).contains("(low" + i + ")");
            }
            assertSpacedBySecond(receiver.requests("alerts"));
            TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl());
            List<ConsumerRecord<String, SlackDelivery>> deliveries = reader.read(names.delivered, SlackDelivery.class,
                    r -> r.size() >= 14, WAIT);
            assertThat(deliveries).hasSize(14);
            assertThat(deliveries.stream().filter(r -> r.value().getDigest()).count()).isEqualTo(12);
            assertNoSecretInLogs(stack, logs, receiver);
            System.out.printf("Slack IT digest: 14 alerts in %d messages, the digest %.1f s after the first alert%n",
                    messages.size(), (digest.receivedNanos() - messages.get(0).receivedNanos()) / 1e9);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Unique names for one test's topics and connector. */
    record Names(String connector, String alerts, String dlq, String delivered) {
        static Names create() {
            String alerts = ConnectorRuns.uniqueTopic("it.alerts");
            String suffix = alerts.substring(alerts.lastIndexOf('.') + 1);
            return new Names("slack-" + suffix, alerts, "it.dlq." + suffix, "it.slack.delivered." + suffix);
        }
    }

    private static Map<String, String> config(LocalStack stack, Names names, SlackReceiver receiver) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", SlackSinkConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("topics", names.alerts);
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", names.dlq);
        config.put("errors.deadletterqueue.topic.replication.factor", "1");
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        config.put("schema.registry.url", stack.schemaRegistryUrl());
        config.put("delivered.bootstrap.servers", stack.kafkaBootstrapServers());
        config.put("delivered.topic", names.delivered);
        config.put("slack.webhook.url", receiver.webhook("alerts"));
        config.put("http.retry.backoff.ms", "300");
        config.put("http.request.timeout.ms", "10000");
        return config;
    }

    private static Alert alert(String id, String rule, Severity severity) {
        Alert alert = TestAlerts.alert(id, rule, severity);
        alert.setTitle(rule + " fired (" + id + ")");
        return alert;
    }

    private static void createTopic(LocalStack stack, String topic, int partitions) throws Exception {
        try (Admin admin = admin(stack)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact")))).all().get();
        }
    }

    private static Admin admin(LocalStack stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
    }

    private static byte[] serialize(LocalStack stack, String topic, Alert alert) {
        try (AvroSerializer<Alert> serializer = new AvroSerializer<>()) {
            serializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
            return serializer.serialize(topic, alert);
        }
    }

    /** Produces the alerts in order, keyed by id, and returns where each landed. */
    private static List<Produced> produce(LocalStack stack, String topic, List<Alert> alerts) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        List<Produced> produced = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Alert alert : alerts) {
                RecordMetadata meta = producer.send(new ProducerRecord<>(topic, alert.getId(),
                        serialize(stack, topic, alert))).get();
                produced.add(new Produced(alert, meta.partition(), meta.offset()));
            }
        }
        return produced;
    }

    private static Map<TopicPartition, Long> endOffsets(LocalStack stack, String topic) throws Exception {
        try (Admin admin = admin(stack)) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    /** The sink's committed offsets (Connect's consumer group {@code connect-<name>}); a partition without one counts 0. */
    private static Map<TopicPartition, Long> committed(LocalStack stack, Names names) throws Exception {
        try (Admin admin = admin(stack)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("connect-" + names.connector)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> result = new HashMap<>();
            endOffsets(stack, names.alerts).keySet().forEach(tp -> result.put(tp,
                    offsets.get(tp) == null ? 0L : offsets.get(tp).offset()));
            return result;
        }
    }

    private static void resetOffsets(LocalStack stack, Names names) throws Exception {
        try (Admin admin = admin(stack)) {
            Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
            endOffsets(stack, names.alerts).keySet().forEach(tp -> zero.put(tp, new OffsetAndMetadata(0)));
            Awaitility.await().atMost(WAIT).ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets("connect-" + names.connector, zero).all().get();
                return true;
            });
        }
    }

    private static ConnectorStateInfo.TaskState taskStatus(EmbeddedConnect connect, Names names) {
        return connect.herder().taskStatus(new ConnectorTaskId(names.connector, 0));
    }

    static String idOf(ReceivedRequest message) {
        return SlackSinkTaskTest.idOf(message);
    }

    private static List<String> ids(List<ReceivedRequest> messages) {
        return messages.stream().map(SlackSinkConnectorIT::idOf).toList();
    }

    private static Map<String, Long> countById(List<ReceivedRequest> messages) {
        return messages.stream().collect(Collectors.groupingBy(SlackSinkConnectorIT::idOf, LinkedHashMap::new,
                Collectors.counting()));
    }

    /** For every rule and partition, the posted alerts are in offset order. */
    private static void assertInOrderPerRuleAndPartition(List<ReceivedRequest> messages, List<Produced> produced) {
        Map<String, Produced> byId = produced.stream().collect(Collectors.toMap(p -> p.alert().getId(), Function.identity()));
        Map<String, List<Long>> offsets = new TreeMap<>();
        for (ReceivedRequest message : messages) {
            Produced p = byId.get(idOf(message));
            offsets.computeIfAbsent(p.alert().getRule() + "@" + p.partition(), k -> new ArrayList<>()).add(p.offset());
        }
        assertThat(offsets).isNotEmpty();
        offsets.forEach((ruleAndPartition, list) -> assertThat(list).as(ruleAndPartition).isSorted());
    }

    /** Consecutive requests to one webhook arrived at least a second apart; returns the shortest gap in ms. */
    private static long assertSpacedBySecond(List<ReceivedRequest> requests) {
        long shortest = Long.MAX_VALUE;
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).receivedNanos() - requests.get(i - 1).receivedNanos();
            assertThat(gap).as("gap before request %d of %s", i, requests.get(i).webhook()).isGreaterThanOrEqualTo(ONE_SECOND);
            shortest = Math.min(shortest, gap);
        }
        return shortest == Long.MAX_VALUE ? -1 : shortest / 1_000_000;
    }

    /** Every webhook URL the receiver issued (and {@code extra} ones), and the secret parts of their paths. */
    private static List<String> secrets(SlackReceiver receiver, String... extra) {
        List<String> urls = new ArrayList<>(List.of(extra));
        receiver.webhookNames().forEach(name -> urls.add(receiver.webhook(name)));
        List<String> secrets = new ArrayList<>();
        for (String url : urls) {
            secrets.add(url);
            String path = URI.create(url).getPath();
            secrets.add(path);
            secrets.add(path.substring(path.lastIndexOf('/') + 1)); // the token
        }
        return secrets;
    }

    private static void assertNoSecret(String text, SlackReceiver receiver, String... extra) {
        if (text == null) {
            return;
        }
        for (String secret : secrets(receiver, extra)) {
            assertThat(text).doesNotContain(secret);
        }
    }

    /** The worker's log (everything at INFO, Radar's at DEBUG), the stack's server logs and the JMX names. */
    private static void assertNoSecretInLogs(LocalStack stack, CapturedLogs logs, SlackReceiver receiver, String... extra)
            throws IOException {
        String worker = logs.text();
        assertThat(worker).contains("Slack sink", "Slack accepted");
        // Connect logged the connector's configuration through AbstractConfig, secrets hidden
        assertThat(worker).contains("slack.webhook.url = [hidden]");
        assertThat(worker.lines().count()).isGreaterThan(100); // the capture really saw the worker's INFO lines
        assertNoSecret(worker, receiver, extra);
        try (Stream<Path> files = Files.walk(stack.dataDir().resolve("logs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertNoSecret(Files.readString(file, StandardCharsets.ISO_8859_1), receiver, extra);
            }
        }
        String mbeans = ManagementFactory.getPlatformMBeanServer().queryNames(null, null).toString();
        assertNoSecret(mbeans, receiver, extra);
    }
}
