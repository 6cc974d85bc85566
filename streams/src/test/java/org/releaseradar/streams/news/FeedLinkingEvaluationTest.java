package org.releaseradar.streams.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every article of the three good feeds through the linker and compares the linked org_ids with
 * data/feeds/expected-mentions.csv (the careful reader's table).
 */
class FeedLinkingEvaluationTest {

    /** The trap articles of data/feeds/README.md: these must match exactly. */
    static final Set<String> TRAPS = Set.of(
            "https://ai-news.example/2024/zoo-llamas",
            "https://ai-news.example/2024/library-metadata",
            "ainews-metaverse-slump",
            "https://ai-news.example/2024/mistral-winds",
            "https://ai-news.example/2025/falcon-nest",
            "ainews-golden-ratio",
            "https://ai-news.example/2025/gemma-jeweller",
            "ainews-apple-harvest",
            "https://ai-news.example/2025/roundup-undated",
            "tag:openmodels.example,2025-06-10:/e/falcon-9",
            "tag:openmodels.example,2025-01-30:/e/tinyswallow",
            "https://blog.openlab.example/posts/meta-learning-primer",
            "https://blog.openlab.example/posts/gpt-oss-hub",
            // data/feeds/README.md calls it ainews-meta-llama-3; the item's guid is its permalink.
            "https://ai-news.example/2024/meta-llama-3");

    static MentionFinder finder;
    static List<FeedFixtures.Article> articles;
    static Map<String, FeedFixtures.Expected> expected;

    @BeforeAll
    static void link() throws Exception {
        NewsLinkingSettings settings = NewsLinkingSettings.defaults();
        finder = MentionFinder.compile(LinkableOrg.byOrgId(FeedFixtures.registry()), ModelFamilies.load(settings),
                settings);
        articles = FeedFixtures.articles();
        expected = FeedFixtures.expected().stream()
                .collect(Collectors.toMap(e -> e.feed() + "|" + e.guid(), Function.identity()));
    }

    static List<String> linked(FeedFixtures.Article article) {
        return finder.find(article.title(), article.text()).stream()
                .map(MentionFinder.FoundMention::orgId).filter(Objects::nonNull).distinct().toList();
    }

    @Test
    void everyArticleHasAnExpectedRow() {
        assertThat(articles).hasSize(102);
        assertThat(articles).allSatisfy(a -> assertThat(expected).containsKey(a.feed() + "|" + a.guid()));
    }

    @Test
    void trapsLinkExactlyWhatTheCarefulReaderLinked() {
        List<String> wrong = new ArrayList<>();
        int traps = 0;
        for (FeedFixtures.Article article : articles) {
            if (TRAPS.contains(article.guid())) {
                traps++;
                Set<String> want = Set.copyOf(expected.get(article.feed() + "|" + article.guid()).orgIds());
                Set<String> got = Set.copyOf(linked(article));
                if (!want.equals(got)) {
                    wrong.add(article.guid() + ": expected " + want + " got " + got);
                }
            }
        }
        assertThat(traps).isEqualTo(TRAPS.size());
        assertThat(wrong).as("trap articles linked wrongly").isEmpty();
    }

    @Test
    void precisionAndRecallOnTheExpectedMentionsTable() {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> misses = new ArrayList<>();
        for (FeedFixtures.Article article : articles) {
            Set<String> want = new LinkedHashSet<>(expected.get(article.feed() + "|" + article.guid()).orgIds());
            Set<String> got = new LinkedHashSet<>(linked(article));
            for (String id : got) {
                if (want.contains(id)) {
                    truePositives++;
                } else {
                    falsePositives++;
                    misses.add("extra " + id + " in " + article.guid());
                }
            }
            for (String id : want) {
                if (!got.contains(id)) {
                    falseNegatives++;
                    misses.add("missed " + id + " in " + article.guid());
                }
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        String report = String.format("precision %.4f (%d/%d), recall %.4f (%d/%d); %s", precision, truePositives,
                truePositives + falsePositives, recall, truePositives, truePositives + falseNegatives, misses);
        System.out.println("News linking on data/feeds: " + report);
        assertThat(precision).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as(report).isGreaterThanOrEqualTo(0.95);
    }
}
