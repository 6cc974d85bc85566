package org.releaseradar.cli.bench.stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.releaseradar.schemas.registry.RegistryConfig;
import org.releaseradar.streams.alerts.AlertSettings;
import org.releaseradar.streams.runtime.StreamsRuntime;

/**
 * Radar's streams applications (enrichment + lineage + aggregation + alerts, and news linking) as
 * {@code radar run} and {@code RadarStreamsApp} run them — {@link StreamsRuntime}, default settings,
 * exactly_once_v2 — in this JVM.
 */
public final class StreamsUnderTest implements AutoCloseable {

    private final StreamsRuntime runtime;
    private final String applicationId;

    private StreamsUnderTest(StreamsRuntime runtime, String applicationId) {
        this.runtime = runtime;
        this.applicationId = applicationId;
    }

    public static StreamsUnderTest start(Endpoints endpoints, String applicationId, Path rulesFile,
                                         java.util.Map<String, String> overrides) {
        Properties properties = new Properties();
        properties.putAll(overrides);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers());
        properties.put(RegistryConfig.URL, endpoints.schemaRegistryUrl());
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, endpoints.workDir().resolve("streams-state").toString());
        properties.put(AlertSettings.RULES_FILE_CONFIG, rulesFile.toString());
        return new StreamsUnderTest(StreamsRuntime.start(properties), applicationId);
    }

    /** Waits until the main application is RUNNING (assigned, stores ready); returns System.nanoTime() then. */
    public long awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (runtime.states().get(applicationId) != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the streams application " + applicationId + " was not RUNNING within "
                        + timeout + ": " + runtime.states());
            }
            Thread.sleep(10);
        }
        return System.nanoTime();
    }

    public String applicationId() {
        return applicationId;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
