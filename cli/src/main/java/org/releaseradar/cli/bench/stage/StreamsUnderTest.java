package org.releaseradar.cli.bench.stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.releaseradar.streams.RadarTopology;
import org.releaseradar.streams.StreamsAppSettings;
import org.releaseradar.streams.aggregate.AggregationSettings;
import org.releaseradar.streams.alerts.AlertSettings;
import org.releaseradar.streams.enrich.EnrichmentSettings;
import org.releaseradar.streams.news.NewsLinkingSettings;

/**
 * Radar's streams applications (enrichment + lineage + aggregation + alerts, and news linking), built
 * exactly as {@code RadarStreamsApp} builds them — same settings, exactly_once_v2 — and run in this JVM.
 * (Uses {@link RadarTopology} directly: the shared {@code StreamsRuntime} of branch wip/run had not
 * landed when the bench was written.)
 */
public final class StreamsUnderTest implements AutoCloseable {

    private final List<KafkaStreams> running = new ArrayList<>();
    private final CountDownLatch mainRunning = new CountDownLatch(1);
    private final String applicationId;
    private volatile long runningSinceNanos;

    private StreamsUnderTest(String applicationId) {
        this.applicationId = applicationId;
    }

    public static StreamsUnderTest start(Endpoints endpoints, String applicationId, Path rulesFile) {
        StreamsAppSettings app = new StreamsAppSettings(endpoints.bootstrapServers(), endpoints.schemaRegistryUrl(),
                applicationId, endpoints.workDir().resolve("streams-state"),
                Map.of(AlertSettings.RULES_FILE_CONFIG, rulesFile.toString()));
        RadarTopology.Settings stages = new RadarTopology.Settings(EnrichmentSettings.defaults(),
                NewsLinkingSettings.defaults(), AggregationSettings.defaults(), AlertSettings.load(rulesFile));
        Properties config = app.toProperties();
        StreamsUnderTest test = new StreamsUnderTest(applicationId);
        for (RadarTopology.Application application : RadarTopology.build(app.serdes(), stages, config)) {
            KafkaStreams streams = new KafkaStreams(application.topology(),
                    RadarTopology.configFor(config, application.applicationId()));
            streams.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.REPLACE_THREAD);
            if (application.applicationId().equals(applicationId)) {
                streams.setStateListener((now, before) -> {
                    if (now == KafkaStreams.State.RUNNING && test.runningSinceNanos == 0) {
                        test.runningSinceNanos = System.nanoTime();
                        test.mainRunning.countDown();
                    }
                });
            }
            test.running.add(streams);
        }
        test.running.forEach(KafkaStreams::start);
        return test;
    }

    /** Waits until the main application is RUNNING (assigned, stores ready); returns System.nanoTime() then. */
    public long awaitRunning(Duration timeout) throws InterruptedException {
        if (!mainRunning.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the streams application " + applicationId + " was not RUNNING within " + timeout);
        }
        return runningSinceNanos;
    }

    public String applicationId() {
        return applicationId;
    }

    @Override
    public void close() {
        running.forEach(s -> s.close(Duration.ofSeconds(30)));
    }
}
