package org.releaseradar.streams.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.SlidingWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Mention;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.Severity;

/**
 * Rule kind {@code news-burst}: at least {@code minArticles} distinct articles mentioning one organisation (an org
 * mention, or a model mention carrying the org id) published within {@code windowHours} (inclusive). Each article is
 * re-stamped with its published time (fetched time when the feed gave none) and re-keyed by org id, one record per
 * distinct org it mentions; a sliding window per org aggregates the set of article ids, so a re-delivered article
 * counts once. One burst is one alert: a window overlapping any window that fired for the org (same org, start
 * less than a window length apart) is part of the same burst and stays quiet, also when an older burst arrived late
 * and fired in between. id = hash(rule, org_id, window start).
 * Articles published more than {@code graceHours} behind the newest seen are too late for any window and are dropped.
 */
public record NewsBurstRule(String id, Severity severity, long minArticles, long windowHours, long graceHours,
                            Set<String> organizations) implements AlertRule {

    /** The part of an article one org's window needs. */
    record ArticleRef(String id, String url, String title, String origin, long publishedAt) {
    }

    /** The distinct articles in one window, by article id. */
    record ArticleSet(Map<String, ArticleRef> articles) {
        static ArticleSet empty() {
            return new ArticleSet(Map.of());
        }

        ArticleSet with(ArticleRef article) {
            Map<String, ArticleRef> more = new TreeMap<>(articles);
            more.put(article.id(), article);
            return new ArticleSet(more);
        }
    }

    static NewsBurstRule parse(RuleEntry entry) {
        return new NewsBurstRule(entry.id(), entry.severity(), entry.number("min_articles", 2),
                entry.number("window_hours", 1, 24), entry.number("grace_hours", 0, 7 * 24), entry.texts("organizations"));
    }

    @Override
    public RuleKind kind() {
        return RuleKind.NEWS_BURST;
    }

    @Override
    public KStream<String, Alert> build(AlertInputs inputs) {
        Duration window = Duration.ofHours(windowHours);
        return inputs.news()
                .process(new ByOrganization(), Named.as("alerts-" + id + "-by-org-key"))
                .groupByKey(Grouped.with("alerts-" + id + "-by-org", inputs.serdes().key(), new JsonSerde<>(ArticleRef.class)))
                .windowedBy(SlidingWindows.ofTimeDifferenceAndGrace(window, Duration.ofHours(graceHours)))
                .aggregate(ArticleSet::empty, (org, article, set) -> set.with(article), Named.as("alerts-" + id + "-window"),
                        Materialized.<String, ArticleSet, WindowStore<Bytes, byte[]>>as("alerts-" + id + "-articles")
                                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(ArticleSet.class)))
                .toStream(Named.as("alerts-" + id + "-windows"))
                .process(new Burst(), Named.as("alerts-" + id + "-burst"));
    }

    /** One record per distinct watched org the article mentions, keyed by org id, timestamped with its publication. */
    private final class ByOrganization implements ProcessorSupplier<String, NewsItem, String, ArticleRef> {
        @Override
        public Processor<String, NewsItem, String, ArticleRef> get() {
            return new Processor<>() {
                private ProcessorContext<String, ArticleRef> context;

                @Override
                public void init(ProcessorContext<String, ArticleRef> context) {
                    this.context = context;
                }

                @Override
                public void process(Record<String, NewsItem> record) {
                    NewsItem item = record.value();
                    long published = (item.getPublishedAt() != null ? item.getPublishedAt() : item.getFetchedAt()).toEpochMilli();
                    Map<String, String> originByOrg = new LinkedHashMap<>();
                    for (Mention mention : item.getMentions()) {
                        String org = mention.getOrganizationId();
                        if (org != null && (organizations.isEmpty() || organizations.contains(org))) {
                            originByOrg.putIfAbsent(org, mention.getOriginCountry());
                        }
                    }
                    originByOrg.forEach((org, origin) -> context.forward(new Record<>(org,
                            new ArticleRef(item.getId(), item.getUrl(), item.getTitle(), origin, published), published)));
                }
            };
        }
    }

    private final class Burst implements ProcessorSupplier<Windowed<String>, ArticleSet, String, Alert> {

        private final String storeName = "alerts-" + id + "-fired-windows";

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), Serdes.String(), Serdes.Long()));
        }

        @Override
        public Processor<Windowed<String>, ArticleSet, String, Alert> get() {
            return new Processor<>() {
                private ProcessorContext<String, Alert> context;
                private KeyValueStore<String, Long> firedStarts;

                @Override
                public void init(ProcessorContext<String, Alert> context) {
                    this.context = context;
                    this.firedStarts = context.getStateStore(storeName);
                }

                @Override
                public void process(Record<Windowed<String>, ArticleSet> record) {
                    if (record.value() == null || record.value().articles().size() < minArticles) {
                        return;
                    }
                    String org = record.key().key();
                    long start = record.key().window().start();
                    if (overlapsAFiredWindow(org, start)) {
                        return;
                    }
                    firedStarts.put(firedKey(org, start), start);
                    Alert alert = alert(org, start, record.value());
                    context.forward(new Record<>(alert.getId(), alert, alert.getCreatedAt().toEpochMilli()));
                }

                /**
                 * Whether any window that fired for the org starts less than a window length from {@code start}. Every
                 * fired start is kept, not only the last: a late, older burst must not make a window of a burst that
                 * fired before it look new (which re-sent that burst's alert, under the same id, on its next update).
                 */
                private boolean overlapsAFiredWindow(String org, long start) {
                    long length = Duration.ofHours(windowHours).toMillis();
                    // A start written by earlier versions, which kept only the last fired start, under the bare org.
                    Long legacy = firedStarts.get(org);
                    if (legacy != null && Math.abs(start - legacy) < length) {
                        return true;
                    }
                    long from = Math.max(0, start - length + 1);
                    long to = start > Long.MAX_VALUE - length ? Long.MAX_VALUE : start + length - 1;
                    try (KeyValueIterator<String, Long> fired = firedStarts.range(firedKey(org, from), firedKey(org, to))) {
                        return fired.hasNext();
                    }
                }
            };
        }
    }

    /** org, unit separator, the start zero-padded: one org's fired starts sort together and by time. */
    private static String firedKey(String org, long start) {
        return org + '\u001f' + String.format("%019d", start);
    }

    private Alert alert(String org, long windowStart, ArticleSet set) {
        List<ArticleRef> articles = set.articles().values().stream()
                .sorted(Comparator.comparingLong(ArticleRef::publishedAt).thenComparing(ArticleRef::id)).toList();
        Instant first = Instant.ofEpochMilli(articles.get(0).publishedAt());
        Instant last = Instant.ofEpochMilli(articles.get(articles.size() - 1).publishedAt());
        String origin = articles.get(0).origin();

        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("organization", org);
        facts.put("origin", origin);
        facts.put("articles", Integer.toString(articles.size()));
        facts.put("min_articles", Long.toString(minArticles));
        facts.put("window_hours", Long.toString(windowHours));
        facts.put("window_start", Instant.ofEpochMilli(windowStart).toString());
        facts.put("first_published_at", first.toString());
        facts.put("last_published_at", last.toString());
        facts.put("article_ids", String.join(",", articles.stream().map(ArticleRef::id).toList()));

        StringBuilder text = new StringBuilder()
                .append(articles.size()).append(" articles mentioning ").append(org).append(" (").append(origin).append(") were published between ")
                .append(AlertTexts.minute(first)).append(" and ").append(AlertTexts.minute(last))
                .append(", at least ").append(minArticles).append(" within ").append(windowHours).append(" h: ");
        text.append(String.join("; ", articles.stream().map(a -> "\"" + a.title() + "\"").toList())).append('.');

        return Alert.newBuilder()
                .setId(AlertIds.of(id, org, Long.toString(windowStart)))
                .setRule(id).setSeverity(severity)
                .setTitle("News burst: " + articles.size() + " articles mention " + org + " within " + windowHours + " h")
                .setText(text.toString()).setFacts(facts)
                .setLinks(articles.stream().map(ArticleRef::url).distinct().toList())
                .setOrigin(origin).setOrganization(org).setMonth(AlertTexts.date(last).substring(0, 7))
                .setCreatedAt(last)
                .build();
    }
}
