package org.releaseradar.streams;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.releaseradar.schemas.TopicLayout;
import org.releaseradar.streams.aggregate.AggregationSettings;
import org.releaseradar.streams.alerts.AlertSettings;
import org.releaseradar.streams.enrich.EnrichmentSettings;
import org.releaseradar.streams.news.NewsLinkingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the streams application on its own (a container, a child process):
 * {@code RadarStreamsApp <radar-streams.properties>} with {@code bootstrap.servers},
 * {@code schema.registry.url}, optionally {@code application.id}, {@code state.dir},
 * {@code radar.alerts.rules.file}, and any Kafka Streams or client setting (security, threads).
 * Creates Radar's topics when they are missing, runs the applications of {@link RadarTopology}, stops
 * cleanly on SIGTERM; a killed instance resumes exactly where its last commit left it.
 */
public final class RadarStreamsApp {

    private static final Logger log = LoggerFactory.getLogger(RadarStreamsApp.class);
    /** Partitions and replication of the topics the app creates when they are missing. */
    static final String TOPIC_PARTITIONS = "radar.topic.partitions";
    static final String TOPIC_REPLICATION = "radar.topic.replication.factor";
    private static final Set<String> OWN_KEYS = Set.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "schema.registry.url",
            StreamsConfig.APPLICATION_ID_CONFIG, StreamsConfig.STATE_DIR_CONFIG, TOPIC_PARTITIONS, TOPIC_REPLICATION);

    private RadarStreamsApp() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        if (args.length != 1) {
            System.err.println("usage: RadarStreamsApp <radar-streams.properties>");
            System.exit(2);
        }
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
            file.load(in);
        }
        Map<String, String> overrides = new HashMap<>();
        file.stringPropertyNames().stream().filter(k -> !OWN_KEYS.contains(k))
                .forEach(k -> overrides.put(k, file.getProperty(k)));
        StreamsAppSettings app = new StreamsAppSettings(
                required(file, StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]),
                required(file, "schema.registry.url", args[0]),
                file.getProperty(StreamsConfig.APPLICATION_ID_CONFIG, StreamsAppSettings.DEFAULT_APPLICATION_ID),
                Path.of(file.getProperty(StreamsConfig.STATE_DIR_CONFIG, "state")),
                overrides);
        RadarTopology.Settings stages = new RadarTopology.Settings(EnrichmentSettings.defaults(), NewsLinkingSettings.defaults(),
                AggregationSettings.defaults(), AlertSettings.fromConfig(overrides));

        Properties config = app.toProperties();
        try (Admin admin = Admin.create(config)) {
            List<String> created = TopicLayout.ensure(admin, Integer.parseInt(file.getProperty(TOPIC_PARTITIONS, "4")),
                    Short.parseShort(file.getProperty(TOPIC_REPLICATION, "-1")));
            if (!created.isEmpty()) {
                log.info("created topics {}", created);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create Radar's topics on " + app.bootstrapServers() + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
        List<KafkaStreams> running = new ArrayList<>();
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
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.forEach(s -> s.close(Duration.ofSeconds(30)));
            stopped.countDown();
        }, "radar-streams-shutdown"));
        running.forEach(KafkaStreams::start);
        stopped.await();
    }

    private static String required(Properties file, String key, String path) {
        String value = file.getProperty(key);
        if (value == null || value.isBlank()) {
            System.err.println("radar-streams: " + path + " has no " + key);
            System.exit(2);
        }
        return value;
    }
}
