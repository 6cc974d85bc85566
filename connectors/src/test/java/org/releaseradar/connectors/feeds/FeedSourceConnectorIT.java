package org.releaseradar.connectors.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.connectors.testing.ConnectorRuns.header;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.releaseradar.connectors.testing.ConnectorRuns;
import org.releaseradar.connectors.testing.DataFiles;
import org.releaseradar.connectors.testing.EmbeddedConnect;
import org.releaseradar.connectors.testing.TopicReader;
import org.releaseradar.fixtures.FixtureOptions;
import org.releaseradar.fixtures.FixtureServer;
import org.releaseradar.fixtures.RecordedRequest;
import org.releaseradar.schemas.avro.NewsArticle;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

@ExtendWith(LocalStackExtension.class)
class FeedSourceConnectorIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(4);

    @Test
    void emitsEveryArticleOnceDeadLettersTheBrokenFeedAndResumesAfterARestart(LocalStack stack, @TempDir Path dir)
            throws Exception {
        String topic = ConnectorRuns.uniqueTopic("it.news");
        String dlq = ConnectorRuns.uniqueTopic("it.dlq");
        TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl());
        Path offsets = dir.resolve("offsets");
        Set<String> firstRun;
        try (FixtureServer fixtures = FixtureServer.start(FixtureOptions.of(DataFiles.dir()))) {
            Map<String, String> config = ConnectorRuns.baseConfig(stack, FeedSourceConnector.class, topic, dlq);
            config.put("tasks.max", "2");
            config.put("poll.interval.ms", "500");
            config.put("feeds.urls", String.join(",", fixtures.feedUrl("ai-news.rss"), fixtures.feedUrl("open-models.atom"),
                    fixtures.feedUrl("lab-blog.rss"), fixtures.feedUrl("broken.xml")));

            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), offsets)) {
                connect.putConnector("feeds", config);

                List<ConsumerRecord<String, NewsArticle>> articles =
                        reader.read(topic, NewsArticle.class, r -> r.size() >= 102, WAIT);
                assertThat(articles).hasSize(102);
                assertThat(articles).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
                assertThat(articles).allSatisfy(r -> {
                    assertThat(r.key()).isEqualTo(r.value().getId());
                    assertThat(r.value().getSummary()).doesNotContain("<").doesNotContainIgnoringCase("script");
                });
                assertThat(articles.stream().filter(r -> r.value().getPublishedAt() == null)).hasSize(4);
                firstRun = articles.stream().map(ConsumerRecord::key).collect(Collectors.toSet());

                // Conditional GET: later polls send the validators of what the feed serves and get a 304.
                String etag = fixtures.feed("ai-news.rss").etag();
                Awaitility.await().atMost(WAIT).until(() -> fixtures.requests("/feeds/ai-news.rss").stream()
                        .filter(r -> r.ifNoneMatch().filter(etag::equals).isPresent()).count() >= 2);
                assertThat(fixtures.requests("/feeds/ai-news.rss").get(0).conditional()).isFalse();

                List<ConsumerRecord<String, byte[]>> dead = reader.readRaw(dlq, r -> r.size() > 1, SETTLE);
                assertThat(dead).singleElement().satisfies(r -> {
                    assertThat(header(r, DeadLetterHeaders.SOURCE)).isEqualTo("feeds");
                    assertThat(header(r, DeadLetterHeaders.URL)).isEqualTo(fixtures.feedUrl("broken.xml"));
                    assertThat(header(r, DeadLetterHeaders.REASON)).startsWith("invalid feed: ").contains("line");
                    assertThat(new String(r.value())).isEqualTo(fixtures.feed("broken.xml").bodyAsUtf8());
                });
                // The broken feed is asked conditionally too, so it is dead-lettered once, not at every poll.
                Awaitility.await().atMost(WAIT).until(() -> fixtures.requests("/feeds/broken.xml").stream()
                        .filter(RecordedRequest::conditional).count() >= 2);
            }

            // While the worker is down, the feed publishes one new item.
            fixtures.appendFeedItem("ai-news.rss", """
                    <item><title>Radar &lt;b&gt;restart&lt;/b&gt; item</title><link>https://ai-news.example/2026/restart</link>
                    <guid isPermaLink="false">ainews-restart</guid><pubDate>Wed, 04 Mar 2026 09:00:00 GMT</pubDate>
                    <description>&lt;p&gt;One more.&lt;/p&gt;&lt;img src="https://px.ai-news.example/t.gif" width="1" height="1"/&gt;</description></item>""");
            fixtures.clearRequests();

            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), offsets)) {
                connect.putConnector("feeds", config);
                // The restarted tasks resume from the stored cursors: they ask conditionally from the first request.
                Awaitility.await().atMost(WAIT).until(() -> fixtures.requests("/feeds/open-models.atom").size() >= 2);
                assertThat(fixtures.requests("/feeds/open-models.atom").get(0).conditional()).isTrue();

                reader.read(topic, NewsArticle.class, r -> r.size() >= 103, WAIT);
                List<ConsumerRecord<String, NewsArticle>> all = reader.read(topic, NewsArticle.class, r -> r.size() > 103, SETTLE);
                assertThat(all).hasSize(103);
                // Topics have several partitions: find the new article by key, not by position.
                ConsumerRecord<String, NewsArticle> added = all.stream().filter(r -> !firstRun.contains(r.key()))
                        .collect(Collectors.collectingAndThen(Collectors.toList(), l -> {
                            assertThat(l).hasSize(1);
                            return l.get(0);
                        }));
                assertThat(added.key()).isEqualTo(ArticleId.of("ainews-restart", null).orElseThrow());
                assertThat(added.value().getTitle()).isEqualTo("Radar restart item");
                assertThat(added.value().getSummary()).isEqualTo("One more.");
                Set<String> keys = all.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
                assertThat(keys).hasSize(103);
                assertThat(reader.readRaw(dlq, r -> r.size() > 1, Duration.ofSeconds(1))).hasSize(1);
            }
        }
    }
}
