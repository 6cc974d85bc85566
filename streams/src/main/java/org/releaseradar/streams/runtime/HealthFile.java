package org.releaseradar.streams.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file that is fresh while every streams application is RUNNING ({@value #CONFIG}), for container health
 * checks that cannot ask the JVM: the file is rewritten every {@value #INTERVAL_SECONDS} s while healthy and
 * deleted otherwise, so "modified within the last minute" means healthy. Off when the key is not set.
 */
public final class HealthFile implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HealthFile.class);

    public static final String CONFIG = "radar.health.file";
    static final long INTERVAL_SECONDS = 10;

    private final ScheduledExecutorService timer;
    private final Path file;

    private HealthFile(ScheduledExecutorService timer, Path file) {
        this.timer = timer;
        this.file = file;
    }

    /** Starts updating the file named by {@value #CONFIG} in {@code config}; a no-op when it is not set. */
    public static HealthFile start(Properties config, BooleanSupplier healthy) {
        String name = config.getProperty(CONFIG);
        if (name == null || name.isBlank()) {
            return new HealthFile(null, null);
        }
        Path file = Path.of(name);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "radar-streams-health");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> update(file, healthy.getAsBoolean()), 0, INTERVAL_SECONDS, TimeUnit.SECONDS);
        return new HealthFile(timer, file);
    }

    static void update(Path file, boolean healthy) {
        try {
            if (healthy) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, "RUNNING " + Instant.now() + "\n");
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Keep the timer alive: the next round tries again, and a missing file reads as unhealthy.
            log.warn("cannot update the health file {}: {}", file, e.toString());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Stopping anyway; a stale file ages out of the health check within a minute.
            }
        }
    }
}
