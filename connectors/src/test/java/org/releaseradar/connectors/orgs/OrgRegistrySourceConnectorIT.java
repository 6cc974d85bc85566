package org.releaseradar.connectors.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.connectors.testing.ConnectorRuns.header;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.releaseradar.connectors.testing.ConnectorRuns;
import org.releaseradar.connectors.testing.DataFiles;
import org.releaseradar.connectors.testing.EmbeddedConnect;
import org.releaseradar.connectors.testing.TopicReader;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.Organization;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

@ExtendWith(LocalStackExtension.class)
class OrgRegistrySourceConnectorIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(4);
    private static final String BAD_ROW = "badrow,Bad Row,usa,lab,Bad-Row-NS,Bad Row,site,\n";

    @Test
    void emitsANamespacePerRecordThenCorrectionsAndTombstonesAfterARestart(LocalStack stack, @TempDir Path dir)
            throws Exception {
        String topic = ConnectorRuns.uniqueTopic("it.orgs");
        String dlq = ConnectorRuns.uniqueTopic("it.dlq");
        TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl());
        Path offsets = dir.resolve("offsets");
        Path registry = dir.resolve("orgs.csv");
        String original = Files.readString(DataFiles.path("orgs.csv"));
        Files.writeString(registry, original + BAD_ROW);

        Map<String, String> config = ConnectorRuns.baseConfig(stack, OrgRegistrySourceConnector.class, topic, dlq);
        config.put("orgs.csv.url", registry.toUri().toString());
        config.put("poll.interval.ms", "300");

        try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), offsets)) {
            connect.putConnector("orgs", config);
            List<ConsumerRecord<String, Organization>> orgs = reader.read(topic, Organization.class, r -> r.size() >= 223, WAIT);
            assertThat(orgs).hasSize(223);
            Map<String, Organization> byKey = orgs.stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
            assertThat(byKey).hasSize(223).doesNotContainKey("bad-row-ns");
            assertThat(byKey.get("qwen").getBloc()).isEqualTo(Bloc.CN);
            assertThat(byKey.get("mistralai").getCountry()).isEqualTo("FR");
            assertThat(byKey.get("meta-llama").getNamespaces()).containsExactly("meta-llama", "facebook", "facebookai");

            // Only the bad row: the three orgs without a namespace are valid, just not keyable.
            List<ConsumerRecord<String, byte[]>> dead = reader.readRaw(dlq, r -> r.size() >= 1, WAIT);
            assertThat(reader.readRaw(dlq, r -> r.size() > 1, SETTLE)).hasSize(1);
            assertThat(dead).hasSize(1).allSatisfy(r -> assertThat(header(r, DeadLetterHeaders.SOURCE)).isEqualTo("orgs"));
            ConsumerRecord<String, byte[]> bad = dead.stream().filter(r -> "badrow".equals(r.key())).findFirst().orElseThrow();
            assertThat(header(bad, DeadLetterHeaders.REASON)).contains("country 'usa'");
            assertThat(header(bad, DeadLetterHeaders.URL)).isEqualTo(registry.toString());
            assertThat(new String(bad.value(), StandardCharsets.UTF_8)).contains("Bad-Row-NS");
        }

        // While the worker is down: Meta's country is corrected (3 namespaces) and Mistral AI is removed.
        String metaRow = original.lines().filter(l -> l.startsWith("meta,")).findFirst().orElseThrow();
        String mistralRow = original.lines().filter(l -> l.startsWith("mistral,")).findFirst().orElseThrow();
        String corrected = original.replace(metaRow, metaRow.replace("meta,Meta,US,", "meta,Meta,IE,"))
                .replace(mistralRow + "\n", "");
        Files.writeString(registry, corrected + BAD_ROW);

        try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), offsets)) {
            connect.putConnector("orgs", config);
            reader.read(topic, Organization.class, r -> r.size() >= 227, WAIT);
            List<ConsumerRecord<String, Organization>> all = reader.read(topic, Organization.class, r -> r.size() > 227, SETTLE);
            assertThat(all).hasSize(227);
            // Topics have several partitions: order holds per key only.
            Map<String, List<Organization>> versions = all.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.mapping(ConsumerRecord::value, Collectors.toList())));
            Set<String> twice = versions.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertThat(twice).containsExactlyInAnyOrder("meta-llama", "facebook", "facebookai", "mistralai");
            assertThat(List.of("meta-llama", "facebook", "facebookai")).allSatisfy(ns -> {
                Organization latest = versions.get(ns).get(1);
                assertThat(latest.getCountry()).isEqualTo("IE");
                assertThat(latest.getBloc()).isEqualTo(Bloc.EU);
            });
            assertThat(versions.get("mistralai").get(1)).as("tombstone").isNull();
            assertThat(reader.readRaw(dlq, r -> r.size() > 1, SETTLE)).hasSize(1);
        }
    }
}
