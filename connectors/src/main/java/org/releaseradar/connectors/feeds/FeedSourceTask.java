package org.releaseradar.connectors.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.releaseradar.connectors.common.polling.PollSchedule;
import org.releaseradar.connectors.common.polling.SourceCycles;
import org.releaseradar.connectors.common.polling.StopSignal;
import org.releaseradar.schemas.avro.NewsArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads its share of the feeds, each on its own schedule, and emits the articles not emitted before.
 * The source partition of a feed is {@code {"feed": url}}; its offset is a {@link FeedCursor}.
 */
public final class FeedSourceTask extends SourceTask {

    /** How this task names itself in {@link SourceCycles}. */
    public static final String SOURCE_NAME = "feeds";

    static final String SOURCE = "feeds";
    static final String PARTITION_KEY = "feed";
    private static final Logger log = LoggerFactory.getLogger(FeedSourceTask.class);

    private final Clock clock;
    private final StopSignal stop = new StopSignal();
    private final FeedParser parser = new FeedParser();
    private final Map<String, FeedState> feeds = new LinkedHashMap<>();
    private FeedConfig config;
    private HttpFetcher fetcher;
    private AvroRecordEncoder encoder;
    private DeadLetters deadLetters;

    public FeedSourceTask() {
        this(Clock.systemUTC());
    }

    FeedSourceTask(Clock clock) {
        this.clock = clock;
    }

    /** What the task knows of one feed between polls. */
    private static final class FeedState {
        final String url;
        final PollSchedule schedule;
        FeedCursor cursor;

        FeedState(String url, PollSchedule schedule, FeedCursor cursor) {
            this.url = url;
            this.schedule = schedule;
            this.cursor = cursor;
        }
    }

    static Map<String, String> partition(String url) {
        return Map.of(PARTITION_KEY, url);
    }

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new FeedConfig(props);
        fetcher = new HttpFetcher(CommonSourceConfig.http(config), stop);
        encoder = new AvroRecordEncoder(CommonSourceConfig.registry(config));
        deadLetters = CommonSourceConfig.deadLetters(config, SOURCE, clock);
        List<Map<String, String>> partitions = config.feedUrls().stream().map(FeedSourceTask::partition).toList();
        Map<Map<String, String>, Map<String, Object>> offsets = context.offsetStorageReader().offsets(partitions);
        for (String url : config.feedUrls()) {
            FeedCursor cursor = FeedCursor.fromOffset(offsets.get(partition(url)));
            feeds.put(url, new FeedState(url, new PollSchedule(clock, config.pollInterval()), cursor));
        }
        log.info("feeds task started with {} feed(s)", feeds.size());
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        for (FeedState feed : feeds.values()) {
            if (stop.isStopped()) {
                break;
            }
            if (feed.schedule.isDue()) {
                try {
                    records.addAll(read(feed));
                } catch (InterruptedException stopping) {
                    break;
                }
                feed.schedule.polled();
            }
        }
        if (records.isEmpty()) {
            awaitNextDue();
            return null;
        }
        return records;
    }

    private void awaitNextDue() {
        try {
            PollSchedule.awaitSoonest(feeds.values().stream().map(f -> f.schedule).toList(), stop);
        } catch (InterruptedException stopping) {
            // stop() was called: return to the worker, which will not poll again
        }
    }

    private List<SourceRecord> read(FeedState feed) throws InterruptedException {
        FetchResponse response;
        try {
            response = fetcher.get(URI.create(feed.url), feed.cursor.conditionalHeaders());
        } catch (HttpFetchException e) {
            log.warn("feed {} not read this time: {}", feed.url, e.getMessage());
            SourceCycles.failed(SOURCE_NAME, feed.url, e.getMessage());
            return List.of();
        }
        SourceCycles.succeeded(SOURCE_NAME, feed.url);
        if (response.notModified()) {
            log.debug("feed {} not modified", feed.url);
            return List.of();
        }
        String etag = response.header("ETag").orElse(null);
        String lastModified = response.header("Last-Modified").orElse(null);
        Instant fetchedAt = clock.instant();
        ParsedFeed parsed;
        try {
            parsed = parser.parse(feed.url, response.body(), fetchedAt);
        } catch (FeedParseException e) {
            FeedCursor next = feed.cursor.withValidators(etag, lastModified);
            SourceRecord dead = deadLetters.record(partition(feed.url), next.toOffset(), feed.url, response.body(),
                    feed.url, "invalid feed: " + e.getMessage(), e.getCause());
            feed.cursor = next;
            return List.of(dead);
        }
        List<SourceRecord> records = emitNew(feed, parsed, etag, lastModified);
        log.info("feed {}: {} entries, {} new record(s)", feed.url, parsed.entries().size(), records.size());
        return records;
    }

    /** Oldest first, each record carrying the cursor as it stands after it (see {@link FeedCursor}). */
    private List<SourceRecord> emitNew(FeedState feed, ParsedFeed parsed, String etag, String lastModified) {
        int bound = config.maxRememberedIds();
        List<ParsedFeed.Entry> entries = new ArrayList<>(parsed.entries());
        Collections.reverse(entries);
        List<String> documentIds = parsed.entries().stream().map(ParsedFeed.Entry::seenKey).toList();
        FeedCursor finalCursor = feed.cursor.afterDocument(documentIds, etag, lastModified, bound);

        List<ParsedFeed.Entry> fresh = entries.stream()
                .filter(e -> !feed.cursor.hasSeen(e.seenKey()))
                .toList();
        List<SourceRecord> records = new ArrayList<>();
        FeedCursor running = feed.cursor;
        for (int i = 0; i < fresh.size(); i++) {
            ParsedFeed.Entry entry = fresh.get(i);
            boolean last = i == fresh.size() - 1;
            running = running.withSeen(entry.seenKey(), Math.max(bound, documentIds.size()));
            FeedCursor offset = last ? finalCursor : running;
            if (entry.article() != null) {
                NewsArticle article = entry.article();
                records.add(new SourceRecord(partition(feed.url), offset.toOffset(), config.getString(CommonSourceConfig.TOPIC),
                        null, Schema.OPTIONAL_STRING_SCHEMA, article.getId(), Schema.OPTIONAL_BYTES_SCHEMA,
                        encoder.encode(config.getString(CommonSourceConfig.TOPIC), article), fetchedMillis(article)));
            } else {
                records.add(deadLetters.record(partition(feed.url), offset.toOffset(), null,
                        entry.rejected().description().getBytes(StandardCharsets.UTF_8), feed.url,
                        entry.rejected().reason(), null));
            }
        }
        feed.cursor = finalCursor;
        return records;
    }

    private static Long fetchedMillis(NewsArticle article) {
        return article.getFetchedAt().toEpochMilli();
    }

    @Override
    public void stop() {
        stop.stop();
        if (encoder != null) {
            encoder.close();
        }
    }
}
