package org.releaseradar.connectors.epoch;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.releaseradar.connectors.common.ConnectorVersion;
import org.releaseradar.connectors.common.avro.AvroRecordEncoder;
import org.releaseradar.connectors.common.config.CommonSourceConfig;
import org.releaseradar.connectors.common.dlq.DeadLetters;
import org.releaseradar.connectors.common.http.HttpFetcher;
import org.releaseradar.connectors.common.polling.PollSchedule;
import org.releaseradar.connectors.common.polling.StopSignal;
import org.releaseradar.connectors.tabular.DocumentReader;
import org.releaseradar.connectors.tabular.PolledDocument;
import org.releaseradar.connectors.tabular.Fingerprint;
import org.releaseradar.connectors.tabular.Fingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits the Epoch rows that changed since they were last emitted.
 *
 * <p>Offsets: each model is its own source partition {@code {"model": name}} with offset
 * {@code {"sha": fingerprint of the emitted record}}; a rejected row is partition
 * {@code {"row": fingerprint}}, so it goes to the dead-letter topic once. Fingerprints unknown in
 * memory are read back from the offset store before a document is compared, so after a restart only
 * rows that really changed are emitted, and since each record commits only its own partition, a
 * crash half-way through a document loses or repeats nothing.
 */
public final class EpochSourceTask extends SourceTask {

    static final String SOURCE = "epoch";
    private static final Logger log = LoggerFactory.getLogger(EpochSourceTask.class);

    private final Clock clock;
    private final StopSignal stop = new StopSignal();
    private final EpochCsvParser parser = new EpochCsvParser();
    private final Fingerprints emitted = new Fingerprints();
    private EpochConfig config;
    private PolledDocument polled;
    private AvroRecordEncoder encoder;
    private DeadLetters deadLetters;

    public EpochSourceTask() {
        this(Clock.systemUTC());
    }

    EpochSourceTask(Clock clock) {
        this.clock = clock;
    }

    static Map<String, String> modelPartition(String model) {
        return Map.of("model", model);
    }

    static Map<String, String> rowPartition(String fingerprint) {
        return Map.of("row", fingerprint);
    }

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new EpochConfig(props);
        DocumentReader reader = new DocumentReader(config.location(), new HttpFetcher(CommonSourceConfig.http(config), stop));
        polled = new PolledDocument("Epoch CSV", reader, new PollSchedule(clock, config.pollInterval()), stop);
        encoder = new AvroRecordEncoder(CommonSourceConfig.registry(config));
        deadLetters = CommonSourceConfig.deadLetters(config, SOURCE, clock);
        log.info("Epoch AI task started on {}", reader.location().display());
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        Optional<byte[]> document = polled.next();
        if (document.isEmpty()) {
            return null;
        }
        String where = polled.where();
        List<EpochRow> rows;
        try {
            rows = parser.parse(document.get());
        } catch (IOException e) {
            String fingerprint = Fingerprint.sha256(document.get());
            return List.of(deadLetters.record(rowPartition(fingerprint), Map.of("sha", fingerprint), null,
                    document.get(), where, "Epoch CSV cannot be read: " + e.getMessage(), e));
        }
        List<SourceRecord> records = changed(rows, where);
        log.info("Epoch CSV {}: {} rows, {} record(s) to emit", where, rows.size(), records.size());
        return records.isEmpty() ? null : records;
    }

    private List<SourceRecord> changed(List<EpochRow> rows, String where) {
        Map<String, Map<String, String>> partitions = new HashMap<>();
        Map<String, String> fingerprints = new HashMap<>();
        for (EpochRow row : rows) {
            String fingerprint = fingerprint(row);
            String key = key(row, fingerprint);
            partitions.put(key, row.isRejected() ? rowPartition(fingerprint) : modelPartition(row.model().getModel()));
            fingerprints.put(key, fingerprint);
        }
        loadUnknown(partitions);

        String topic = config.getString(CommonSourceConfig.TOPIC);
        List<SourceRecord> records = new ArrayList<>();
        Fingerprints pending = new Fingerprints();
        for (EpochRow row : rows) {
            String fingerprint = fingerprint(row);
            String key = key(row, fingerprint);
            if (emitted.isCurrent(key, fingerprint) || pending.isCurrent(key, fingerprint)) {
                continue;
            }
            pending.put(key, fingerprint);
            Map<String, String> offset = Map.of("sha", fingerprint);
            if (row.isRejected()) {
                records.add(deadLetters.record(partitions.get(key), offset, null, row.original(), where, row.reason(), null));
            } else {
                String model = row.model().getModel();
                records.add(new SourceRecord(partitions.get(key), offset, topic, null,
                        Schema.OPTIONAL_STRING_SCHEMA, model, Schema.OPTIONAL_BYTES_SCHEMA,
                        encoder.encode(topic, row.model()), clock.millis()));
            }
        }
        pending.snapshot().forEach(emitted::put);
        return records;
    }

    /** Reads back, in one call, the stored fingerprints of rows this task has not seen since it started. */
    private void loadUnknown(Map<String, Map<String, String>> partitions) {
        List<Map<String, String>> unknown = partitions.entrySet().stream()
                .filter(e -> !emitted.knows(e.getKey())).map(Map.Entry::getValue).toList();
        if (unknown.isEmpty()) {
            return;
        }
        Map<Map<String, String>, Map<String, Object>> stored = context.offsetStorageReader().offsets(unknown);
        partitions.forEach((key, partition) -> {
            Map<String, Object> offset = stored.get(partition);
            if (offset != null && offset.get("sha") != null) {
                emitted.put(key, offset.get("sha").toString());
            }
        });
    }

    private static String fingerprint(EpochRow row) {
        // The emitted record, not the raw row: Epoch's daily edits of columns Radar does not carry
        // (citations, notes) must not re-emit every model.
        return row.isRejected() ? Fingerprint.sha256(row.original()) : Fingerprint.sha256(row.model().toString());
    }

    private static String key(EpochRow row, String fingerprint) {
        return row.isRejected() ? "row:" + fingerprint : "model:" + row.model().getModel();
    }

    @Override
    public void stop() {
        stop.stop();
        if (encoder != null) {
            encoder.close();
        }
    }
}
