package org.releaseradar.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.NewsItem;

class NewsBurstRuleTest {

    private final AlertsDriver driver = new AlertsDriver("""
            {"rules": [{"id": "burst", "kind": "news-burst", "severity": "NOTICE", "min_articles": 3, "window_hours": 24}]}
            """);

    @AfterEach
    void close() {
        driver.close();
    }

    private static NewsItem onDeepSeek(String id, String published) {
        return Inputs.article(id, published, Inputs.orgMention("deepseek", "CN"));
    }

    @Test
    void firesWhenEnoughDistinctArticlesArePublishedWithin24Hours() {
        driver.news(onDeepSeek("a1", "2025-08-21T08:00:00Z"));
        driver.news(onDeepSeek("a2", "2025-08-21T20:00:00Z"));
        assertThat(driver.alerts()).as("2 < 3").isEmpty();

        driver.news(onDeepSeek("a3", "2025-08-22T07:59:00Z"));

        List<KeyValue<String, Alert>> alerts = driver.alerts();
        assertThat(alerts).hasSize(1);
        Alert alert = alerts.get(0).value;
        long windowStart = Instant.parse("2025-08-22T07:59:00Z").minus(Duration.ofHours(24)).toEpochMilli();
        assertThat(alerts.get(0).key).isEqualTo(alert.getId()).isEqualTo(AlertIds.of("burst", "deepseek", Long.toString(windowStart)));
        assertThat(alert.getTitle()).isEqualTo("News burst: 3 articles mention deepseek within 24 h");
        assertThat(alert.getText()).startsWith("3 articles mentioning deepseek (CN) were published between 2025-08-21 08:00 UTC"
                + " and 2025-08-22 07:59 UTC").contains("\"Article a1\"; \"Article a2\"; \"Article a3\"");
        assertThat(alert.getFacts()).containsEntry("organization", "deepseek").containsEntry("articles", "3")
                .containsEntry("article_ids", "a1,a2,a3");
        assertThat(alert.getLinks()).containsExactly("https://news.example.org/a1", "https://news.example.org/a2",
                "https://news.example.org/a3");
        assertThat(alert.getOrganization()).isEqualTo("deepseek");
        assertThat(alert.getMonth()).isEqualTo("2025-08");
        assertThat(alert.getCreatedAt()).as("published time of the article that completed the burst")
                .isEqualTo(Instant.parse("2025-08-22T07:59:00Z"));
    }

    @Test
    void articlesMoreThan24HoursApartDoNotMakeABurst() {
        driver.news(onDeepSeek("a1", "2025-08-20T07:00:00Z"));
        driver.news(onDeepSeek("a2", "2025-08-21T08:00:00Z"));
        driver.news(onDeepSeek("a3", "2025-08-22T08:01:00Z"));

        assertThat(driver.alerts()).isEmpty();
    }

    @Test
    void aRedeliveredArticleCountsOnce() {
        driver.news(onDeepSeek("a1", "2025-08-21T08:00:00Z"));
        driver.news(onDeepSeek("a2", "2025-08-21T09:00:00Z"));
        driver.news(onDeepSeek("a2", "2025-08-21T09:00:00Z"));
        driver.news(onDeepSeek("a1", "2025-08-21T08:00:00Z"));

        assertThat(driver.alerts()).isEmpty();
    }

    @Test
    void oneBurstIsOneAlertEvenAsItGrowsOrIsReplayed() {
        List<NewsItem> burst = List.of(onDeepSeek("a1", "2025-08-21T08:00:00Z"), onDeepSeek("a2", "2025-08-21T09:00:00Z"),
                onDeepSeek("a3", "2025-08-21T10:00:00Z"), onDeepSeek("a4", "2025-08-21T11:00:00Z"),
                onDeepSeek("a5", "2025-08-22T09:30:00Z"));
        burst.forEach(driver::news);
        burst.forEach(driver::news);
        assertThat(driver.alerts()).hasSize(1);

        driver.news(onDeepSeek("b1", "2025-08-28T08:00:00Z"));
        driver.news(onDeepSeek("b2", "2025-08-28T09:00:00Z"));
        driver.news(onDeepSeek("b3", "2025-08-28T10:00:00Z"));
        assertThat(driver.alerts()).as("a burst a week later is a new one").hasSize(1);
    }

    @Test
    void aLateEarlierBurstDoesNotMakeTheLaterOneFireAgain() {
        driver.news(onDeepSeek("a1", "2025-08-21T08:00:00Z"));
        driver.news(onDeepSeek("a2", "2025-08-21T09:00:00Z"));
        driver.news(onDeepSeek("a3", "2025-08-21T10:00:00Z"));
        assertThat(driver.alerts()).hasSize(1);

        // A feed delivers an older burst late (within the grace period): a burst of its own.
        driver.news(onDeepSeek("c1", "2025-08-17T08:00:00Z"));
        driver.news(onDeepSeek("c2", "2025-08-17T09:00:00Z"));
        driver.news(onDeepSeek("c3", "2025-08-17T10:00:00Z"));
        assertThat(driver.alerts()).as("the late burst is a new one").hasSize(1);

        // The first burst is re-delivered and grows: still the burst that already fired.
        driver.news(onDeepSeek("a3", "2025-08-21T10:00:00Z"));
        driver.news(onDeepSeek("a4", "2025-08-21T11:00:00Z"));
        assertThat(driver.alerts()).as("the 2025-08-21 burst fired already").isEmpty();
    }

    @Test
    void countsPerOrganisationAndOncePerArticleHoweverOftenItMentionsIt() {
        driver.news(Inputs.article("a1", "2025-08-21T08:00:00Z", Inputs.orgMention("deepseek", "CN"),
                Inputs.modelMention("deepseek", "deepseek-ai/DeepSeek-V3.1", "CN"), Inputs.orgMention("moonshot", "CN")));
        driver.news(Inputs.article("a2", "2025-08-21T09:00:00Z", Inputs.modelMention("deepseek", "deepseek-ai/DeepSeek-V3.1", "CN")));
        driver.news(Inputs.article("a3", "2025-08-21T10:00:00Z", Inputs.orgMention("moonshot", "CN")));
        assertThat(driver.alerts()).isEmpty();

        driver.news(Inputs.article("a4", "2025-08-21T11:00:00Z", Inputs.orgMention("moonshot", "CN")));
        assertThat(driver.alerts()).singleElement()
                .satisfies(kv -> assertThat(kv.value.getFacts()).containsEntry("organization", "moonshot")
                        .containsEntry("article_ids", "a1,a3,a4"));
    }
}
