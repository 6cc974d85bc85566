package org.releaseradar.connectors.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.connectors.testing.ConnectorRuns;
import org.releaseradar.connectors.testing.EmbeddedConnect;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/**
 * Elasticsearch goes away for 30 s while records keep arriving, then comes back on the same port:
 * the task keeps running (it retries, pauses when its buffer is full), catches up, and the index
 * holds every document at its latest version. Nothing is lost.
 */
@ExtendWith(LocalStackExtension.class)
class ElasticsearchSinkOutageIT {

    private static final String CONNECTOR = "es-sink-outage";
    private static final int PARTITIONS = 2;
    private static final int DOCUMENTS = 1_500;
    private static final int RECORDS = 3_000;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void anElasticsearchOutageOfThirtySecondsLosesNothing(LocalStack stack, @TempDir Path dir) throws Exception {
        try (SinkItSupport it = new SinkItSupport(stack)) {
            String topic = ConnectorRuns.uniqueTopic("it.es.outage");
            it.createTopic(topic, PARTITIONS);
            Map<String, String> config = it.sinkConfig(topic);
            config.put("retry.backoff.max.ms", "2000"); // catch up soon after the restart
            config.put("buffer.max.records", "1000"); // small enough that the outage makes the task pause

            Map<String, Integer> latest = new ConcurrentHashMap<>();
            AtomicInteger sent = new AtomicInteger();
            AtomicReference<Throwable> producerFailure = new AtomicReference<>();
            CountDownLatch produced = new CountDownLatch(1);
            // About 60 records/s for ~50 s: before, during and after the outage.
            Thread producer = new Thread(() -> {
                try {
                    for (int i = 0; i < RECORDS; i++) {
                        int n = i % DOCUMENTS;
                        int version = i / DOCUMENTS + 1;
                        it.send(topic, it.id(n), it.release(n, version));
                        latest.put(it.id(n), version);
                        sent.incrementAndGet();
                        if (i % 30 == 29) {
                            it.flush();
                            Thread.sleep(500);
                        }
                    }
                    it.flush();
                } catch (Throwable e) {
                    producerFailure.set(e);
                } finally {
                    produced.countDown();
                }
            }, "it-producer");

            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), dir.resolve("offsets"))) {
                connect.putConnector(CONNECTOR, config);
                producer.start();
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> it.count() >= 200);

                long indexedBefore = it.count();
                int sentBefore = sent.get();
                long t0 = System.nanoTime();
                try {
                    stack.stopElasticsearch();
                    Thread.sleep(OUTAGE.toMillis());
                    assertThat(connect.herder().connectorStatus(CONNECTOR).tasks()).as("the task rides out the outage")
                            .allSatisfy(task -> assertThat(task.state()).isEqualTo("RUNNING"));
                } finally {
                    stack.startElasticsearch(); // the stack is shared with other tests
                }
                double downSeconds = (System.nanoTime() - t0) / 1e9;
                int sentDuring = sent.get() - sentBefore;
                System.out.printf(Locale.ROOT, "[es-sink outage IT] Elasticsearch down %.1f s (restart included):"
                        + " %d documents indexed before, %d records produced meanwhile%n", downSeconds, indexedBefore,
                        sentDuring);
                assertThat(sentDuring).as("records kept arriving during the outage").isPositive();

                assertThat(produced.await(120, TimeUnit.SECONDS)).isTrue();
                assertThat(producerFailure.get()).isNull();
                long t1 = System.nanoTime();
                Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                        .until(() -> it.caughtUp(CONNECTOR, topic, PARTITIONS));
                System.out.printf(Locale.ROOT, "[es-sink outage IT] caught up %.1f s after the last record was produced%n",
                        (System.nanoTime() - t1) / 1e9);
                assertThat(connect.herder().connectorStatus(CONNECTOR).tasks())
                        .allSatisfy(task -> assertThat(task.state()).isEqualTo("RUNNING"));
            }

            Map<String, JsonNode> documents = it.documents();
            assertThat(documents).hasSize(DOCUMENTS);
            documents.forEach((id, doc) -> {
                int n = Integer.parseInt(id.substring(id.length() - 5));
                assertThat(doc.get("downloads").longValue()).as(id).isEqualTo(SinkItSupport.downloads(n, latest.get(id)));
            });
            assertThat(latest.values()).containsOnly(RECORDS / DOCUMENTS);
        }
    }
}
