package org.releaseradar.streams.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.Mention;
import org.releaseradar.schemas.avro.MentionKind;
import org.releaseradar.schemas.avro.NewsArticle;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.OrgKind;
import org.releaseradar.schemas.avro.Organization;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.streams.StreamsSerdes;

class NewsLinkingTopologyTest {

    private static final Instant T0 = Instant.parse("2025-08-01T00:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, Organization> orgs;
    private TestInputTopic<String, NewsArticle> raw;
    private TestOutputTopic<String, NewsItem> news;

    @BeforeEach
    void start() {
        StreamsSerdes serdes = new StreamsSerdes(new InMemorySchemaRegistry(), Map.of("auto.register.schemas", true));
        StreamsBuilder builder = new StreamsBuilder();
        NewsLinking.build(builder, serdes, NewsLinkingSettings.defaults().withRegistryCheckInterval(Duration.ZERO));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "news-linking-test");
        driver = new TopologyTestDriver(builder.build(), props, T0);
        orgs = driver.createInputTopic(Topics.ORGS, serdes.key().serializer(), serdes.value(Organization.class).serializer());
        raw = driver.createInputTopic(Topics.NEWS_RAW, serdes.key().serializer(), serdes.value(NewsArticle.class).serializer());
        news = driver.createOutputTopic(Topics.NEWS, serdes.key().deserializer(), serdes.value(NewsItem.class).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static Organization org(String namespace, String orgId, String country, Bloc bloc, List<String> aliases) {
        return Organization.newBuilder().setNamespace(namespace).setOrgId(orgId).setDisplayName(orgId)
                .setNamespaces(List.of(namespace)).setCountry(country).setBloc(bloc).setKind(OrgKind.LAB)
                .setAliases(aliases).setCountrySource("test").build();
    }

    private static NewsArticle article(String id, String title, String summary, Instant published, Instant fetched) {
        return NewsArticle.newBuilder().setId(id).setFeedUrl("https://feed.example/rss").setFeedTitle("Feed")
                .setUrl("https://feed.example/" + id).setTitle(title).setSummary(summary).setPublishedAt(published)
                .setFetchedAt(fetched).setAuthors(List.of("A. Writer")).setCategories(List.of("Meta")).build();
    }

    private void registry() {
        orgs.pipeInput("zai-org", org("zai-org", "zhipu", "CN", Bloc.CN, List.of("Zhipu AI", "Zhipu", "Z.ai", "GLM")));
        orgs.pipeInput("thudm", org("thudm", "zhipu", "CN", Bloc.CN, List.of("Zhipu AI", "ChatGLM")));
        orgs.pipeInput("openai", org("openai", "openai", "US", Bloc.US, List.of("OpenAI", "gpt-oss")));
    }

    @Test
    void linksAnArticleWithTheRegistryInTheGlobalTable() {
        registry();
        raw.pipeInput("a1", article("a1", "GLM-4.5 lands",
                "Zhipu AI (Z.ai) released GLM-4.5 under MIT, while OpenAI again delayed its open model.",
                Instant.parse("2025-07-28T09:00:00Z"), Instant.parse("2025-07-29T00:00:00Z")), T0);

        TestRecord<String, NewsItem> out = news.readRecord();
        assertThat(out.key()).isEqualTo("a1");
        NewsItem item = out.value();
        assertThat(item.getMentions()).extracting(Mention::getKind, Mention::getName, Mention::getOrganizationId,
                        Mention::getOriginCountry, Mention::getOriginBloc)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MentionKind.MODEL, "GLM-4.5", "zhipu", "CN", Bloc.CN),
                        org.assertj.core.groups.Tuple.tuple(MentionKind.ORG, "Zhipu AI", "zhipu", "CN", Bloc.CN),
                        org.assertj.core.groups.Tuple.tuple(MentionKind.ORG, "OpenAI", "openai", "US", Bloc.US));
        assertThat(item.getMentions().get(1).getSnippet()).contains("Zhipu AI (Z.ai) released GLM-4.5");
        assertThat(item.getOrigins()).containsExactly("CN", "US");
        assertThat(item.getOriginBlocs()).containsExactly(Bloc.CN, Bloc.US);
        assertThat(item.getLinkedAt()).isEqualTo(T0);
        assertThat(news.isEmpty()).isTrue();
    }

    @Test
    void anAliasAddedLaterLinksOnlyArticlesProcessedAfterIt() {
        registry();
        NewsArticle kimi = article("k", "Kimi K2", "Moonshot AI released Kimi K2, a 1T open MoE.", T0, T0);
        raw.pipeInput("k", kimi, T0);
        // The model family is known, its organisation not yet: the model is kept, of unknown origin.
        assertThat(news.readValue().getMentions()).extracting(Mention::getKind, Mention::getName,
                        Mention::getOrganizationId, Mention::getOriginCountry)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MentionKind.MODEL, "Kimi K2", null, "UNKNOWN"));

        orgs.pipeInput("moonshotai", org("moonshotai", "moonshot", "CN", Bloc.CN, List.of("Moonshot AI", "Kimi")));
        raw.pipeInput("k2", kimi, T0);
        NewsItem relinked = news.readValue();
        assertThat(relinked.getMentions()).extracting(Mention::getName, Mention::getOrganizationId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kimi K2", "moonshot"),
                        org.assertj.core.groups.Tuple.tuple("Moonshot AI", "moonshot"));
        assertThat(relinked.getOrigins()).containsExactly("CN");
    }

    @Test
    void anArticleMentioningNoOrganisationIsStillPublished() {
        registry();
        raw.pipeInput("n", article("n", "Why learning-rate warm-up works",
                "Warm-up keeps early updates small; no vendor names.", T0, T0), T0);
        NewsItem item = news.readValue();
        assertThat(item.getId()).isEqualTo("n");
        assertThat(item.getMentions()).isEmpty();
        assertThat(item.getOrigins()).isEmpty();
        assertThat(item.getOriginBlocs()).isEmpty();
    }

    @Test
    void monthIsThePublicationMonthInUtcElseTheFetchMonth() {
        registry();
        // 23:30 on 31 July at -04:00 is already August in UTC.
        raw.pipeInput("p", article("p", "t", null, Instant.parse("2025-08-01T03:30:00Z"),
                Instant.parse("2025-09-02T00:00:00Z")), T0);
        raw.pipeInput("f", article("f", "t", null, null, Instant.parse("2025-09-30T23:59:59Z")), T0);
        assertThat(news.readValue().getMonth()).isEqualTo("2025-08");
        assertThat(news.readValue().getMonth()).isEqualTo("2025-09");
    }

    @Test
    void aRedeliveredArticleYieldsTheSameItem() {
        registry();
        NewsArticle a = article("r", "OpenAI's gpt-oss", "OpenAI released gpt-oss-120b.", T0, T0);
        raw.pipeInput("r", a, T0.plusSeconds(5));
        driver.advanceWallClockTime(Duration.ofMinutes(10));
        raw.pipeInput("r", a, T0.plusSeconds(5));
        List<TestRecord<String, NewsItem>> out = news.readRecordsToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).key()).isEqualTo(out.get(0).key());
        assertThat(out.get(1).value()).isEqualTo(out.get(0).value());
    }

    @Test
    void aTombstoneIsPassedOn() {
        raw.pipeInput("gone", null, T0);
        TestRecord<String, NewsItem> out = news.readRecord();
        assertThat(out.key()).isEqualTo("gone");
        assertThat(out.value()).isNull();
    }
}
