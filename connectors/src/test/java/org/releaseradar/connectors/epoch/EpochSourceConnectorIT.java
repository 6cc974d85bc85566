package org.releaseradar.connectors.epoch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.connectors.testing.ConnectorRuns.header;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.releaseradar.connectors.testing.ConnectorRuns;
import org.releaseradar.connectors.testing.DataFiles;
import org.releaseradar.connectors.testing.EmbeddedConnect;
import org.releaseradar.connectors.testing.TopicReader;
import org.releaseradar.fixtures.FixtureOptions;
import org.releaseradar.fixtures.FixtureServer;
import org.releaseradar.fixtures.RecordedRequest;
import org.releaseradar.schemas.avro.EpochModel;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

@ExtendWith(LocalStackExtension.class)
class EpochSourceConnectorIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(4);
    private static final String CSV_PATH = "/epoch/notable_ai_models.csv";

    @Test
    void emitsEveryModelThenOnlyTheChangedRowAfterARestart(LocalStack stack, @TempDir Path dir) throws Exception {
        String topic = ConnectorRuns.uniqueTopic("it.epoch");
        String dlq = ConnectorRuns.uniqueTopic("it.dlq");
        TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl());
        Path offsets = dir.resolve("offsets");
        try (FixtureServer fixtures = FixtureServer.start(FixtureOptions.of(DataFiles.dir()))) {
            Map<String, String> config = ConnectorRuns.baseConfig(stack, EpochSourceConnector.class, topic, dlq);
            config.put("epoch.csv.url", fixtures.epochCsvUrl());
            config.put("poll.interval.ms", "500");

            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), offsets)) {
                connect.putConnector("epoch", config);
                List<ConsumerRecord<String, EpochModel>> models = reader.read(topic, EpochModel.class, r -> r.size() >= 1_011, WAIT);
                assertThat(models).hasSize(1_011);
                assertThat(models).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
                EpochModel glm = models.stream().filter(r -> r.key().equals("GLM-4.5")).findFirst().orElseThrow().value();
                assertThat(glm.getPublicationDate()).isEqualTo(LocalDate.of(2025, 8, 5));
                assertThat(glm.getOrganizations()).containsExactly("Z.ai (Zhipu AI)", "Tsinghua University");
                assertThat(glm.getParameters()).isEqualTo(3.55e11);

                String etag = fixtures.epochCsv().etag();
                Awaitility.await().atMost(WAIT).until(() -> fixtures.requests(CSV_PATH).stream()
                        .filter(r -> r.ifNoneMatch().filter(etag::equals).isPresent()).count() >= 2);
                assertThat(fixtures.requests(CSV_PATH).get(0).conditional()).isFalse();
            }

            // While the worker is down, Epoch corrects one row and publishes one without a model name.
            String csv = fixtures.epochCsv().bodyAsUtf8();
            String glmLine = csv.lines().filter(l -> l.startsWith("GLM-4.5,")).findFirst().orElseThrow();
            int columns = csv.lines().findFirst().orElseThrow().split(",").length;
            String nameless = ",Nameless Lab,2025-01-01" + ",".repeat(columns - 3) + "\n";
            String changed = csv.replace(glmLine, glmLine.replace(",355000000000.0,", ",358000000000.0,")) + nameless;
            assertThat(changed).isNotEqualTo(csv);
            fixtures.replaceEpochCsv(changed.getBytes(StandardCharsets.UTF_8));
            fixtures.clearRequests();

            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), offsets)) {
                connect.putConnector("epoch", config);
                reader.read(topic, EpochModel.class, r -> r.size() >= 1_012, WAIT);
                List<ConsumerRecord<String, EpochModel>> all = reader.read(topic, EpochModel.class, r -> r.size() > 1_012, SETTLE);
                assertThat(all).hasSize(1_012);
                // Topics have several partitions: order holds per key only.
                List<EpochModel> glmVersions = all.stream().filter(r -> r.key().equals("GLM-4.5"))
                        .map(ConsumerRecord::value).toList();
                assertThat(glmVersions).extracting(EpochModel::getParameters).containsExactly(3.55e11, 3.58e11);
                assertThat(all.stream().map(ConsumerRecord::key).distinct()).hasSize(1_011);

                List<ConsumerRecord<String, byte[]>> dead = reader.readRaw(dlq, r -> r.size() > 1, SETTLE);
                assertThat(dead).singleElement().satisfies(r -> {
                    assertThat(header(r, DeadLetterHeaders.SOURCE)).isEqualTo("epoch");
                    assertThat(header(r, DeadLetterHeaders.URL)).isEqualTo(fixtures.epochCsvUrl());
                    assertThat(header(r, DeadLetterHeaders.REASON)).contains("no model name");
                    assertThat(new String(r.value(), StandardCharsets.UTF_8)).contains("Nameless Lab");
                });
                assertThat(fixtures.requests(CSV_PATH)).isNotEmpty().first().extracting(RecordedRequest::conditional)
                        .isEqualTo(false);
            }
        }
    }
}
