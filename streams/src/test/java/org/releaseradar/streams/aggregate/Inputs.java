package org.releaseradar.streams.aggregate;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.DateBasis;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.Mention;
import org.releaseradar.schemas.avro.MentionKind;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSource;
import org.releaseradar.schemas.avro.NewsItem;

/** Hand-made ModelRelease and NewsItem values for the aggregation tests. */
final class Inputs {

    private Inputs() {
    }

    /** A mainline release by a registered organisation. */
    static ModelRelease.Builder mainline(String repoId, String orgId, String country, Bloc bloc, String month, long downloads) {
        Instant released = YearMonth.parse(month).atDay(10).atStartOfDay().toInstant(ZoneOffset.UTC);
        return ModelRelease.newBuilder()
                .setRepoId(repoId)
                .setSource(ModelSource.HUGGING_FACE)
                .setAuthor(repoId.substring(0, repoId.indexOf('/')).toLowerCase())
                .setOrganizationId(orgId)
                .setOrganizationName(orgId == null ? null : "Org " + orgId)
                .setOriginCountry(country)
                .setOriginBloc(bloc)
                .setReleasedAt(released)
                .setDateBasis(DateBasis.HUB_CREATED_AT)
                .setMonth(month)
                .setHubCreatedAt(released)
                .setDownloadsAllTime(downloads)
                .setRelation(LineageRelation.BASE)
                .setUpdatedAt(released);
    }

    /** A derivative of {@code base}, whose organisation is of {@code baseCountry}. */
    static ModelRelease.Builder derivative(String repoId, String orgId, String country, Bloc bloc, String month, long downloads,
                                           LineageRelation relation, String base, String baseCountry, Bloc baseBloc) {
        return mainline(repoId, orgId, country, bloc, month, downloads)
                .setRelation(relation)
                .setBaseModels(List.of(base))
                .setBaseOriginCountry(baseCountry)
                .setBaseOriginBloc(baseBloc);
    }

    /** An article mentioning organisations of the given origins (ISO codes with their blocs). */
    static NewsItem article(String id, String month, List<String> origins, List<Bloc> blocs) {
        Instant published = YearMonth.parse(month).atDay(5).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Mention> mentions = origins.stream()
                .map(origin -> Mention.newBuilder().setKind(MentionKind.ORG).setName("org of " + origin).setOriginCountry(origin).build())
                .toList();
        return NewsItem.newBuilder()
                .setId(id)
                .setFeedUrl("http://127.0.0.1/feed.xml")
                .setUrl("http://127.0.0.1/articles/" + id)
                .setTitle("Article " + id)
                .setPublishedAt(published)
                .setFetchedAt(published)
                .setMonth(month)
                .setMentions(mentions)
                .setOrigins(origins.stream().sorted().toList())
                .setOriginBlocs(blocs)
                .setLinkedAt(published)
                .build();
    }
}
