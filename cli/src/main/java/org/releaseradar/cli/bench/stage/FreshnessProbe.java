package org.releaseradar.cli.bench.stage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.releaseradar.cli.bench.Progress;
import org.releaseradar.cli.bench.generate.SnapshotGenerator;
import org.releaseradar.cli.bench.report.BenchReport;
import org.releaseradar.cli.bench.report.Percentiles;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.serde.AvroSerializer;
import org.releaseradar.search.index.RadarIndex;

/**
 * Freshness: how long from a snapshot being produced to {@code radar.hf.models} until its release is
 * found by a <em>search</em> of {@code radar-releases} (so after an Elasticsearch refresh, not a
 * real-time get), with the streams application and the sink running as in production.
 *
 * <p>The producer offers a steady load (records sent on a 5 ms tick to keep up with rate × elapsed);
 * every k-th new model (not a re-snapshot: its release already exists) is a marker whose send time is
 * noted. A poller searches for all pending markers by id ({@code ids} query) every
 * {@link #POLL_MILLIS} ms and records now − send time for each one found. The poll interval bounds the
 * error (up to +{@value #POLL_MILLIS} ms, half that on average). After the load stops, markers get up to
 * {@link #DRAIN_MILLIS} more ms; those still not found are reported as missing.
 */
public final class FreshnessProbe {

    static final long POLL_MILLIS = 100;
    static final long DRAIN_MILLIS = 30_000;
    /** Markers per second at most, so the search load of the probe stays small next to the pipeline's. */
    static final int MARKERS_PER_SECOND = 200;

    private FreshnessProbe() {
    }

    public static BenchReport.Freshness run(ElasticsearchClient es, KafkaProducer<byte[], byte[]> producer,
                                            AvroSerializer<ModelSnapshot> serializer, SnapshotGenerator generator,
                                            int rate, int seconds, Progress progress) throws Exception {
        int every = Math.max(1, rate / MARKERS_PER_SECOND);
        Map<String, Long> pending = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicBoolean producing = new AtomicBoolean(true);
        long[] markers = {0};
        Thread poller = new Thread(() -> poll(es, pending, latencies, producing), "radar-bench-freshness-poll");
        poller.setDaemon(true);
        poller.start();

        long total = (long) rate * seconds;
        long sent = 0;
        int newModels = 0;
        long t0 = System.nanoTime();
        while (sent < total) {
            long due = Math.min(total, (long) ((System.nanoTime() - t0) / 1e9 * rate));
            while (sent < due) {
                SnapshotGenerator.Generated g = generator.next();
                String key = g.snapshot().getRepoId();
                byte[] value = serializer.serialize(Topics.HF_MODELS, g.snapshot());
                if (g.kind() != SnapshotGenerator.Kind.RESNAPSHOT && newModels++ % every == 0) {
                    pending.put(key, System.nanoTime());
                    markers[0]++;
                }
                producer.send(new ProducerRecord<>(Topics.HF_MODELS, key.getBytes(StandardCharsets.UTF_8), value));
                sent++;
            }
            progress.update(sent, total, "records");
            Thread.sleep(5);
        }
        producer.flush();
        double achieved = sent / ((System.nanoTime() - t0) / 1e9);
        long drainUntil = System.nanoTime() + DRAIN_MILLIS * 1_000_000;
        while (!pending.isEmpty() && System.nanoTime() < drainUntil) {
            Thread.sleep(POLL_MILLIS);
        }
        producing.set(false);
        poller.join(10_000);
        long[] values = latencies.stream().mapToLong(Long::longValue).toArray();
        Percentiles p = new Percentiles(values);
        boolean any = p.count() > 0;
        return new BenchReport.Freshness(rate, achieved, seconds, (int) markers[0], pending.size(),
                any ? p.percentile(50) : null, any ? p.percentile(95) : null, any ? p.percentile(99) : null,
                any ? p.max() : null);
    }

    private static void poll(ElasticsearchClient es, Map<String, Long> pending, ConcurrentLinkedQueue<Long> latencies,
                             AtomicBoolean producing) {
        while (producing.get()) {
            try {
                List<String> ids = new ArrayList<>(pending.keySet());
                for (int from = 0; from < ids.size(); from += 5_000) {
                    List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 5_000));
                    SearchResponse<Void> found = es.search(s -> s.index(RadarIndex.RELEASES.alias())
                            .query(q -> q.ids(i -> i.values(chunk))).size(chunk.size())
                            .source(src -> src.fetch(false)), Void.class);
                    long now = System.nanoTime();
                    for (Hit<Void> hit : found.hits().hits()) {
                        Long sentAt = pending.remove(hit.id());
                        if (sentAt != null) {
                            latencies.add((now - sentAt) / 1_000_000);
                        }
                    }
                }
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // A failed search is retried on the next tick; the markers stay pending.
            }
        }
    }
}
