package org.releaseradar.streams;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.releaseradar.streams.runtime.StreamsRuntime;

/**
 * Runs the streams application on its own (a container, a child process):
 * {@code RadarStreamsApp <radar-streams.properties>} with {@code bootstrap.servers},
 * {@code schema.registry.url}, optionally {@code application.id}, {@code state.dir},
 * {@code radar.alerts.rules.file}, and any Kafka Streams or client setting (security, threads).
 * Creates Radar's topics when they are missing, runs the applications of {@link RadarTopology} through
 * {@link StreamsRuntime}, stops cleanly on SIGTERM; a killed instance resumes exactly where its last
 * commit left it.
 */
public final class RadarStreamsApp {

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
        StreamsRuntime runtime;
        try {
            runtime = StreamsRuntime.start(file);
        } catch (IllegalArgumentException e) {
            System.err.println("radar-streams: " + args[0] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "radar-streams-shutdown"));
        stopped.await();
    }
}
