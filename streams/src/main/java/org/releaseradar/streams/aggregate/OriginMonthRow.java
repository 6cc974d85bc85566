package org.releaseradar.streams.aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.schemas.avro.TopModel;

/** Turns an origin-month row's tally into the published OriginMonthStats record. */
final class OriginMonthRow {

    /** Most downloads first; equal downloads by repo id, so the list never depends on arrival order. */
    private static final Comparator<Map.Entry<String, Long>> TOP_ORDER =
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private OriginMonthRow() {
    }

    static OriginMonthStats stats(String key, Tally tally, int topModels, Instant updatedAt) {
        OriginMonthKey row = OriginMonthKey.parse(key);
        RelationCounts relations = RelationCounts.of(tally);
        List<String> organizations = new ArrayList<>(tally.members(Measure.RELEASES_BY_ORG).keySet());
        return OriginMonthStats.newBuilder()
                .setOrigin(row.origin())
                .setOriginLevel(row.level())
                .setMonth(row.month())
                .setMainlineReleases(relations.mainline())
                .setDerivatives(relations.derivatives())
                .setFinetunes(relations.finetunes())
                .setQuantized(relations.quantized())
                .setAdapters(relations.adapters())
                .setMerges(relations.merges())
                .setOtherDerivatives(relations.other())
                .setDistinctOrganizations(organizations.size())
                .setOrganizations(organizations)
                .setDownloadsAllTime(tally.scalar(Measure.DOWNLOADS_ALL_TIME))
                .setDerivativesByBaseOrigin(new LinkedHashMap<>(tally.members(Measure.DERIVATIVES_BY_OWN_ORIGIN)))
                .setDerivativeBaseOrigins(new LinkedHashMap<>(tally.members(Measure.DERIVATIVES_BY_BASE_ORIGIN)))
                .setTopModels(topModels(tally, topModels))
                .setNewsArticles(tally.scalar(Measure.NEWS_ARTICLES))
                .setUpdatedAt(updatedAt)
                .build();
    }

    private static List<TopModel> topModels(Tally tally, int limit) {
        Map<String, Long> downloads = tally.members(Measure.MAINLINE_DOWNLOADS);
        return tally.members(Measure.MAINLINE_MODELS).keySet().stream()
                .map(repo -> Map.entry(repo, downloads.getOrDefault(repo, 0L)))
                .sorted(TOP_ORDER)
                .limit(limit)
                .map(e -> new TopModel(e.getKey(), e.getValue()))
                .toList();
    }
}
