package org.releaseradar.cli.pipeline;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * While the pipeline runs in the CLI's JVM, Kafka Connect, Kafka Streams and the connectors log a lot;
 * the terminal shows radar's own progress instead, and every library line goes to one file.
 */
public final class PipelineLogs {

    private PipelineLogs() {
    }

    /** From now on, every log line (INFO and up) goes to {@code file} and none to the console. */
    public static void redirectTo(Path file) {
        if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
            return;
        }
        Configuration config = context.getConfiguration();
        Appender appender = FileAppender.newBuilder()
                .setName("radar-pipeline-file")
                .withFileName(file.toString())
                .withAppend(true)
                .setLayout(PatternLayout.newBuilder().withConfiguration(config)
                        .withPattern("%d{ISO8601} %-5level [%t] %c{1} - %msg%n").build())
                .setConfiguration(config)
                .build();
        appender.start();
        config.addAppender(appender);
        for (LoggerConfig logger : config.getLoggers().values()) {
            logger.getAppenders().keySet().forEach(logger::removeAppender);
        }
        LoggerConfig root = config.getRootLogger();
        root.getAppenders().keySet().forEach(root::removeAppender);
        root.setLevel(Level.INFO);
        root.addAppender(appender, Level.INFO, null);
        for (LoggerConfig logger : config.getLoggers().values()) {
            if (logger != root) {
                logger.setAdditive(true);
            }
        }
        context.updateLoggers();
    }
}
