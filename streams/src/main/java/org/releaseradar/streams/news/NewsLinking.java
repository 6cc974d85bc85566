package org.releaseradar.streams.news;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.NewsArticle;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.Organization;
import org.releaseradar.streams.StreamsSerdes;

/**
 * The news linking stage: {@code radar.news.raw} -> {@code radar.news}, keyed by article id, every article linked
 * to the organisations and models it mentions (possibly none; it is still published).
 *
 * <p>The registry ({@code radar.orgs}) is a global table because the linker needs every organisation's aliases,
 * not the one keyed like the article. An article is linked with the registry as it is when the article is
 * processed: an alias added later does not re-link earlier articles; replay {@code radar.news.raw} (reset the
 * application's offsets) to re-link history.
 */
public final class NewsLinking {

    private NewsLinking() {
    }

    public static void build(StreamsBuilder builder, StreamsSerdes serdes, NewsLinkingSettings settings) {
        ModelFamilies families = ModelFamilies.load(settings);
        builder.globalTable(Topics.ORGS, Consumed.with(serdes.key(), serdes.value(Organization.class)),
                Materialized.<String, Organization, KeyValueStore<Bytes, byte[]>>as(settings.orgsStoreName())
                        .withKeySerde(serdes.key())
                        .withValueSerde(serdes.value(Organization.class)));
        KStream<String, NewsArticle> raw = builder.stream(Topics.NEWS_RAW,
                Consumed.with(serdes.key(), serdes.value(NewsArticle.class)));
        raw.processValues(() -> new LinkArticleProcessor(settings, families), Named.as("news-link-articles"))
                .to(Topics.NEWS, Produced.with(serdes.key(), serdes.value(NewsItem.class)));
    }
}
