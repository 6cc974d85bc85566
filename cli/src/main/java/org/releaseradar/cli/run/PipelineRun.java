package org.releaseradar.cli.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.releaseradar.cli.pipeline.IdleCriterion;
import org.releaseradar.streams.alerts.AlertSettings;
import org.releaseradar.cli.pipeline.Pipeline;
import org.releaseradar.cli.pipeline.PipelineEndpoints;
import org.releaseradar.cli.pipeline.PipelineLogs;
import org.releaseradar.cli.pipeline.PipelineMonitor;
import org.releaseradar.cli.pipeline.Progress;
import org.releaseradar.cli.pipeline.SourcePlan;
import org.releaseradar.schemas.Topics;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackOptions;

/**
 * One run of the pipeline, shared by {@code radar run} and {@code radar demo}: the local stack (unless
 * external endpoints are configured), the pipeline, progress lines while it works, and the report once
 * every source is caught up and the pipeline idle ({@link IdleCriterion}).
 */
final class PipelineRun {

    /**
     * @param plan         the sources
     * @param config       external endpoints, or empty for the local stack under {@code dataDir/stack}
     * @param slackWebhook where alerts are posted, if anywhere
     * @param dataDir      the run's directory: stack, Connect offsets, streams state, log
     * @param rulesFile    alert rules
     * @param once         stop when caught up and idle (else run until interrupted)
     * @param timeout      with {@code once}: the longest wait for that
     */
    record Settings(SourcePlan plan, Optional<Path> config, Optional<String> slackWebhook, Path dataDir, Path rulesFile,
                    boolean once, Duration timeout, Optional<Pipeline.SlackDigest> slackDigest) {
    }

    /** What {@link #run} ends with: the report (null when it never got that far) and whether it is complete. */
    record Outcome(RunReport report, boolean timedOut) {
        boolean complete() {
            return report != null && !timedOut && report.failedSources().isEmpty();
        }
    }

    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    private static final Duration PRINT_EVERY = Duration.ofSeconds(3);

    private final Settings settings;
    private final PrintWriter progress;
    private final long started = System.nanoTime();

