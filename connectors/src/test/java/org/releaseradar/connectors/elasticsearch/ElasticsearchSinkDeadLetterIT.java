package org.releaseradar.connectors.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.connectors.testing.ConnectorRuns.header;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.connectors.testing.ConnectorRuns;
import org.releaseradar.connectors.testing.EmbeddedConnect;
import org.releaseradar.connectors.testing.TopicReader;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/**
 * A release whose month Elasticsearch's mapping refuses ("2025-13" is no yyyy-MM date) reaches
 * radar.dlq through Connect's dead-letter queue, with Elasticsearch's reason in the headers, while
 * the records around it in the same bulk are indexed; so does a value that is not Avro at all. The
 * offsets then pass both: nothing is redelivered, nothing is lost.
 */
@ExtendWith(LocalStackExtension.class)
class ElasticsearchSinkDeadLetterIT {

    private static final String CONNECTOR = "es-sink-dlq";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void aDocumentWithAMappingErrorGoesToTheDeadLetterQueueAndItsBatchMatesAreIndexed(LocalStack stack,
            @TempDir Path dir) throws Exception {
        try (SinkItSupport it = new SinkItSupport(stack)) {
            String topic = ConnectorRuns.uniqueTopic("it.es.dlq");
            it.createTopic(topic, 1);
            for (int n = 0; n < 3; n++) {
                it.send(topic, it.id(n), it.release(n, 1));
            }
            ModelRelease badMonth = it.release(3, 1);
            badMonth.setMonth("2025-13");
            it.send(topic, it.id(3), badMonth);
            it.sendBytes(topic, it.id(4), "{\"repo_id\":\"json, not avro\"}".getBytes(StandardCharsets.UTF_8));
            for (int n = 5; n < 8; n++) {
                it.send(topic, it.id(n), it.release(n, 1));
            }
            it.flush();

            Map<String, String> config = it.sinkConfig(topic);
            config.put("bulk.linger.ms", "500"); // everything in one bulk: the bad document has batch-mates
            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), dir.resolve("offsets"))) {
                connect.putConnector(CONNECTOR, config);
                Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(250))
                        .until(() -> it.caughtUp(CONNECTOR, topic, 1));
                assertThat(connect.herder().connectorStatus(CONNECTOR).tasks())
                        .allSatisfy(task -> assertThat(task.state()).isEqualTo("RUNNING"));
            }

            Map<String, JsonNode> documents = it.documents();
            assertThat(SinkItSupport.ids(documents)).containsExactly(it.id(0), it.id(1), it.id(2), it.id(5), it.id(6),
                    it.id(7));

            TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl());
            List<ConsumerRecord<String, byte[]>> dead = reader.readRaw(SinkItSupport.DLQ,
                    r -> r.stream().filter(d -> topic.equals(header(d, "__connect.errors.topic"))).count() >= 2, WAIT)
                    .stream().filter(d -> topic.equals(header(d, "__connect.errors.topic"))).toList();
            assertThat(dead).hasSize(2);

            ConsumerRecord<String, byte[]> mapping = dead.stream().filter(d -> d.key().equals(it.id(3))).findFirst()
                    .orElseThrow();
            String reason = header(mapping, "__connect.errors.exception.message");
            System.out.println("[es-sink DLQ IT] reason: " + reason);
            assertThat(reason).contains("mapper_parsing_exception").contains("[month]").contains("2025-13")
                    .contains("radar-releases").contains(it.id(3))
                    .contains("topic " + topic + " partition 0 offset 3");
            assertThat(header(mapping, "__connect.errors.exception.class.name"))
                    .isEqualTo(RejectedDocumentException.class.getName());
            assertThat(header(mapping, "__connect.errors.partition")).isEqualTo("0");
            assertThat(header(mapping, "__connect.errors.offset")).isEqualTo("3");
            assertThat(header(mapping, "__connect.errors.connector.name")).isEqualTo(CONNECTOR);
            assertThat(mapping.value()).as("the original bytes").startsWith((byte) 0);

            ConsumerRecord<String, byte[]> unreadable = dead.stream().filter(d -> d.key().equals(it.id(4))).findFirst()
                    .orElseThrow();
            assertThat(header(unreadable, "__connect.errors.exception.message"))
                    .contains("topic " + topic + " partition 0 offset 4").contains("not readable Avro");
            assertThat(new String(unreadable.value(), StandardCharsets.UTF_8)).contains("json, not avro");
        }
    }
}
