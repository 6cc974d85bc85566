package org.releaseradar.connectors.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.releaseradar.connectors.common.ConnectorVersion;
import org.releaseradar.connectors.elasticsearch.bulk.BulkBuffer;
import org.releaseradar.connectors.elasticsearch.bulk.BulkDispatcher;
import org.releaseradar.connectors.elasticsearch.bulk.BulkSender;
import org.releaseradar.connectors.elasticsearch.bulk.BulkSettings;
import org.releaseradar.connectors.elasticsearch.bulk.ElasticsearchBulkSender;
import org.releaseradar.connectors.elasticsearch.bulk.Rejection;
import org.releaseradar.connectors.elasticsearch.document.DecodedRecord;
import org.releaseradar.connectors.elasticsearch.document.RecordDecoder;
import org.releaseradar.connectors.elasticsearch.offsets.OffsetLedger;
import org.releaseradar.connectors.elasticsearch.offsets.TrackedRecord;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task of {@link ElasticsearchSinkConnector}.
 *
 * <p>{@code put} decodes records into document actions and hands them to a {@link BulkBuffer}; a
 * {@link BulkDispatcher} thread sends bulks from it. {@code put} and {@code preCommit} never wait for
 * Elasticsearch: when it falls behind, the records not yet acknowledged reach {@code buffer.max.records}
 * (or their documents {@code buffer.max.bytes}) and the task pauses its partitions until half of them
 * are acknowledged. {@code preCommit} returns, per partition, the offset after the unbroken run of
 * records Elasticsearch acknowledged or that reached the dead-letter queue ({@link OffsetLedger}).
 * Records Elasticsearch rejects are reported from this thread, since {@code put} and
 * {@code preCommit} are where Connect expects the reporter to be called.
 */
