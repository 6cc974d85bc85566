package org.releaseradar.connectors.orgs;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.specific.SpecificRecord;
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
import org.releaseradar.schemas.avro.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits the registry's changes: a record per namespace whose record changed, a tombstone per
 * namespace that left the registry, a dead letter per new invalid row.
 *
 * <p>Offsets: the whole registry is one source partition {@code {"registry": location}}; its offset
 * maps {@code ns:<namespace>} to the fingerprint of the record last emitted for it, and
 * {@code row:<fingerprint>} to {@code dlq} for invalid rows already dead-lettered. That map is the
 * set of namespaces consumers know, which is what finding the ones to tombstone needs. Each record
 * carries the map as it stands after that record, so a crash half-way through a change set resumes
 * exactly after the last committed record. A row that turns invalid keeps its last good records (its
 * namespaces are not tombstoned); only removing a namespace from the registry forgets it.
 */
public final class OrgRegistrySourceTask extends SourceTask {

    static final String SOURCE = "orgs";
    static final String NS = "ns:";
    static final String ROW = "row:";
    static final String DEAD_LETTERED = "dlq";
    private static final Logger log = LoggerFactory.getLogger(OrgRegistrySourceTask.class);

    private final Clock clock;
    private final StopSignal stop = new StopSignal();
    private final OrgCsvParser parser = new OrgCsvParser();
    private final Fingerprints state = new Fingerprints();
    private OrgConfig config;
    private PolledDocument polled;
    private AvroRecordEncoder encoder;
    private DeadLetters deadLetters;
    private Map<String, String> partition;

    public OrgRegistrySourceTask() {
        this(Clock.systemUTC());
    }

    OrgRegistrySourceTask(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new OrgConfig(props);
        DocumentReader reader = new DocumentReader(config.location(), new HttpFetcher(CommonSourceConfig.http(config), stop));
        polled = new PolledDocument("org registry", reader, new PollSchedule(clock, config.pollInterval()), stop);
        encoder = new AvroRecordEncoder(CommonSourceConfig.registry(config));
        deadLetters = CommonSourceConfig.deadLetters(config, SOURCE, clock);
        partition = Map.of("registry", reader.location().display());
        Map<String, Object> stored = context.offsetStorageReader().offset(partition);
        if (stored != null) {
            stored.forEach((k, v) -> state.put(k, String.valueOf(v)));
        }
        log.info("org registry task started on {} ({} namespace(s) known from offsets)", reader.location().display(),
                state.keys().stream().filter(k -> k.startsWith(NS)).count());
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        Optional<byte[]> document = polled.next();
        if (document.isEmpty()) {
            return null;
        }
        String where = polled.where();
        List<OrgRow> rows;
        try {
            rows = parser.parse(document.get());
        } catch (IOException e) {
            // Keep every known namespace: an unreadable registry must not tombstone the whole topic.
            String fingerprint = Fingerprint.sha256(document.get());
            if (state.knows(ROW + fingerprint)) {
                return null;
            }
            state.put(ROW + fingerprint, DEAD_LETTERED);
            return List.of(deadLetters.record(partition, Map.copyOf(state.snapshot()), null, document.get(), where,
                    "org registry cannot be read: " + e.getMessage(), e));
        }
        List<SourceRecord> records = changes(rows, where);
        log.info("org registry {}: {} rows, {} record(s) to emit", where, rows.size(), records.size());
        return records.isEmpty() ? null : records;
    }

    private List<SourceRecord> changes(List<OrgRow> rows, String where) {
        String topic = config.getString(CommonSourceConfig.TOPIC);
        Set<String> current = new HashSet<>();
        List<SourceRecord> records = new ArrayList<>();
        for (OrgRow row : rows) {
            if (row.isRejected()) {
                row.namespaces().forEach(ns -> current.add(NS + ns));
                String key = ROW + Fingerprint.sha256(row.original());
                current.add(key);
                if (!state.knows(key)) {
                    state.put(key, DEAD_LETTERED);
                    records.add(deadLetters.record(partition, offset(), row.orgId(), row.original(), where,
                            row.reason(), null));
                }
                continue;
            }
            for (Organization org : row.records()) {
                String key = NS + org.getNamespace();
                String fingerprint = Fingerprint.sha256(org.toString());
                current.add(key);
                if (!state.isCurrent(key, fingerprint)) {
                    state.put(key, fingerprint);
                    records.add(record(topic, org.getNamespace(), org));
                }
            }
        }
        // Dead-letter keys of rows that are gone are just forgotten; gone namespaces get a tombstone.
        for (String key : new TreeSet<>(state.keys())) {
            if (!current.contains(key) && key.startsWith(ROW)) {
                state.remove(key);
            }
        }
        for (String key : new TreeSet<>(state.keys())) {
            if (!current.contains(key)) {
                state.remove(key);
                records.add(record(topic, key.substring(NS.length()), null));
            }
        }
        return records;
    }

    private SourceRecord record(String topic, String namespace, SpecificRecord value) {
        return new SourceRecord(partition, offset(), topic, null, Schema.OPTIONAL_STRING_SCHEMA, namespace,
                Schema.OPTIONAL_BYTES_SCHEMA, value == null ? null : encoder.encode(topic, value), clock.millis());
    }

    private Map<String, Object> offset() {
        return new HashMap<>(state.snapshot());
    }

    @Override
    public void stop() {
        stop.stop();
        if (encoder != null) {
            encoder.close();
        }
    }
}
