package org.releaseradar.streams.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.Mention;
import org.releaseradar.schemas.avro.NewsArticle;
import org.releaseradar.schemas.avro.NewsItem;

/** Turns a raw article and the mentions found in it into the {@code NewsItem} published on {@code radar.news}. */
final class ArticleLinker {

    static final String UNKNOWN = "UNKNOWN";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private ArticleLinker() {
    }

    /**
     * Links with the finder as given: the registry as it was when the article was processed.
     *
     * @param linkedAt when the link was made; the caller passes the input record's timestamp so a re-delivered
     *                 record yields an identical item
     */
    static NewsItem link(NewsArticle article, MentionFinder finder, Instant linkedAt) {
        List<Mention> mentions = new ArrayList<>();
        Set<String> origins = new TreeSet<>();
        Set<Bloc> blocs = EnumSet.noneOf(Bloc.class);
        for (MentionFinder.FoundMention found : finder.find(article.getTitle(), article.getSummary())) {
            LinkableOrg org = found.org();
            String country = org == null || org.country() == null ? UNKNOWN : org.country();
            Bloc bloc = org == null || org.country() == null ? Bloc.UNKNOWN : org.bloc();
            mentions.add(Mention.newBuilder()
                    .setKind(found.kind())
                    .setName(found.name())
                    .setOrganizationId(org == null ? null : org.orgId())
                    .setRepoId(null)
                    .setOriginCountry(country)
                    .setOriginBloc(bloc)
                    .setSnippet(found.snippet())
                    .build());
            origins.add(country);
            blocs.add(bloc);
        }
        return NewsItem.newBuilder()
                .setId(article.getId())
                .setFeedUrl(article.getFeedUrl())
                .setFeedTitle(article.getFeedTitle())
                .setUrl(article.getUrl())
                .setTitle(article.getTitle())
                .setSummary(article.getSummary())
                .setPublishedAt(article.getPublishedAt())
                .setFetchedAt(article.getFetchedAt())
                .setMonth(month(article))
                .setAuthors(List.copyOf(article.getAuthors()))
                .setCategories(List.copyOf(article.getCategories()))
                .setMentions(mentions)
                .setOrigins(List.copyOf(origins))
                .setOriginBlocs(List.copyOf(blocs))
                .setLinkedAt(linkedAt)
                .build();
    }

    /** UTC yyyy-MM of published_at; of fetched_at when the feed gave no (parseable) date. */
    static String month(NewsArticle article) {
        Instant basis = article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
        return MONTH.format(basis);
    }
}
