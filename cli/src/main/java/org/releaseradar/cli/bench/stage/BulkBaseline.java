package org.releaseradar.cli.bench.stage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.releaseradar.cli.bench.Progress;
import org.releaseradar.cli.bench.report.BenchReport;
import org.releaseradar.search.index.RadarIndex;

/**
 * The raw bulk rate: the same documents the sink will index (the releases the streams application wrote,
 * as the sink's own document writer renders them), sent with the Elasticsearch client alone in bulks of
 * {@link #BULK_ACTIONS} with {@link #IN_FLIGHT} requests in flight — the sink's defaults
 * ({@code bulk.max.actions}, {@code bulk.max.in.flight}) — into an index with the releases' mappings and
 * settings.
 */
public final class BulkBaseline {

    public static final int BULK_ACTIONS = 1_000;
    public static final int IN_FLIGHT = 2;
    public static final String INDEX = "radar-bench-raw-releases";

    /** A document and its id. */
    public record Document(String id, byte[] json) {
    }

    private BulkBaseline() {
    }

    public static BenchReport.Rate run(ElasticsearchClient es, List<Document> documents, Progress progress) throws Exception {
        if (es.indices().exists(e -> e.index(INDEX)).value()) {
            es.indices().delete(d -> d.index(INDEX));
        }
        es.indices().create(c -> c.index(INDEX).mappings(RadarIndex.RELEASES.mappings())
                .settings(RadarIndex.RELEASES.settings()));
        List<List<BulkOperation>> bulks = new ArrayList<>();
        long bytes = 0;
        for (int from = 0; from < documents.size(); from += BULK_ACTIONS) {
            List<BulkOperation> ops = new ArrayList<>();
            for (Document d : documents.subList(from, Math.min(documents.size(), from + BULK_ACTIONS))) {
                BinaryData source = BinaryData.of(d.json(), ContentType.APPLICATION_JSON);
                ops.add(BulkOperation.of(op -> op.index(i -> i.index(INDEX).id(d.id()).document(source))));
                bytes += d.json().length;
            }
            bulks.add(ops);
        }
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<BulkOperation> ops : bulks) {
                futures.add(pool.submit(() -> {
                    BulkResponse response = es.bulk(b -> b.operations(ops));
                    if (response.errors()) {
                        throw new IllegalStateException("the raw bulk baseline had item errors, e.g. "
                                + response.items().stream().filter(i -> i.error() != null).findFirst()
                                .map(i -> i.error().reason()).orElse("?"));
                    }
                    progress.update(done.addAndGet(ops.size()), documents.size(), "docs");
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new BenchReport.Rate("elasticsearch-java bulk, " + BULK_ACTIONS + " docs per request, " + IN_FLIGHT
                + " in flight, into " + INDEX, documents.size(), seconds, bytes);
    }
}
