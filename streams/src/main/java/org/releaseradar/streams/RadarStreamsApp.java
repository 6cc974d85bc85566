package org.releaseradar.streams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.releaseradar.streams.runtime.EnvironmentConfig;
import org.releaseradar.streams.runtime.HealthFile;
import org.releaseradar.streams.runtime.StreamsRuntime;

/**
 * Runs the streams application on its own (a container, a child process):
 * {@code RadarStreamsApp [radar-streams.properties]} with {@code bootstrap.servers},
 * {@code schema.registry.url}, optionally {@code application.id}, {@code state.dir},
 * {@code radar.alerts.rules.file}, and any Kafka Streams or client setting (security, threads); every key can
 * also be given as an environment variable {@code RADAR_STREAMS_<KEY>} ({@link EnvironmentConfig}), which wins.
 * Creates Radar's topics when they are missing, runs the applications of {@link RadarTopology} through
 * {@link StreamsRuntime}, stops cleanly on SIGTERM; a killed instance resumes exactly where its last
 * commit left it.
 */
public final class RadarStreamsApp {

    private RadarStreamsApp() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 1) {
            System.err.println("usage: RadarStreamsApp [radar-streams.properties]  (and/or RADAR_STREAMS_<KEY> variables)");
            System.exit(2);
        }
        Path file = args.length == 1 ? Path.of(args[0]) : null;
        Properties config = EnvironmentConfig.load(file, System.getenv());
        StreamsRuntime runtime;
        try {
            runtime = StreamsRuntime.start(config);
        } catch (IllegalArgumentException e) {
            System.err.println("radar-streams: " + (file == null ? "" : file + " + ") + EnvironmentConfig.PREFIX + "*: "
                    + e.getMessage());
            System.exit(2);
            return;
        }
        HealthFile health = HealthFile.start(config, runtime::allRunning);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            health.close();
            runtime.close();
            stopped.countDown();
        }, "radar-streams-shutdown"));
        stopped.await();
    }
}
