package org.releaseradar.streams.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.releaseradar.schemas.TopicLayout;
import org.releaseradar.streams.RadarTopology;
import org.releaseradar.streams.StreamsAppSettings;
import org.releaseradar.streams.aggregate.AggregationSettings;
import org.releaseradar.streams.alerts.AlertSettings;
import org.releaseradar.streams.enrich.EnrichmentSettings;
import org.releaseradar.streams.news.NewsLinkingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Radar's Kafka Streams applications ({@link RadarTopology}) running in this JVM, started from the same
 * properties {@code RadarStreamsApp} reads: {@code bootstrap.servers}, {@code schema.registry.url},
 * optionally {@code application.id}, {@code state.dir}, {@code radar.alerts.rules.file},
 * {@code radar.topic.partitions}, {@code radar.topic.replication.factor}, and any Kafka Streams or client
 * setting (security, threads). Used by the standalone main, {@code radar run}/{@code demo} and the bench.
 */
public final class StreamsRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamsRuntime.class);
    /** Partitions and replication of the topics the runtime creates when they are missing. */
    public static final String TOPIC_PARTITIONS = "radar.topic.partitions";
    public static final String TOPIC_REPLICATION = "radar.topic.replication.factor";
    private static final Set<String> OWN_KEYS = Set.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "schema.registry.url",
            StreamsConfig.APPLICATION_ID_CONFIG, StreamsConfig.STATE_DIR_CONFIG, TOPIC_PARTITIONS, TOPIC_REPLICATION);

    private final List<KafkaStreams> running;
    private final List<String> applicationIds;

    private StreamsRuntime(List<KafkaStreams> running, List<String> applicationIds) {
        this.running = running;
        this.applicationIds = applicationIds;
    }

    /** The settings {@code properties} describe; a missing required key is an {@link IllegalArgumentException}. */
    public static StreamsAppSettings settings(Properties properties) {
        Map<String, String> overrides = new HashMap<>();
        properties.stringPropertyNames().stream().filter(k -> !OWN_KEYS.contains(k))
                .forEach(k -> overrides.put(k, properties.getProperty(k)));
        return new StreamsAppSettings(
                required(properties, StreamsConfig.BOOTSTRAP_SERVERS_CONFIG),
                required(properties, "schema.registry.url"),
                properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG, StreamsAppSettings.DEFAULT_APPLICATION_ID),
                Path.of(properties.getProperty(StreamsConfig.STATE_DIR_CONFIG, "state")),
                overrides);
    }

    /** Creates Radar's missing topics, then starts both applications (they run on their own threads). */
    public static StreamsRuntime start(Properties properties) {
        StreamsAppSettings app = settings(properties);
        RadarTopology.Settings stages = new RadarTopology.Settings(EnrichmentSettings.defaults(),
                NewsLinkingSettings.defaults(), AggregationSettings.defaults(), AlertSettings.fromConfig(app.overrides()));
        Properties config = app.toProperties();
        ensureTopics(properties);
        List<KafkaStreams> running = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (RadarTopology.Application application : RadarTopology.build(app.serdes(), stages, config)) {
            KafkaStreams streams = new KafkaStreams(application.topology(),
                    RadarTopology.configFor(config, application.applicationId()));
            // A failed stream thread is replaced; its tasks resume from their last exactly-once commit.
            streams.setUncaughtExceptionHandler(e -> {
                log.error("{}: stream thread failed; replacing it", application.applicationId(), e);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            streams.setStateListener((now, before) ->
                    log.info("{}: streams state {} -> {}", application.applicationId(), before, now));
            running.add(streams);
            ids.add(application.applicationId());
        }
        running.forEach(KafkaStreams::start);
        return new StreamsRuntime(running, ids);
    }

    /** Creates Radar's topics that are missing ({@link #TOPIC_PARTITIONS}, {@link #TOPIC_REPLICATION}); idempotent. */
    public static void ensureTopics(Properties properties) {
        ensureTopics(settings(properties).toProperties(), Integer.parseInt(properties.getProperty(TOPIC_PARTITIONS, "4")),
                Short.parseShort(properties.getProperty(TOPIC_REPLICATION, "-1")));
    }

    private static void ensureTopics(Properties config, int partitions, short replication) {
        try (Admin admin = Admin.create(config)) {
            List<String> created = TopicLayout.ensure(admin, partitions, replication);
            if (!created.isEmpty()) {
                log.info("created topics {}", created);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create Radar's topics on "
                    + config.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG) + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Radar's topics", e);
        }
    }

    /** The consumer group (application) ids, main application first: what lag is measured on. */
    public List<String> applicationIds() {
        return List.copyOf(applicationIds);
    }

    /** Each application's state, by application id. */
    public Map<String, KafkaStreams.State> states() {
        Map<String, KafkaStreams.State> states = new HashMap<>();
        for (int i = 0; i < running.size(); i++) {
            states.put(applicationIds.get(i), running.get(i).state());
        }
        return states;
    }

    /** True when every application is RUNNING (not rebalancing, not failed). */
    public boolean allRunning() {
        return running.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING);
    }

    /** Stops both applications, committing what they processed. */
    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    public void close(Duration timeout) {
        running.forEach(s -> s.close(timeout));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }
}