    PipelineRun(Settings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Runs; with {@code once} returns when idle or timed out, else runs until the thread is interrupted
     * or {@code stop} counts down, printing a report each time the pipeline becomes idle.
     *
     * @param whenIdle called with the open Elasticsearch client once the report is read (the demo writes the
     *                 HTML report there), may be null
     */
    Outcome run(CountDownLatch stop, Consumer<RunReport> onReport, ElasticsearchUser whenIdle)
            throws IOException, InterruptedException {
        Path dataDir = settings.dataDir().toAbsolutePath();
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("radar.log");
        PipelineLogs.redirectTo(log);
        say("Data directory %s (library logs in %s)", dataDir, log);
        LocalStack stack = null;
        try {
            PipelineEndpoints endpoints;
            if (settings.config().isPresent()) {
                endpoints = PipelineEndpoints.fromFile(settings.config().get());
                say("Using Kafka %s, registry %s and Elasticsearch %s from %s (no local stack).",
                        endpoints.bootstrapServers(), endpoints.registryWhere(), endpoints.elasticsearchWhere(),
                        settings.config().get());
            } else {
                say("Starting the local stack (Kafka, schema registry, Elasticsearch) in %s ...", dataDir.resolve("stack"));
                stack = LocalStack.start(LocalStackOptions.of(dataDir.resolve("stack")));
                endpoints = PipelineEndpoints.local(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl(),
                        stack.elasticsearchUrl());
                say("Local stack ready: Kafka %s, registry %s, Elasticsearch %s", stack.kafkaBootstrapServers(),
                        stack.schemaRegistryUrl(), stack.elasticsearchUrl());
            }
            say("Starting the streams applications and a Connect worker with %d source connector(s), the Elasticsearch"
                    + " sink%s ...", settings.plan().connectors(Map.of(), null).size(),
                    settings.slackWebhook().isPresent() ? " and the Slack sink" : "");
            try (Pipeline pipeline = Pipeline.start(new Pipeline.Settings(endpoints, settings.plan(),
                    settings.slackWebhook(), dataDir, settings.rulesFile(), settings.once(), settings.slackDigest()));
                 PipelineMonitor monitor = new PipelineMonitor(pipeline);
                 ElasticsearchClient es = ElasticsearchClientFactory.create(endpoints.elasticsearchSettings())) {
                say("Pipeline started; waiting until every source is read and the pipeline is idle%s.",
                        settings.once() ? " (at most " + settings.timeout().toSeconds() + " s)" : "");
                return watch(pipeline, monitor, es, endpoints, stop, onReport, whenIdle);
            } finally {
                say("Stopping the pipeline%s ...", stack == null ? "" : " and the local stack");
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    /** Something to do with Elasticsearch once the pipeline is idle (the demo's HTML report). */
    interface ElasticsearchUser {
        void use(ElasticsearchClient es, RunReport report) throws IOException;
    }

    private Outcome watch(Pipeline pipeline, PipelineMonitor monitor, ElasticsearchClient es, PipelineEndpoints endpoints,
                          CountDownLatch stop, Consumer<RunReport> onReport, ElasticsearchUser whenIdle)
            throws IOException, InterruptedException {
        // Looks are a second apart; a rule that fires only after its data settled gets that long on top.
        long settleSeconds = (AlertSettings.load(settings.rulesFile()).longestSettle().toMillis() + 999) / 1000;
        IdleCriterion idle = new IdleCriterion(IdleCriterion.QUIET_LOOKS + (int) settleSeconds);
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        long lastPrint = 0;
        String lastLine = "";
        boolean reported = false;
        RunReport report = null;
        List<String> announcedFailures = new ArrayList<>();
        while (true) {
            Progress look = monitor.look();
            for (Progress.SourceRead failed : look.failedReads()) {
                String what = failed.expected().display() + ": " + failed.failure();
                if (!announcedFailures.contains(what)) {
                    announcedFailures.add(what);
                    say("SOURCE FAILED %s (retried by the connector; see the log)", what);
                }
            }
            boolean isIdle = idle.idleAfter(look);
            String line = line(look);
            long now = System.nanoTime();
            if (!line.equals(lastLine) || now - lastPrint > PRINT_EVERY.toNanos() * 3) {
                if (now - lastPrint >= PRINT_EVERY.toNanos() || isIdle) {
                    say("%s", line);
                    lastLine = line;
                    lastPrint = now;
                }
            }
            // A report each time the pipeline becomes idle: once with --once, else after every burst of work.
            if (isIdle && !reported) {
                say("%s: every source read%s, every consumer group at the end of its topics, no topic moved for %d s.",
                        look.failedReads().isEmpty() ? "Caught up and idle" : "Idle, with failed sources",
                        look.failedReads().isEmpty() ? "" : " or failed after its retries", idle.quietLooks());
                report = RunReportReader.read(es, endpoints, look, elapsed());
                onReport.accept(report);
                if (whenIdle != null) {
                    whenIdle.use(es, report);
                }
                reported = true;
                if (settings.once()) {
                    return new Outcome(report, false);
                }
            } else if (!isIdle && reported) {
                reported = false;
            }
            if (settings.once() && now > deadline) {
                say("Gave up waiting after %d s: %s.", settings.timeout().toSeconds(), IdleCriterion.stage(look));
                report = RunReportReader.read(es, endpoints, look, elapsed());
                onReport.accept(report);
                return new Outcome(report, true);
            }
            if (stop.await(LOOK_EVERY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return new Outcome(report, false);
            }
        }
    }

    private String line(Progress look) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-15s", IdleCriterion.stage(look)));
        s.append(String.format(Locale.ROOT, " sources %d/%d", look.readsDone(), look.reads().size()));
        s.append(" | in: hf ").append(look.topic(Topics.HF_MODELS))
                .append(" epoch ").append(look.topic(Topics.EPOCH_MODELS))
                .append(" news ").append(look.topic(Topics.NEWS_RAW))
                .append(" orgs ").append(look.topic(Topics.ORGS));
        s.append(" | out: releases ").append(look.topic(Topics.RELEASES))
                .append(" news ").append(look.topic(Topics.NEWS))
                .append(" stats ").append(look.topic(Topics.STATS_ORIGIN_MONTH))
                .append(" alerts ").append(look.topic(Topics.ALERTS))
                .append(" dlq ").append(look.topic(Topics.DLQ));
        s.append(" | lag:");
        look.groupLags().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> s.append(' ')
                .append(e.getKey().replace("connect-radar-", "").replace(Pipeline.APPLICATION_ID, "streams"))
                .append(' ').append(e.getValue() == Long.MAX_VALUE ? "?" : e.getValue().toString()));
        if (!look.failures().isEmpty()) {
            s.append(" | FAILED: ").append(String.join("; ", look.failures()));
        }
        return s.toString();
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private void say(String format, Object... args) {
        progress.printf(Locale.ROOT, "[%4ds] %s%n", elapsed().toSeconds(), String.format(Locale.ROOT, format, args));
        progress.flush();
    }
}
