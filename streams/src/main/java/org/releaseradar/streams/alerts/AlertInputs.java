package org.releaseradar.streams.alerts;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.streams.StreamsSerdes;

/**
 * The input topics of the alert stage, each subscribed once and only when a rule reads it (a topology may
 * source a topic once; rules share the stream). Tombstones on the releases and news topics are dropped here; the
 * stats rows are given with theirs ({@link #statsWithTombstones()}).
 */
public final class AlertInputs {

    private final StreamsBuilder builder;
    private final StreamsSerdes serdes;
    private KStream<String, ModelRelease> releases;
    private KStream<String, NewsItem> news;
    private KStream<String, OriginMonthStats> statsWithTombstones;

    AlertInputs(StreamsBuilder builder, StreamsSerdes serdes) {
        this.builder = builder;
        this.serdes = serdes;
    }

    StreamsSerdes serdes() {
        return serdes;
    }

    KStream<String, ModelRelease> releases() {
        if (releases == null) {
            releases = builder.stream(Topics.RELEASES, Consumed.with(serdes.key(), serdes.value(ModelRelease.class))
                    .withName("alerts-source-releases")).filter((k, v) -> v != null);
        }
        return releases;
    }

    KStream<String, NewsItem> news() {
        if (news == null) {
            news = builder.stream(Topics.NEWS, Consumed.with(serdes.key(), serdes.value(NewsItem.class))
                    .withName("alerts-source-news")).filter((k, v) -> v != null);
        }
        return news;
    }

    /**
     * radar.stats.origin-month with its tombstones: the aggregation deletes a row nothing contributes to any more, and
     * a rule that reads the rows as "the figures of an origin in a month" must see that as zero, not as no news.
     */
    KStream<String, OriginMonthStats> statsWithTombstones() {
        if (statsWithTombstones == null) {
            statsWithTombstones = builder.stream(Topics.STATS_ORIGIN_MONTH,
                    Consumed.with(serdes.key(), serdes.value(OriginMonthStats.class)).withName("alerts-source-origin-month"));
        }
        return statsWithTombstones;
    }
}
