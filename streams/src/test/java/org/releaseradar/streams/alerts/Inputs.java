package org.releaseradar.streams.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.releaseradar.schemas.TestRecords;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.Mention;
import org.releaseradar.schemas.avro.MentionKind;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.schemas.avro.SizeClass;
import org.releaseradar.schemas.avro.TopModel;

/** Input records for the rule tests, built from the schemas' realistic examples. */
final class Inputs {

    private Inputs() {
    }

    /** DeepSeek-V3.1 as the enrichment stage would publish it: mainline, CN, 685B, MIT, first seen a day after release. */
    static ModelRelease deepSeekV31(long downloadsAllTime) {
        return ModelRelease.newBuilder(TestRecords.modelRelease())
                .setRepoId("deepseek-ai/DeepSeek-V3.1").setAuthor("deepseek-ai")
                .setOrganizationId("deepseek").setOrganizationName("DeepSeek").setOriginCountry("CN").setOriginBloc(Bloc.CN)
                .setReleasedAt(Instant.parse("2025-08-21T00:00:00Z")).setHubCreatedAt(Instant.parse("2025-08-21T00:00:00Z"))
                .setMonth("2025-08").setLicense("mit").setParameterCount(685_000_000_000L).setSizeClass(SizeClass.FRONTIER)
                .setRelation(LineageRelation.BASE).setBaseModels(List.of()).setBaseOrganizationId(null)
                .setBaseOriginCountry(null).setBaseOriginBloc(null)
                .setDownloadsAllTime(downloadsAllTime).setUpdatedAt(Instant.parse("2025-08-22T06:00:00Z"))
                .build();
    }

    static ModelRelease.Builder release(String repoId) {
        return ModelRelease.newBuilder(deepSeekV31(0)).setRepoId(repoId).setAuthor(repoId.substring(0, repoId.indexOf('/')));
    }

    static OriginMonthStats stats(String origin, String month, long mainline, String updatedAt, String... topModels) {
        List<TopModel> top = new ArrayList<>();
        for (String repo : topModels) {
            top.add(TopModel.newBuilder().setRepoId(repo).setDownloadsAllTime(1000).build());
        }
        return OriginMonthStats.newBuilder(TestRecords.originMonthStats())
                .setOrigin(origin).setOriginLevel(OriginLevel.COUNTRY).setMonth(month).setMainlineReleases(mainline)
                .setTopModels(top).setUpdatedAt(Instant.parse(updatedAt)).build();
    }

    static Mention orgMention(String orgId, String origin) {
        return Mention.newBuilder().setKind(MentionKind.ORG).setName(orgId).setOrganizationId(orgId).setRepoId(null)
                .setOriginCountry(origin).setOriginBloc(Bloc.UNKNOWN).setSnippet(null).build();
    }

    static Mention modelMention(String orgId, String repoId, String origin) {
        return Mention.newBuilder().setKind(MentionKind.MODEL).setName(repoId).setOrganizationId(orgId).setRepoId(repoId)
                .setOriginCountry(origin).setOriginBloc(Bloc.UNKNOWN).setSnippet(null).build();
    }

    /** An article published at {@code published}; all are fetched (record time) in one later poll. */
    static NewsItem article(String id, String published, Mention... mentions) {
        Instant at = Instant.parse(published);
        return NewsItem.newBuilder(TestRecords.newsItem())
                .setId(id).setUrl("https://news.example.org/" + id).setTitle("Article " + id)
                .setPublishedAt(at).setFetchedAt(Instant.parse("2025-09-01T00:00:00Z")).setMonth(published.substring(0, 7))
                .setMentions(List.of(mentions)).build();
    }
}
