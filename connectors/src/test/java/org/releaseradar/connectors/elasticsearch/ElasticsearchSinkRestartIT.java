package org.releaseradar.connectors.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.connectors.testing.ConnectorRuns;
import org.releaseradar.connectors.testing.EmbeddedConnect;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/**
 * 10,000 ModelRelease records, some keys updated later and one deleted, go through a real Connect
 * worker into the real local Elasticsearch; the worker is stopped after part of them is indexed and
 * started again. The index then holds each document exactly once, at its latest version, and not
 * the deleted one.
 */
@ExtendWith(LocalStackExtension.class)
class ElasticsearchSinkRestartIT {

    private static final String CONNECTOR = "es-sink-restart";
    private static final int PARTITIONS = 3;
    private static final Duration WAIT = Duration.ofSeconds(180);

    @Test
    void tenThousandReleasesIndexedExactlyOnceAcrossARestart(LocalStack stack, @TempDir Path dir) throws Exception {
        try (SinkItSupport it = new SinkItSupport(stack)) {
            String topic = ConnectorRuns.uniqueTopic("it.es.releases");
            it.createTopic(topic, PARTITIONS);
            Map<String, Integer> expected = new HashMap<>(); // id -> latest version
            int sent = 0;

            // Phase 1 (6,000 records): documents 0..5499 at version 1, then 0..499 again at version 2.
            for (int n = 0; n < 5_500; n++, sent++) {
                it.send(topic, it.id(n), it.release(n, 1));
                expected.put(it.id(n), 1);
            }
            for (int n = 0; n < 500; n++, sent++) {
                it.send(topic, it.id(n), it.release(n, 2));
                expected.put(it.id(n), 2);
            }
            it.flush();

            Map<String, String> config = it.sinkConfig(topic);
            config.put("tasks.max", "2");
            // Small, serial bulks, so that the worker can be stopped while part of phase 1 is still unindexed.
            config.put("bulk.max.actions", "100");
            config.put("bulk.max.in.flight", "1");

            long indexedAtStop;
            long committedAtStop;
            long t0 = System.nanoTime();
            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), dir.resolve("offsets"))) {
                connect.putConnector(CONNECTOR, config);
                Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> it.count() >= 500);
            }
            double firstRunSeconds = (System.nanoTime() - t0) / 1e9;
            indexedAtStop = it.count();
            committedAtStop = it.committedTotal(CONNECTOR);
            System.out.printf(Locale.ROOT, "[es-sink restart IT] worker 1 stopped after %.1f s: %d documents indexed,"
                    + " %d of 6000 records committed%n", firstRunSeconds, indexedAtStop, committedAtStop);
            assertThat(indexedAtStop).as("part of phase 1 was indexed before the stop").isPositive();
            assertThat(committedAtStop).as("the worker stopped mid-way, before all of phase 1 was acknowledged")
                    .isLessThan(6_000);

            // Phase 2 (4,000 records) while no worker runs: documents 5500..8999 at version 1,
            // 0..498 at version 3, and a tombstone for 8999.
            for (int n = 5_500; n < 9_000; n++, sent++) {
                it.send(topic, it.id(n), it.release(n, 1));
                expected.put(it.id(n), 1);
            }
            for (int n = 0; n < 499; n++, sent++) {
                it.send(topic, it.id(n), it.release(n, 3));
                expected.put(it.id(n), 3);
            }
            it.send(topic, it.id(8_999), null);
            sent++;
            expected.remove(it.id(8_999));
            it.flush();
            assertThat(sent).isEqualTo(10_000);

            // The second worker runs with the default bulk settings: its rate is the sink's as shipped.
            config.remove("bulk.max.actions");
            config.remove("bulk.max.in.flight");
            long t1 = System.nanoTime();
            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), dir.resolve("offsets"))) {
                connect.putConnector(CONNECTOR, config);
                Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                        .until(() -> it.caughtUp(CONNECTOR, topic, PARTITIONS));
                double secondRunSeconds = (System.nanoTime() - t1) / 1e9;
                long processed = 10_000 - committedAtStop;
                System.out.printf(Locale.ROOT, "[es-sink restart IT] worker 2 caught up in %.1f s (worker start"
                        + " included): %d records (%d read again), %.0f records/s%n", secondRunSeconds, processed,
                        6_000 - committedAtStop, processed / secondRunSeconds);
            }

            Map<String, JsonNode> documents = it.documents();
            assertThat(documents).hasSize(8_999);
            assertThat(SinkItSupport.ids(documents)).containsExactlyElementsOf(expected.keySet().stream().sorted().toList());
            assertThat(documents).doesNotContainKey(it.id(8_999));
            documents.forEach((id, doc) -> {
                int n = Integer.parseInt(id.substring(id.length() - 5));
                assertThat(doc.get("downloads").longValue()).as(id)
                        .isEqualTo(SinkItSupport.downloads(n, expected.get(id)));
                assertThat(doc.get("repo_id").textValue()).isEqualTo(id);
            });
            assertThat(documents.get(it.id(0)).get("updated_at").textValue()).isEqualTo("2025-08-01T00:00:03Z");
        }
    }
}
