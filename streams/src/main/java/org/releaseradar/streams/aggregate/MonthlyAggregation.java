package org.releaseradar.streams.aggregate;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.OrgMonthStats;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.streams.StreamsSerdes;

/**
 * The aggregation stage: radar.releases and radar.news -> radar.stats.origin-month ({@code origin|yyyy-MM}, see
 * {@link OriginMonthKey}: COUNTRY rows for each ISO country and UNKNOWN, BLOC rows for EU and OTHER only) and
 * radar.stats.org-month ({@code org|yyyy-MM}, org = org_id, {@code ns:<namespace>} or UNKNOWN, see {@link OrgKey}).
 *
 * <pre>
 * radar.releases ─┬─ diff [origin-month contributions by repo] ─┐
 *                 │                                              ├─ merge ─ repartition by row ─ sum [rows] ─► radar.stats.origin-month
 * radar.news ─────┼─ diff [origin-month contributions by article]┘
 *                 └─ diff [org-month contributions by repo] ──── repartition by row ─ sum [rows] ─► radar.stats.org-month
 * </pre>
 *
 * Both inputs are compacted topics holding the latest state per key; they are read as streams and each
 * {@link ContributionDiff} keeps, per input key, what that input currently contributes, so a newer state (new
 * downloads, a corrected origin or month, an article that now mentions another origin, a tombstone) sends each
 * row exactly the difference. Rows are sums of current contributions ({@link Tally}), so they are exact, the same
 * whatever order different inputs arrive in, and unchanged by a replay. Releases and articles feed one row store
 * through one repartition topic, so no join is needed and a row is published once per change. A row nothing
 * contributes to any more is published as a tombstone. Exactly-once processing (the application's
 * {@code exactly_once_v2}) keeps the remembered contributions and the row sums in step across failures.
 */
public final class MonthlyAggregation {

    static final String RELEASE_ORIGIN_CONTRIBUTIONS = "aggregate-release-origin-month-contributions";
    static final String ARTICLE_ORIGIN_CONTRIBUTIONS = "aggregate-article-origin-month-contributions";
    static final String RELEASE_ORG_CONTRIBUTIONS = "aggregate-release-org-month-contributions";
    static final String ORIGIN_MONTH_ROWS = "aggregate-origin-month-rows";
    static final String ORG_MONTH_ROWS = "aggregate-org-month-rows";

    private MonthlyAggregation() {
    }

    public static void build(StreamsBuilder builder, StreamsSerdes serdes, AggregationSettings settings) {
        Serde<String> key = serdes.key();
        Serde<Tally> tally = TallySerdes.tally();
        for (String store : new String[] {RELEASE_ORIGIN_CONTRIBUTIONS, ARTICLE_ORIGIN_CONTRIBUTIONS, RELEASE_ORG_CONTRIBUTIONS}) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), key, TallySerdes.contributions()));
        }
        for (String store : new String[] {ORIGIN_MONTH_ROWS, ORG_MONTH_ROWS}) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), key, tally));
        }

        KStream<String, ModelRelease> releases = builder.stream(Topics.RELEASES,
                Consumed.with(key, serdes.value(ModelRelease.class)).withName("aggregate-releases"));
        KStream<String, NewsItem> news = builder.stream(Topics.NEWS,
                Consumed.with(key, serdes.value(NewsItem.class)).withName("aggregate-news"));

        KStream<String, Tally> releaseDeltas = releases.process(
                () -> new ContributionDiff<>(RELEASE_ORIGIN_CONTRIBUTIONS, OriginMonthContributions::ofRelease),
                Named.as("aggregate-release-origin-month-diff"), RELEASE_ORIGIN_CONTRIBUTIONS);
        KStream<String, Tally> articleDeltas = news.process(
                () -> new ContributionDiff<>(ARTICLE_ORIGIN_CONTRIBUTIONS, OriginMonthContributions::ofArticle),
                Named.as("aggregate-article-origin-month-diff"), ARTICLE_ORIGIN_CONTRIBUTIONS);
        int topModels = settings.topModels();
        releaseDeltas.merge(articleDeltas, Named.as("aggregate-origin-month-merge"))
                .repartition(Repartitioned.with(key, tally).withName("aggregate-origin-month-deltas"))
                .processValues(
                        () -> new TallyAggregator<>(ORIGIN_MONTH_ROWS,
                                (row, sum, updatedAt) -> OriginMonthRow.stats(row, sum, topModels, updatedAt)),
                        Named.as("aggregate-origin-month-sum"), ORIGIN_MONTH_ROWS)
                .to(Topics.STATS_ORIGIN_MONTH, Produced.with(key, serdes.value(OriginMonthStats.class))
                        .withName("aggregate-origin-month-sink"));

        releases.process(
                        () -> new ContributionDiff<>(RELEASE_ORG_CONTRIBUTIONS, OrgMonthContributions::ofRelease),
                        Named.as("aggregate-release-org-month-diff"), RELEASE_ORG_CONTRIBUTIONS)
                .repartition(Repartitioned.with(key, tally).withName("aggregate-org-month-deltas"))
                .processValues(() -> new TallyAggregator<>(ORG_MONTH_ROWS, OrgMonthRow::stats),
                        Named.as("aggregate-org-month-sum"), ORG_MONTH_ROWS)
                .to(Topics.STATS_ORG_MONTH, Produced.with(key, serdes.value(OrgMonthStats.class))
                        .withName("aggregate-org-month-sink"));
    }
}
