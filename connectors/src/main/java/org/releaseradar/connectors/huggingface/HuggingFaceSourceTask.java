package org.releaseradar.connectors.huggingface;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.releaseradar.connectors.common.http.FetchResponse;
import org.releaseradar.connectors.common.http.HttpFetchException;
import org.releaseradar.connectors.common.http.HttpFetcher;
import org.releaseradar.connectors.common.polling.SourceCycles;
import org.releaseradar.connectors.common.polling.StopSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the listings of its share of authors (or of the whole Hub): each {@code poll()} takes the
 * listing that is due soonest, waits for it, reads it (a full listing when its refresh is due) and
 * returns its records. One listing per {@code poll()} keeps stops prompt and each batch small.
 */
public final class HuggingFaceSourceTask extends SourceTask {

    /** How this task names itself in {@link SourceCycles}. */
    public static final String SOURCE_NAME = "huggingface";

    private static final Logger log = LoggerFactory.getLogger(HuggingFaceSourceTask.class);
    private static final Duration LONGEST_WAIT_IN_POLL = Duration.ofSeconds(1);

    private final Clock clock;
    private final StopSignal stop = new StopSignal();
    private final Map<ListingTarget, AuthorCursor> cursors = new HashMap<>();
    private final Map<ListingTarget, Instant> due = new HashMap<>();

    private HuggingFaceConfig config;
    private ModelListing listing;
    private AvroRecordEncoder encoder;
    private DeadLetters deadLetters;

    public HuggingFaceSourceTask() {
        this(Clock.systemUTC());
    }

    HuggingFaceSourceTask(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new HuggingFaceConfig(props);
        HttpFetcher fetcher = new HttpFetcher(CommonSourceConfig.http(config), stop);
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/json");
        config.token().ifPresent(token -> headers.put("Authorization", "Bearer " + token));
        HubPageReader reader = new HubPageReader(new ObjectMapper(), new HubModelParser(config.itemMaxBytes()));
        ModelListing.PageSource pages = url -> fetch(fetcher, Map.copyOf(headers), reader, url);
        listing = new ModelListing(new HubModelsRequest(config.baseUrl(), config.pageSize()), pages, config.since());
        encoder = new AvroRecordEncoder(CommonSourceConfig.registry(config));
        deadLetters = CommonSourceConfig.deadLetters(config, ListingTarget.SOURCE, clock);

        List<ListingTarget> targets = config.mode().targets(config.authors());
        List<Map<String, String>> partitions = targets.stream().map(ListingTarget::sourcePartition).toList();
        Map<Map<String, String>, Map<String, Object>> stored = context.offsetStorageReader().offsets(partitions);
        Instant now = clock.instant();
        for (ListingTarget target : targets) {
            cursors.put(target, AuthorCursor.fromOffset(stored == null ? null : stored.get(target.sourcePartition())));
            due.put(target, now);
        }
        log.info("Hugging Face source task started: {} listing(s) from {}, page size {}, poll every {} ms,"
                        + " full refresh every {} ms{}", targets.size(), config.baseUrl(), config.pageSize(),
                config.pollInterval().toMillis(), config.refreshInterval().toMillis(),
                config.token().isPresent() ? ", with a token" : "");
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        if (stop.isStopped() || due.isEmpty()) {
            return null;
        }
        Map.Entry<ListingTarget, Instant> next = due.entrySet().stream()
                .min(Map.Entry.comparingByValue(Comparator.naturalOrder())).orElseThrow();
        Duration wait = Duration.between(clock.instant(), next.getValue());
        if (wait.compareTo(Duration.ZERO) > 0) {
            try {
                stop.sleep(wait.compareTo(LONGEST_WAIT_IN_POLL) > 0 ? LONGEST_WAIT_IN_POLL : wait);
            } catch (InterruptedException stopping) {
                return null;
            }
            return null;
        }
        ListingTarget target = next.getKey();
        try {
            return read(target);
        } catch (InterruptedException stopping) {
            if (!stop.isStopped()) {
                Thread.currentThread().interrupt();
            }
            return null;
        } finally {
            due.put(target, clock.instant().plus(config.pollInterval()));
        }
    }

    private List<SourceRecord> read(ListingTarget target) throws InterruptedException {
        AuthorCursor cursor = cursors.get(target);
        Instant now = clock.instant();
        boolean full = cursor.fullListingDue(now, config.refreshInterval());
        ModelListing.Result result = listing.run(target, cursor, full, now);
        Map<String, String> partition = target.sourcePartition();
        List<SourceRecord> records = new ArrayList<>();
        if (result.failure().isPresent()) {
            UnusablePageException failure = result.failure().get();
            SourceCycles.failed(SOURCE_NAME, location(target), failure.getMessage());
            // The cursor is unchanged: the listing is read again at its next poll.
            records.add(deadLetters.record(partition, cursor.toOffset(), "GET " + failure.url(), failure.body(),
                    failure.url().toString(), failure.getMessage(), failure.getCause()));
            return records;
        }
        for (ModelListing.Emission emission : result.emissions()) {
            records.add(record(partition, emission));
        }
        cursors.put(target, result.cursor());
        SourceCycles.succeeded(SOURCE_NAME, location(target));
        log.debug("{}: {} listing, {} page(s), {} record(s)", target.describe(), full ? "full" : "incremental",
                result.pages(), records.size());
        return records;
    }

    /** The location a listing's reads are recorded under in {@link SourceCycles}: "<base url> author <a>". */
    public static String location(String baseUrl, Optional<String> author) {
        return baseUrl + " " + new ListingTarget(author).describe();
    }

    private String location(ListingTarget target) {
        return location(config.baseUrl().toString(), target.author());
    }

    private SourceRecord record(Map<String, String> partition, ModelListing.Emission emission) {
        Map<String, Object> offset = emission.cursorAfter().toOffset();
        if (emission.item() instanceof ParsedItem.Snapshot good) {
            byte[] value = encoder.encode(config.topic(), good.snapshot());
            return new SourceRecord(partition, offset, config.topic(), null, Schema.OPTIONAL_STRING_SCHEMA,
                    good.snapshot().getRepoId(), Schema.OPTIONAL_BYTES_SCHEMA, value,
                    good.snapshot().getPolledAt().toEpochMilli());
        }
        ParsedItem.Rejected bad = (ParsedItem.Rejected) emission.item();
        return deadLetters.record(partition, offset, bad.key(), bad.json().getBytes(StandardCharsets.UTF_8),
                emission.page().toString(), bad.reason(), null);
    }

    private HubPage fetch(HttpFetcher fetcher, Map<String, String> headers, HubPageReader reader, URI url)
            throws UnusablePageException, InterruptedException {
        FetchResponse response;
        try {
            response = fetcher.get(url, headers);
        } catch (HttpFetchException e) {
            throw new UnusablePageException(url, e.body(), e.getMessage(), e);
        }
        return reader.read(url, response.body(),
                LinkHeader.next(response.header("Link").orElse(null), url), clock.instant());
    }

    @Override
    public void stop() {
        stop.stop();
        if (encoder != null) {
            encoder.close();
        }
    }
}