public final class ElasticsearchSinkTask extends SinkTask {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchSinkTask.class);
    /** While paused, how soon Connect should call {@code put} again so the task can resume promptly. */
    private static final long PAUSED_POLL_MS = 200;
    /** Longest wait in {@code close} for requests of revoked partitions that are on the wire. */
    private static final Duration CLOSE_WAIT_MAX = Duration.ofSeconds(30);

    private ElasticsearchSinkConfig config;
    private BulkSettings bulk;
    private RejectedDocumentBehavior behavior;
    private ErrantRecordReporter reporter;
    private ElasticsearchClient client;
    private RecordDecoder decoder;
    private OffsetLedger ledger;
    private BulkBuffer buffer;
    private BulkDispatcher dispatcher;
    private Duration closeWait;
    private boolean paused;
    private final Function<ElasticsearchClient, BulkSender> senders;
    private final BiFunction<IndexRouting, ElasticsearchSinkConfig, RecordDecoder> decoders;

    public ElasticsearchSinkTask() {
        this(ElasticsearchBulkSender::new, (routing, config) -> new RecordDecoder(routing, config.registry()));
    }

    /** For unit tests: a scripted Elasticsearch and a decoder on an in-memory registry. */
    ElasticsearchSinkTask(Function<ElasticsearchClient, BulkSender> senders,
                          BiFunction<IndexRouting, ElasticsearchSinkConfig, RecordDecoder> decoders) {
        this.senders = senders;
        this.decoders = decoders;
    }

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new ElasticsearchSinkConfig(props);
        bulk = config.bulk();
        behavior = config.behaviorOnRejected();
        reporter = errantRecordReporter();
        if (behavior == RejectedDocumentBehavior.DLQ && reporter == null) {
            log.warn("behavior.on.rejected.document=dlq, but Connect gives this task no dead-letter queue"
                    + " (errors.tolerance=all, errors.deadletterqueue.topic.name): a rejected document will fail the task");
        }
        ElasticsearchSettings settings = config.elasticsearch();
        IndexRouting routing = config.routing();
        closeWait = settings.socketTimeout().compareTo(CLOSE_WAIT_MAX) < 0 ? settings.socketTimeout() : CLOSE_WAIT_MAX;
        client = ElasticsearchClientFactory.create(settings);
        decoder = decoders.apply(routing, config);
        ledger = new OffsetLedger();
        buffer = new BulkBuffer(bulk, System::nanoTime);
        String name = "radar-es-sink-" + Integer.toHexString(System.identityHashCode(this));
        dispatcher = new BulkDispatcher(buffer, senders.apply(client),
                TemplateSetup.of(client, routing, config.installTemplates()), bulk, name);
        dispatcher.start();
        // Settings hold secrets only as Secret/Password, whose toString is [hidden].
        log.info("Elasticsearch sink task started: {} ({} engine) <- {}; bulks of up to {} actions / {} bytes,"
                        + " linger {} ms, {} in flight; pauses at {} records / {} bytes not yet acknowledged",
                settings.urls(), settings.engine(), routing, bulk.maxActions(), bulk.maxBytes(), bulk.linger().toMillis(),
                bulk.maxInFlight(), bulk.bufferMaxRecords(), bulk.bufferMaxBytes());
    }

    private ErrantRecordReporter errantRecordReporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError olderWorker) {
            return null; // Connect before 2.6
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        throwIfFailed();
        reportRejections();
        // Decode the whole batch before tracking any of it: a RetriableException (registry down) makes
        // Connect deliver the same batch again, which must then find nothing half-accepted.
        List<DecodedRecord> decoded = new ArrayList<>(records.size());
        for (SinkRecord record : records) {
            decoded.add(decoder.decode(record));
        }
        int i = 0;
        for (SinkRecord record : records) {
            DecodedRecord result = decoded.get(i++);
            TrackedRecord tracked = ledger.track(record);
            if (tracked == null) {
                continue; // delivered before and still ours: already buffered or done
            }
            if (result instanceof DecodedRecord.Action action) {
                buffer.add(action.action(), tracked);
            } else if (result instanceof DecodedRecord.Unusable unusable) {
                reject(tracked, unusable.reason(), unusable.cause());
            }
        }
        ledger.committable(buffer::fail); // drops what is done, so the pause check counts what is open
        throwIfFailed();
        applyBackpressure();
    }

    private void applyBackpressure() {
        int open = ledger.openRecords();
        long bytes = buffer.bytes();
        Set<TopicPartition> assignment = context.assignment();
        if (!paused && (open >= bulk.bufferMaxRecords() || bytes >= bulk.bufferMaxBytes())) {
            paused = true;
            context.pause(assignment.toArray(TopicPartition[]::new));
            log.info("Pausing {} partition(s): {} records ({} bytes of documents) not yet acknowledged by Elasticsearch"
                    + " (buffer.max.records={}, buffer.max.bytes={})", assignment.size(), open, bytes,
                    bulk.bufferMaxRecords(), bulk.bufferMaxBytes());
        } else if (paused && open <= bulk.bufferMaxRecords() / 2 && bytes <= bulk.bufferMaxBytes() / 2) {
            paused = false;
            context.resume(assignment.toArray(TopicPartition[]::new));
            log.info("Resuming {} partition(s): {} records not yet acknowledged", assignment.size(), open);
        }
        if (paused) {
            context.timeout(PAUSED_POLL_MS);
        }
    }

    /** Hands records Elasticsearch rejected to the dead-letter queue (or fails the task). */
    private void reportRejections() {
        for (Rejection rejection : buffer.drainRejections()) {
            reject(rejection.record(), rejection.reason(), null);
        }
    }

    private void reject(TrackedRecord tracked, String reason, Throwable cause) {
        SinkRecord record = tracked.record();
        if (behavior == RejectedDocumentBehavior.FAIL) {
            throw failed(new ConnectException(reason + " (behavior.on.rejected.document=fail)", cause));
        }
        if (reporter == null) {
            throw failed(new ConnectException(reason + ". No dead-letter queue is configured (errors.tolerance=all,"
                    + " errors.deadletterqueue.topic.name), so the task stops rather than drop the record", cause));
        }
        log.warn("{}; sending it to the dead-letter queue", reason);
        Future<Void> report = reporter.report(record, new RejectedDocumentException(reason, cause));
        tracked.reportedAs(report);
    }

    private ConnectException failed(ConnectException failure) {
        buffer.fail(failure);
        return failure;
    }

    private void throwIfFailed() {
        buffer.failure().ifPresent(failure -> {
            throw failure;
        });
    }

    /** Never throws and never waits for Elasticsearch: it only reports what is acknowledged already. */
    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        try {
            reportRejections();
        } catch (RuntimeException e) {
            buffer.fail(e instanceof ConnectException c ? c : new ConnectException(e));
        }
        return ledger.committable(buffer::fail);
    }

    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        // Not called: preCommit is overridden, and it never waits for Elasticsearch.
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        if (paused && !partitions.isEmpty()) {
            context.pause(partitions.toArray(TopicPartition[]::new));
        }
    }

    /**
     * Gives up {@code partitions}: their waiting documents are dropped and in-flight ones are not
     * retried (the next owner reads them again from the committed offset). Waits a little for
     * requests already on the wire, so that the next owner's writes cannot be overtaken by ours.
     */
    @Override
    public void close(Collection<TopicPartition> partitions) {
        if (dispatcher == null) {
            return; // start() did not get that far
        }
        ledger.close(partitions);
        buffer.dropUnwanted();
        dispatcher.wakeRetries();
        try {
            if (!buffer.awaitUnwantedSettled(closeWait.toNanos())) {
                log.warn("Bulk requests for revoked partitions {} were still running after {} s", partitions,
                        closeWait.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (ledger != null) {
            ledger.closeAll();
        }
        if (dispatcher != null) {
            dispatcher.close();
        }
        if (client != null) {
            try {
                client.close();
            } catch (IOException e) {
                log.warn("Closing the Elasticsearch client failed: {}", e.toString());
            }
        }
        if (decoder != null) {
            decoder.close();
        }
    }
}
