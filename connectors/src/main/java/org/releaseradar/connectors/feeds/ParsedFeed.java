package org.releaseradar.connectors.feeds;

import java.util.List;
import org.releaseradar.schemas.avro.NewsArticle;

/**
 * One fetched feed document, in document order (feeds list the newest first).
 *
 * @param entries each entry as an article or a rejection, in document order
 */
public record ParsedFeed(String title, List<Entry> entries) {

    /** One entry: exactly one of {@code article} and {@code rejected} is set. */
    public record Entry(NewsArticle article, RejectedEntry rejected) {
        public static Entry of(NewsArticle article) {
            return new Entry(article, null);
        }

        /** What the feed's cursor remembers: the article id, or the rejected entry's fingerprint. */
        public String seenKey() {
            return article != null ? article.getId() : rejected.fingerprint();
        }

        public static Entry rejected(RejectedEntry rejected) {
            return new Entry(null, rejected);
        }
    }

    public List<NewsArticle> articles() {
        return entries.stream().filter(e -> e.article() != null).map(Entry::article).toList();
    }

    public List<RejectedEntry> rejected() {
        return entries.stream().filter(e -> e.rejected() != null).map(Entry::rejected).toList();
    }
}
