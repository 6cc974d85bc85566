package org.releaseradar.streams;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.releaseradar.streams.aggregate.AggregationSettings;
import org.releaseradar.streams.aggregate.MonthlyAggregation;
import org.releaseradar.streams.alerts.AlertRules;
import org.releaseradar.streams.alerts.AlertSettings;
import org.releaseradar.streams.enrich.EnrichmentSettings;
import org.releaseradar.streams.enrich.ReleaseEnrichment;
import org.releaseradar.streams.news.NewsLinking;
import org.releaseradar.streams.news.NewsLinkingSettings;

/**
 * The stages assembled into the exactly-once Kafka Streams applications Radar runs. Stages meet only
 * at topics, which keeps each one testable on its own.
 *
 * <p>Two applications, not one, because of {@code radar.orgs}: enrichment reads it as a KTable (its
 * foreign-key joins re-attribute releases when the registry changes), news linking needs every
 * organisation's aliases on every instance (a GlobalKTable), and Kafka Streams accepts only one
 * source per topic in a topology. So {@code <application.id>} runs enrichment, aggregation and
 * alerts, and {@code <application.id>-news} runs news linking; both run in the same process.
 */
public final class RadarTopology {

    /** What each stage is configured with. */
    public record Settings(EnrichmentSettings enrichment, NewsLinkingSettings news, AggregationSettings aggregation,
                           AlertSettings alerts) {
    }

    /** One Kafka Streams application: its id and its topology. */
    public record Application(String applicationId, Topology topology) {
    }

    /** Suffix of the news-linking application's id. */
    public static final String NEWS_APPLICATION_SUFFIX = "-news";

    private RadarTopology() {
    }

    /**
     * @param streamsConfig the configuration of the main application; the news application's id is
     *                      derived from its {@code application.id}
     */
    public static List<Application> build(StreamsSerdes serdes, Settings settings, Properties streamsConfig) {
        String id = streamsConfig.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);

        StreamsBuilder releases = new StreamsBuilder();
        ReleaseEnrichment.build(releases, serdes, settings.enrichment());
        MonthlyAggregation.build(releases, serdes, settings.aggregation());
        AlertRules.build(releases, serdes, settings.alerts());

        StreamsBuilder news = new StreamsBuilder();
        NewsLinking.build(news, serdes, settings.news());

        return List.of(new Application(id, releases.build(streamsConfig)),
                new Application(id + NEWS_APPLICATION_SUFFIX, news.build(configFor(streamsConfig, id + NEWS_APPLICATION_SUFFIX))));
    }

    /** {@code base} with another application id. */
    public static Properties configFor(Properties base, String applicationId) {
        Properties config = new Properties();
        config.putAll(base);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        return config;
    }
}
