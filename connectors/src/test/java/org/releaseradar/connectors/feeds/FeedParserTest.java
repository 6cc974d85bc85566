package org.releaseradar.connectors.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.releaseradar.connectors.testing.DataFiles;
import org.releaseradar.schemas.avro.NewsArticle;

class FeedParserTest {

    private static final Instant FETCHED = Instant.parse("2026-03-04T12:00:00Z");
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String file) throws FeedParseException {
        return parser.parse("http://127.0.0.1/feeds/" + file, DataFiles.bytes("feeds/" + file), FETCHED);
    }

    private Map<String, NewsArticle> byId(ParsedFeed feed) {
        return feed.articles().stream().collect(Collectors.toMap(NewsArticle::getId, Function.identity()));
    }

    private NewsArticle byGuid(ParsedFeed feed, String guid) {
        return byId(feed).get(ArticleId.of(guid, null).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"ai-news.rss, 44, AI News", "open-models.atom, 34, Open", "lab-blog.rss, 24, "})
    void readsEveryArticleOfEachFormat(String file, int count, String titleStart) throws Exception {
        ParsedFeed feed = parse(file);

        assertThat(feed.articles()).hasSize(count);
        assertThat(feed.rejected()).isEmpty();
        assertThat(feed.articles()).extracting(NewsArticle::getId).doesNotHaveDuplicates();
        assertThat(feed.articles()).allSatisfy(a -> {
            assertThat(a.getId()).hasSize(32).matches("[0-9a-f]{32}");
            assertThat(a.getTitle()).isNotBlank().doesNotContain("<");
            assertThat(a.getUrl()).startsWith("https://");
            assertThat(a.getFetchedAt()).isEqualTo(FETCHED);
            assertThat(a.getFeedUrl()).endsWith(file);
        });
        if (titleStart != null) {
            assertThat(feed.title()).startsWith(titleStart);
        }
    }

    @Test
    void the102ArticlesMatchTheExpectedMentionsGuids() throws Exception {
        List<String> lines = new String(DataFiles.bytes("feeds/expected-mentions.csv"), StandardCharsets.UTF_8)
                .lines().skip(1).toList();
        assertThat(lines).hasSize(102);
        for (String line : lines) {
            String file = line.substring(0, line.indexOf(','));
            String rest = line.substring(line.indexOf(',') + 1);
            String guid = rest.startsWith("\"") ? rest.substring(1, rest.indexOf('"', 1)) : rest.substring(0, rest.indexOf(','));
            assertThat(byGuid(parse(file), guid)).as(file + " " + guid).isNotNull();
        }
    }

    @Test
    void summariesArePlainTextWithoutScriptsOrTrackingPixels() throws Exception {
        for (String file : List.of("ai-news.rss", "open-models.atom", "lab-blog.rss")) {
            assertThat(parse(file).articles()).allSatisfy(a -> {
                assertThat(a.getSummary()).isNotBlank()
                        .doesNotContain("<").doesNotContain(">")
                        .doesNotContainIgnoringCase("script")
                        .doesNotContain("t.gif").doesNotContain("px.ai-news.example")
                        .doesNotContain("&lt;").doesNotContain("&amp;");
            });
        }
        NewsArticle withScript = byGuid(parse("ai-news.rss"), "ainews-gpt-oss");
        assertThat(withScript.getSummary()).contains("gpt-oss").doesNotContain("document.").doesNotContain("function");
    }

    @Test
    void cdataDescriptionsAreReducedToTextToo() throws Exception {
        ParsedFeed feed = parse("ai-news.rss");
        assertThat(byGuid(feed, "ainews-mistral-nemo").getSummary()).contains("Mistral").doesNotContain("<");
        assertThat(byGuid(feed, "ainews-sd-3-5").getSummary()).doesNotContain("<");
    }

    @Test
    void rssDatesInBothZoneFormsAreUtc() throws Exception {
        ParsedFeed feed = parse("ai-news.rss");
        long dated = feed.articles().stream().filter(a -> a.getPublishedAt() != null).count();
        assertThat(dated).isEqualTo(44 - 3);
        assertThat(feed.articles()).allSatisfy(a -> {
            if (a.getPublishedAt() != null) {
                assertThat(a.getPublishedAt()).isBetween(Instant.parse("2024-03-28T00:00:00Z"), Instant.parse("2026-03-04T00:00:00Z"));
            }
        });
    }

    @Test
    void missingAndUnparseableDatesGiveNullButTheArticleIsKept() throws Exception {
        ParsedFeed rss = parse("ai-news.rss");
        assertThat(byGuid(rss, "ainews-weekly-roundup-smollm3").getPublishedAt()).isNull();
        assertThat(byGuid(rss, "https://ai-news.example/2025/roundup-undated").getPublishedAt()).isNull();
        NewsArticle sarvam = byGuid(rss, "ainews-sarvam-m");
        assertThat(sarvam.getPublishedAt()).isNull();
        assertThat(sarvam.getTitle()).isNotBlank();

        assertThat(byGuid(parse("lab-blog.rss"), "https://blog.openlab.example/posts/europe-open-models").getPublishedAt())
                .isNull();
    }

    @Test
    void atomOffsetsAreNormalisedToUtcAndAMissingPublishedFallsBackToUpdated() throws Exception {
        ParsedFeed atom = parse("open-models.atom");
        assertThat(atom.articles()).allSatisfy(a -> assertThat(a.getPublishedAt()).isNotNull());
        String xml = new String(DataFiles.bytes("feeds/open-models.atom"), StandardCharsets.UTF_8);
        String xiaomi = "urn:uuid:0b8f3d7e-5a41-4c6e-8f2d-91c0e3a7b512";
        String entry = xml.substring(xml.indexOf("<id>" + xiaomi + "</id>"));
        String updated = entry.substring(entry.indexOf("<updated>") + 9, entry.indexOf("</updated>"));
        assertThat(byGuid(atom, xiaomi).getPublishedAt())
                .isEqualTo(java.time.OffsetDateTime.parse(updated).toInstant());
    }

    @Test
    void anAtomPublishedTimeWithAnOffsetIsTheSameInstantInUtc() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:f</id><updated>2025-07-28T10:00:00+08:00</updated>
                <entry><id>urn:e1</id><title>GLM-4.5</title><link rel="alternate" href="https://x.example/glm"/>
                <published>2025-07-28T10:00:00+08:00</published><updated>2025-07-28T11:00:00+08:00</updated>
                <summary type="html">&lt;p&gt;Zhipu &lt;b&gt;released&lt;/b&gt;&lt;/p&gt;</summary></entry></feed>""";
        NewsArticle a = parser.parse("u", atom.getBytes(StandardCharsets.UTF_8), FETCHED).articles().get(0);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-07-28T02:00:00Z"));
        assertThat(a.getSummary()).isEqualTo("Zhipu released");
    }

    @Test
    void categoriesAndAuthorsAreKept() throws Exception {
        NewsArticle undated = byGuid(parse("ai-news.rss"), "https://ai-news.example/2025/roundup-undated");
        assertThat(undated.getCategories()).containsExactly("Meta");
        assertThat(parse("open-models.atom").articles()).allSatisfy(a -> assertThat(a.getAuthors()).isNotEmpty());
    }

    @Test
    void brokenXmlFailsWithTheParsersMessage() {
        assertThatThrownBy(() -> parse("broken.xml"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("line");
    }

    @Test
    void anEntryWithNeitherIdNorLinkIsRejectedAndTheOthersKept() throws Exception {
        String rss = """
                <rss version="2.0"><channel><title>c</title><link>https://c.example/</link><description>d</description>
                <item><title>good</title><link>https://c.example/1</link></item>
                <item><title>orphan</title><description>no id, no link</description></item>
                </channel></rss>""";
        ParsedFeed feed = parser.parse("u", rss.getBytes(StandardCharsets.UTF_8), FETCHED);
        assertThat(feed.articles()).extracting(NewsArticle::getTitle).containsExactly("good");
        assertThat(feed.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("neither");
            assertThat(r.description()).contains("orphan");
        });
    }
}
