package org.releaseradar.connectors.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.releaseradar.connectors.common.ConnectorVersion;
import org.releaseradar.connectors.common.polling.StopSignal;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Severity;
import org.releaseradar.schemas.registry.SchemaRegistry;
import org.releaseradar.schemas.registry.SchemaRegistryException;
import org.releaseradar.schemas.serde.AvroDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the alerts of {@code radar.alerts} to Slack: each alert (Avro, Confluent wire format) is decoded,
 * routed to one webhook, and queued on that webhook's {@link WebhookSender}; {@code put} never waits for
 * Slack.
 *
 * <p><b>At most once per alert id.</b> Two things together:
 * <ol>
 *   <li>Offsets: {@link #preCommit} commits, per partition, only up to the first alert that is not done
 *       ({@link OffsetTracker}): done means Slack accepted it (and it was recorded, below), or the dead-letter
 *       queue acknowledged it, or it needed nothing (a tombstone, an alert posted before). Alerts waiting for
 *       a digest are not done until the digest is posted.</li>
 *   <li>The delivered log ({@link DeliveredLog}, a compacted topic keyed by {@code <connector>/<alert id>}):
 *       written synchronously right after Slack's 200, read at start. An alert that was accepted but whose
 *       offset was not committed yet (a restart, a rebalance, a crash) is redelivered and skipped, and so is
 *       the same alert id appearing again later on the topic (a replay of the streams application).</li>
 * </ol>
 * <b>What remains:</b> Slack's incoming webhooks have no idempotency key, so nothing can make "post" and
 * "record" one atomic step. If the task dies after Slack accepted a message and before the delivered-log
 * write is acknowledged (a window of one Kafka round trip: milliseconds, unless Kafka is unreachable, in
 * which case the write is retried and logged as an error), that alert is posted again after the restart.
 * With {@code http.retry.unanswered=true} (the default), a request whose answer never came (timeout,
 * connection lost after sending) is retried, and Slack may have posted the first one; with {@code false}
 * such an alert goes to the dead-letter queue instead and the only window left is the one above.
 *
 * <p><b>Dead letters.</b> Alerts Slack refuses for good (400 {@code invalid_payload}, 403, 404
 * {@code no_service}/{@code channel_not_found}, 410…) and records that cannot be read go to Connect's
 * dead-letter queue ({@code errors.tolerance=all}, {@code errors.deadletterqueue.topic.name}) through
 * {@code errantRecordReporter()}, with Radar's {@code radar.dlq.*} headers (source {@code slack}, the
 * input as {@code topic/partition@offset}, Slack's reason) and, when
 * {@code errors.deadletterqueue.context.headers.enable=true}, Connect's {@code __connect.errors.*} headers.
 * The reporter is called only on the task's thread (in {@code put} and {@code preCommit}): Connect's
 * reporter is not thread-safe.
 *
 * <p>Webhook URLs never reach a log line, an exception, a dead-letter header, the task's status or a metric:
 * everything names the route.
 */
public final class SlackSinkTask extends SinkTask {

    static final String SOURCE = "slack";
    private static final Logger log = LoggerFactory.getLogger(SlackSinkTask.class);

    /** An alert (or unreadable record) on its way to the dead-letter queue. */
    private record DeadLetter(SinkRecord record, TopicPartition partition, long offset, String reason) {
    }

    private record Report(DeadLetter letter, Future<Void> written) {
    }

    /** A record of a batch, decoded (or not). */
    private record Decoded(SinkRecord record, Alert alert, String error) {
    }

    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Function<SlackConfig, DeliveredLog> deliveredLogs;
    private final SchemaRegistry registry;
    private final StopSignal stop = new StopSignal();
    private final OffsetTracker tracker = new OffsetTracker();
    private final Map<String, WebhookSender> senderByRoute = new HashMap<>();
    private final List<WebhookSender> senders = new ArrayList<>();
    private final ConcurrentLinkedQueue<DeadLetter> deadLetters = new ConcurrentLinkedQueue<>();
    private final List<Report> reports = new ArrayList<>();
    /** Alert ids queued or on the wire, with their partition: a second copy of one is not posted again. */
    private final Map<String, TopicPartition> queuedIds = new ConcurrentHashMap<>();

    private SlackConfig config;
    private String connector;
    private Router router;
    private AvroDeserializer<Alert> deserializer;
    private DeliveredLog delivered;
    private ErrantRecordReporter reporter;
    private SlackMetrics metrics = SlackMetrics.of(null);
    private Redactor redactor;
    private Duration closeTimeout;
    private boolean digestOn;
    private Severity digestMaxSeverity;
    private boolean paused;
    private long seq;

    public SlackSinkTask() {
        this(Clock.systemUTC(), System::nanoTime, null, null);
    }

    /**
     * For tests: a clock, a delivered log instead of the Kafka one (null: Kafka), a registry instead of the
     * one at {@code schema.registry.url} (null: that one).
     */
    SlackSinkTask(Clock clock, LongSupplier nanoTime, Function<SlackConfig, DeliveredLog> deliveredLogs,
                  SchemaRegistry registry) {
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.deliveredLogs = deliveredLogs;
        this.registry = registry;
    }

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new SlackConfig(props);
        connector = props.getOrDefault("name", "slack");
        reporter = errantRecordReporter();
        if (reporter == null) {
            throw new ConnectException("The Slack sink needs Connect's dead-letter queue for the alerts Slack refuses:"
                    + " set errors.tolerance=all and errors.deadletterqueue.topic.name (e.g. radar.dlq)");
        }
        metrics = SlackMetrics.of(pluginMetrics());
        router = config.router();
        digestOn = !config.digestInterval().isZero();
        digestMaxSeverity = config.digestMaxSeverity();
        closeTimeout = config.http().requestTimeout().plusSeconds(2);

        deserializer = new AvroDeserializer<>(Alert.class, registry);
        deserializer.configure(config.registry(), false);
        delivered = deliveredLogs != null ? deliveredLogs.apply(config)
                : KafkaDeliveredLog.open(config, connector, stop, clock);

        List<Password> urls = router.all().stream().map(Route::webhook).toList();
        redactor = new Redactor(urls);
        SlackWebhookClient client = new SlackWebhookClient(config.http(), redactor);
        AlertMessages messages = new AlertMessages();
        WebhookSender.Settings settings = new WebhookSender.Settings(config.http(), config.retryUnanswered(),
                config.digestInterval(), digestMaxSeverity);
        Map<String, List<Route>> byUrl = new LinkedHashMap<>();
        for (Route route : router.all()) {
            byUrl.computeIfAbsent(route.webhook().value().trim(), u -> new ArrayList<>()).add(route);
        }
        Listener listener = new Listener();
        for (List<Route> routes : byUrl.values()) {
            List<String> names = routes.stream().map(Route::name).toList();
            Webhook webhook = new Webhook(String.join("+", names), routes.get(0).webhook(), names);
            WebhookSender sender = new WebhookSender(webhook, client, messages,
                    new WebhookPacer(config.minInterval(), nanoTime), settings, listener, nanoTime);
            senders.add(sender);
            routes.forEach(r -> senderByRoute.put(r.name(), sender));
            sender.start("slack-" + connector + "-" + webhook.name());
        }
        metrics.pendingGauge(tracker::pending);
        log.info("Slack sink {} started: routes {} on {} webhook(s), at most one message per {} ms per webhook, {}; {}"
                        + " alert(s) already posted", connector, router.all().stream().map(Route::name).toList(),
                senders.size(), config.minInterval().toMillis(),
                digestOn ? "digest of alerts up to " + digestMaxSeverity + " every " + config.digestInterval().toMillis()
                        + " ms" : "no digest", delivered.size());
    }

    private ErrantRecordReporter errantRecordReporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            return null; // a worker older than Kafka 2.6
        }
    }

    private PluginMetrics pluginMetrics() {
        try {
            return context.pluginMetrics();
        } catch (AbstractMethodError | NoSuchMethodError | NoClassDefFoundError | UnsupportedOperationException e) {
            return null; // a worker older than Kafka 4.1
        }
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        tracker.open(partitions);
        delivered.catchUp();
        if (paused && !partitions.isEmpty()) {
            context.pause(partitions.toArray(TopicPartition[]::new));
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        checkSenders();
        reportDeadLetters();
        List<Decoded> batch = new ArrayList<>(records.size());
        for (SinkRecord record : records) {
            batch.add(decode(record)); // may throw RetriableException: then nothing of the batch is taken yet
        }
        int alreadyPosted = 0;
        for (Decoded decoded : batch) {
            SinkRecord record = decoded.record();
            TopicPartition tp = new TopicPartition(record.originalTopic(), record.originalKafkaPartition());
            long offset = record.originalKafkaOffset();
            if (!tracker.register(tp, offset)) {
                continue;
            }
            if (decoded.error() != null) {
                deadLetters.add(new DeadLetter(record, tp, offset, decoded.error()));
                continue;
            }
            Alert alert = decoded.alert();
            if (alert == null) {
                tracker.done(tp, offset); // a tombstone: nothing to post
                continue;
            }
            if (delivered.contains(alert.getId())) {
                alreadyPosted++;
                tracker.done(tp, offset);
                continue;
            }
            if (queuedIds.putIfAbsent(alert.getId(), tp) != null) {
                log.info("Alert {} (rule {}) at {}@{} is already queued for Slack: not posted twice", alert.getId(),
                        alert.getRule(), tp, offset);
                tracker.done(tp, offset);
                continue;
            }
            Route route = router.route(alert);
            boolean digest = digestOn && alert.getSeverity().ordinal() <= digestMaxSeverity.ordinal();
            senderByRoute.get(route.name()).submit(new PendingAlert(record, tp, offset, alert, route, digest, seq++));
        }
        if (alreadyPosted > 0) {
            log.info("{} alert(s) were posted to Slack before (delivered log {}): not posted again", alreadyPosted,
                    config.deliveredTopic());
        }
        reportDeadLetters();
        applyBackpressure();
    }

    /** Fails the task when a sender's thread died on an unexpected error (its alerts would wait forever). */
    private void checkSenders() {
        for (WebhookSender sender : senders) {
            RuntimeException failure = sender.failure();
            if (failure != null) {
                throw new ConnectException("The Slack sender of route(s) '" + sender.webhook().name()
                        + "' stopped on an unexpected error: " + redactor.scrub(failure.toString()));
            }
        }
    }

    private Decoded decode(SinkRecord record) {
        Object value = record.value();
        if (value == null) {
            return new Decoded(record, null, null);
        }
        if (!(value instanceof byte[] bytes)) {
            return new Decoded(record, null, "the record value is a " + value.getClass().getSimpleName()
                    + ", not bytes: the connector needs value.converter=org.apache.kafka.connect.converters.ByteArrayConverter");
        }
        try {
            return new Decoded(record, deserializer.deserialize(record.topic(), bytes), null);
        } catch (SerializationException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SchemaRegistryException registryError
                        && (registryError.httpStatus() == SchemaRegistryException.NO_RESPONSE || registryError.httpStatus() >= 500)) {
                    throw new RetriableException("schema registry unavailable while reading alerts: " + registryError.getMessage(), e);
                }
            }
            return new Decoded(record, null, "the record is not a readable Alert: " + e.getMessage());
        }
    }

    /** Hands queued dead letters to Connect's reporter, and marks done those it has written (task thread only). */
    private void reportDeadLetters() {
        DeadLetter letter;
        while ((letter = deadLetters.poll()) != null) {
            if (!tracker.isOpen(letter.partition())) {
                continue; // revoked: the next owner reads it again
            }
            Future<Void> written = reporter.report(deadLetterRecord(letter), new SlackDeliveryException(letter.reason()));
            reports.add(new Report(letter, written));
        }
        for (Iterator<Report> it = reports.iterator(); it.hasNext(); ) {
            Report report = it.next();
            if (!report.written().isDone()) {
                continue;
            }
            it.remove();
            try {
                report.written().get();
                tracker.done(report.letter().partition(), report.letter().offset());
            } catch (ExecutionException e) {
                throw new ConnectException("The dead-letter queue did not take the record at "
                        + report.letter().partition() + "@" + report.letter().offset() + ": " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectException("interrupted while reading a dead-letter write", e);
            }
        }
    }

    private SinkRecord deadLetterRecord(DeadLetter letter) {
        SinkRecord record = letter.record();
        ConnectHeaders headers = new ConnectHeaders();
        if (record.headers() != null) {
            for (Header header : record.headers()) {
                headers.add(header.key(), header.value(), header.schema());
            }
        }
        byte[] value = record.value() instanceof byte[] bytes ? bytes : new byte[0];
        headers.addString(DeadLetterHeaders.SOURCE, SOURCE);
        headers.addString(DeadLetterHeaders.URL, letter.partition().topic() + "/" + letter.partition().partition()
                + "@" + letter.offset());
        headers.addString(DeadLetterHeaders.REASON, letter.reason());
        headers.addString(DeadLetterHeaders.ERROR_CLASS, SlackDeliveryException.class.getName());
        headers.addString(DeadLetterHeaders.TIMESTAMP, clock.instant().toString());
        headers.addString(DeadLetterHeaders.ORIGINAL_SIZE, Integer.toString(value.length));
        // A plain SinkRecord (not Connect's internal one): the reporter then writes these headers too.
        return new SinkRecord(letter.partition().topic(), letter.partition().partition(), record.keySchema(),
                record.key(), record.valueSchema(), record.value(), letter.offset(), record.timestamp(),
                record.timestampType(), headers);
    }

    private void applyBackpressure() {
        int pending = tracker.pending();
        int max = config.maxPendingAlerts();
        if (!paused && pending >= max) {
            paused = true;
            context.pause(context.assignment().toArray(TopicPartition[]::new));
            log.info("{} alerts wait for Slack (limit {}): reading paused", pending, max);
        } else if (paused && pending <= max / 2) {
            paused = false;
            context.resume(context.assignment().toArray(TopicPartition[]::new));
            log.info("{} alerts wait for Slack: reading resumed", pending);
        }
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        checkSenders();
        reportDeadLetters();
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        for (TopicPartition tp : currentOffsets.keySet()) {
            tracker.committable(tp).ifPresent(offset -> commit.put(tp, new OffsetAndMetadata(offset)));
        }
        applyBackpressure();
        return commit;
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        Set<TopicPartition> closing = Set.copyOf(partitions);
        try {
            for (WebhookSender sender : senders) {
                if (!sender.release(closing, closeTimeout)) {
                    log.warn("Slack webhook '{}' has not answered within {} ms while partitions are being closed",
                            sender.webhook().name(), closeTimeout.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queuedIds.values().removeIf(closing::contains);
        deadLetters.removeIf(d -> closing.contains(d.partition()));
        tracker.close(closing);
    }

    @Override
    public void stop() {
        for (WebhookSender sender : senders) {
            sender.requestStop();
        }
        try {
            for (WebhookSender sender : senders) {
                sender.stop(closeTimeout == null ? Duration.ofSeconds(5) : closeTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop.stop();
        if (delivered != null) {
            delivered.close();
        }
        if (deserializer != null) {
            deserializer.close();
        }
        metrics.close();
        log.info("Slack sink {} stopped", connector);
    }

    /** For tests: alerts not yet done. */
    int pending() {
        return tracker.pending();
    }

    /** What the senders report, on their threads. */
    private final class Listener implements WebhookSender.Listener {

        @Override
        public void posted(Webhook webhook, List<PendingAlert> alerts, boolean digest) throws InterruptedException {
            delivered.recordPosted(alerts, digest);
            for (PendingAlert a : alerts) {
                tracker.done(a.partition(), a.offset());
                queuedIds.remove(a.alert().getId(), a.partition());
                metrics.posted(a.route().name(), 1);
            }
            if (digest) {
                log.info("Slack accepted a digest of {} alert(s) on route(s) '{}'", alerts.size(), webhook.name());
            } else {
                PendingAlert a = alerts.get(0);
                log.info("Slack accepted {} {} on route '{}'", a.alert().getSeverity(), a.describe(), a.route().name());
            }
        }

        @Override
        public void rejected(Webhook webhook, List<PendingAlert> alerts, String reason) {
            for (PendingAlert a : alerts) {
                String why = "Slack refused alert " + a.alert().getId() + " (rule " + a.alert().getRule() + ") on route '"
                        + a.route().name() + "': " + reason;
                log.warn("{}; sending {}@{} to the dead-letter queue", why, a.partition(), a.offset());
                deadLetters.add(new DeadLetter(a.record(), a.partition(), a.offset(), why));
                queuedIds.remove(a.alert().getId(), a.partition());
                metrics.deadLettered(a.route().name(), 1);
            }
        }

        @Override
        public void retrying(Webhook webhook, List<PendingAlert> alerts, String reason) {
            metrics.retried(webhook.name());
        }

        @Override
        public void rateLimited(Webhook webhook) {
            metrics.rateLimited(webhook.name());
        }
    }
}
