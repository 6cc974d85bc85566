package org.releaseradar.streams;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.releaseradar.streams.aggregate.AggregationSettings;
import org.releaseradar.streams.alerts.AlertSettings;
import org.releaseradar.streams.enrich.EnrichmentSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the streams application on its own (a container, a child process):
 * {@code RadarStreamsApp <radar-streams.properties>} with {@code bootstrap.servers},
 * {@code schema.registry.url}, optionally {@code application.id}, {@code state.dir},
 * {@code radar.alerts.rules.file}, and any Kafka Streams or client setting (security, threads).
 * Stops cleanly on SIGTERM; a killed instance resumes exactly where its last commit left it.
 */
public final class RadarStreamsApp {

    private static final Logger log = LoggerFactory.getLogger(RadarStreamsApp.class);
    private static final Set<String> OWN_KEYS = Set.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "schema.registry.url",
            StreamsConfig.APPLICATION_ID_CONFIG, StreamsConfig.STATE_DIR_CONFIG);

    private RadarStreamsApp() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
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
        RadarTopology.Settings stages = new RadarTopology.Settings(EnrichmentSettings.defaults(),
                AggregationSettings.defaults(), AlertSettings.fromConfig(overrides));

        Properties config = app.toProperties();
        KafkaStreams streams = new KafkaStreams(RadarTopology.build(app.serdes(), stages, config), config);
        // A failed stream thread is replaced; its tasks resume from their last exactly-once commit.
        streams.setUncaughtExceptionHandler(e -> {
            log.error("stream thread failed; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close(Duration.ofSeconds(30));
            stopped.countDown();
        }, "radar-streams-shutdown"));
        streams.setStateListener((now, before) -> log.info("streams state {} -> {}", before, now));
        streams.start();
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
