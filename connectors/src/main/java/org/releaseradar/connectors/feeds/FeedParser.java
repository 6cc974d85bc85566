package org.releaseradar.connectors.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.releaseradar.schemas.avro.NewsArticle;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 1.0 documents (Rome) into {@link NewsArticle}s.
 *
 * <p>Dates: Rome returns instants, written as UTC epoch millis. {@code published_at} is the entry's
 * published date (RSS {@code pubDate}/{@code dc:date}, Atom {@code published}), else its updated
 * date, else null; an unparseable date is also null and the article is still emitted: its
 * {@code fetched_at} tells when it was seen.
 */
public final class FeedParser {

    /** @throws FeedParseException when the body is not a readable feed (the message is the parser's) */
    public ParsedFeed parse(String feedUrl, byte[] body, Instant fetchedAt) throws FeedParseException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from untrusted feeds
            feed = input.build(new XmlReader(new ByteArrayInputStream(body), true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedParseException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        String feedTitle = HtmlText.of(feed.getTitle());
        List<ParsedFeed.Entry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(toEntry(feedUrl, feedTitle, entry, fetchedAt));
        }
        return new ParsedFeed(feedTitle, entries);
    }

    private static ParsedFeed.Entry toEntry(String feedUrl, String feedTitle, SyndEntry entry, Instant fetchedAt) {
        String guid = blankToNull(entry.getUri());
        String link = blankToNull(entry.getLink());
        String title = HtmlText.of(entry.getTitle());
        Optional<String> id = ArticleId.of(guid, link);
        Instant published = firstDate(entry.getPublishedDate(), entry.getUpdatedDate());
        if (id.isEmpty()) {
            return ParsedFeed.Entry.rejected(new RejectedEntry(
                    "title: " + title + "\npublished: " + published + "\nsummary: " + summary(entry),
                    "feed entry has neither an id/guid nor a link"));
        }
        return ParsedFeed.Entry.of(NewsArticle.newBuilder()
                .setId(id.get())
                .setFeedUrl(feedUrl)
                .setFeedTitle(feedTitle)
                // An entry without a link is still addressable by its guid (often a URL itself).
                .setUrl(link != null ? link.trim() : guid.trim())
                .setTitle(title == null ? "" : title)
                .setSummary(summary(entry))
                .setPublishedAt(published)
                .setFetchedAt(fetchedAt)
                .setAuthors(authors(entry))
                .setCategories(categories(entry))
                .build());
    }

    private static String summary(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        String text = description == null ? null : HtmlText.of(description.getValue());
        if (text != null) {
            return text;
        }
        for (SyndContent content : entry.getContents()) {
            String contentText = HtmlText.of(content.getValue());
            if (contentText != null) {
                return contentText;
            }
        }
        return null;
    }

    private static List<String> authors(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            String name = HtmlText.of(person.getName());
            if (name != null) {
                names.add(name);
            }
        }
        String single = HtmlText.of(entry.getAuthor());
        if (names.isEmpty() && single != null) {
            names.add(single);
        }
        return names;
    }

    private static List<String> categories(SyndEntry entry) {
        List<String> labels = new ArrayList<>();
        for (SyndCategory category : entry.getCategories()) {
            String name = HtmlText.of(category.getName());
            if (name != null) {
                labels.add(name);
            }
        }
        return labels;
    }

    private static Instant firstDate(Date... dates) {
        for (Date d : dates) {
            if (d != null) {
                return d.toInstant();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
