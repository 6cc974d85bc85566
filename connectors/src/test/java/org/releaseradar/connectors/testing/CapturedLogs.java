package org.releaseradar.connectors.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Every log line of the test JVM (the embedded Connect worker, its tasks and clients included) at INFO and
 * above, and Radar's own at DEBUG, copied into a file while it is open; the console keeps its usual WARN
 * level. For tests that must prove something never reaches a log.
 */
public final class CapturedLogs implements AutoCloseable {

    private final Path file;
    private final Appender appender;
    private final Level rootLevel;
    private final Map<String, Level> consoleLevels = new java.util.HashMap<>();

    private CapturedLogs(Path file, Appender appender, Level rootLevel) {
        this.file = file;
        this.appender = appender;
        this.rootLevel = rootLevel;
    }

    public static CapturedLogs start(Path file) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        FileAppender appender = FileAppender.newBuilder()
                .setName("captured-" + UUID.randomUUID())
                .withFileName(file.toString())
                .setLayout(PatternLayout.newBuilder().withConfiguration(config)
                        .withPattern("%d{HH:mm:ss.SSS} %-5level [%t] %c - %msg%n%throwable").build())
                .setConfiguration(config)
                .build();
        appender.start();
        config.addAppender(appender);
        LoggerConfig root = config.getRootLogger();
        CapturedLogs captured = new CapturedLogs(file, appender, root.getLevel());
        // the console stays at WARN: re-attach its appenders with that level
        for (Map.Entry<String, Appender> existing : root.getAppenders().entrySet()) {
            captured.consoleLevels.put(existing.getKey(), root.getLevel());
            root.removeAppender(existing.getKey());
            root.addAppender(existing.getValue(), Level.WARN, null);
        }
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.INFO);
        LoggerConfig radar = config.getLoggerConfig("org.releaseradar");
        if (radar.getName().equals("org.releaseradar")) {
            radar.setLevel(Level.DEBUG);
        }
        context.updateLoggers();
        return captured;
    }

    public Path file() {
        return file;
    }

    public String text() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        LoggerConfig root = config.getRootLogger();
        root.removeAppender(appender.getName());
        for (String name : consoleLevels.keySet()) {
            Appender console = root.getAppenders().get(name);
            if (console != null) {
                root.removeAppender(name);
                root.addAppender(console, null, null);
            }
        }
        root.setLevel(rootLevel);
        LoggerConfig radar = config.getLoggerConfig("org.releaseradar");
        if (radar.getName().equals("org.releaseradar")) {
            radar.setLevel(Level.INFO);
        }
        context.updateLoggers();
        appender.stop();
    }
}
