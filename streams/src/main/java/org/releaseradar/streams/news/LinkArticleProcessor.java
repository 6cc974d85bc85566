package org.releaseradar.streams.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.releaseradar.schemas.avro.NewsArticle;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links each article against every organisation in the global registry store. The compiled {@link MentionFinder}
 * is kept per processor instance and rebuilt when the registry's fingerprint changes; the fingerprint is taken at
 * most once per {@code registryCheckInterval} of wall-clock time (every record when the interval is zero).
 */
final class LinkArticleProcessor implements FixedKeyProcessor<String, NewsArticle, NewsItem> {

    private static final Logger LOG = LoggerFactory.getLogger(LinkArticleProcessor.class);

    private final NewsLinkingSettings settings;
    private final ModelFamilies families;
    private FixedKeyProcessorContext<String, NewsItem> context;
    private ReadOnlyKeyValueStore<String, ValueAndTimestamp<Organization>> registry;
    private RegistryFingerprint fingerprint;
    private MentionFinder finder;
    private long checkedAt = Long.MIN_VALUE;

    LinkArticleProcessor(NewsLinkingSettings settings, ModelFamilies families) {
        this.settings = settings;
        this.families = families;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, NewsItem> context) {
        this.context = context;
        this.registry = context.getStateStore(settings.orgsStoreName());
    }

    @Override
    public void process(FixedKeyRecord<String, NewsArticle> record) {
        if (record.value() == null) {
            // A tombstone on the compacted raw topic deletes the linked item too.
            context.forward(record.withValue(null));
            return;
        }
        NewsItem item = ArticleLinker.link(record.value(), currentFinder(), Instant.ofEpochMilli(record.timestamp()));
        context.forward(record.withValue(item));
    }

    private MentionFinder currentFinder() {
        long now = context.currentSystemTimeMs();
        long interval = settings.registryCheckInterval().toMillis();
        if (finder != null && interval > 0 && now - checkedAt < interval) {
            return finder;
        }
        checkedAt = now;
        List<Organization> records = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<Organization>> all = registry.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value != null && kv.value.value() != null) {
                    records.add(kv.value.value());
                }
            });
        }
        RegistryFingerprint current = RegistryFingerprint.of(records);
        if (finder == null || !current.equals(fingerprint)) {
            long started = System.nanoTime();
            finder = MentionFinder.compile(LinkableOrg.byOrgId(records), families, settings);
            fingerprint = current;
            LOG.info("News matcher rebuilt: {} registry records, {} spellings, {} ms", records.size(),
                    finder.ruleCount(), (System.nanoTime() - started) / 1_000_000);
        }
        return finder;
    }
}
