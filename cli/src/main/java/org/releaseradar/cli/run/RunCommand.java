package org.releaseradar.cli.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.releaseradar.cli.RadarHome;
import org.releaseradar.cli.pipeline.Pipeline;
import org.releaseradar.cli.pipeline.SourcePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code radar run}: the whole pipeline on real (or given) sources. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the whole pipeline — source connectors in an in-process Connect worker, the streams applications,"
                    + " the Elasticsearch sink and, with --slack-webhook, the Slack sink — on the local stack (started"
                    + " under --data-dir) or on the Kafka, registry and Elasticsearch of --config.",
            "Sources by default: the Hugging Face Hub (every namespace of the org registry), a list of AI news feeds"
                    + " and Epoch AI's notable models. Any source option replaces the defaults: only the sources given run.",
            "With --once it stops when every source is read and the pipeline is idle, and prints the report;"
                    + " without, it runs until Ctrl-C and a later run on the same --data-dir resumes."})
public final class RunCommand implements Callable<Integer> {

    /** Exit code when the run ended but a source failed or the wait timed out (the report says which). */
    public static final int INCOMPLETE = 3;

    @Spec
    private CommandSpec spec;

    @Mixin
    RunOptions sources = new RunOptions();

    @Option(names = "--once", description = "Stop when every source is caught up and the pipeline idle; print the report.")
    boolean once;

    @Option(names = "--json", description = "Print the report as one JSON document (progress goes to stderr).")
    boolean json;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file with external bootstrap.servers, schema.registry.url and elasticsearch.*"
                    + " (plus security.protocol, sasl.*, ssl.*, basic.auth.user.info, elasticsearch.username/password/"
                    + "api.key/ssl.*): no local stack is started.")
    Path config;

    @Option(names = "--slack-webhook", paramLabel = "URL", description = "Post alerts to this Slack incoming webhook.")
    String slackWebhook;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the run keeps the local stack, Connect offsets and streams state (default: .radar/run in the clone).")
    Path dataDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "With --once: the longest wait for the pipeline to catch up (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PipelineRun.Settings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter progress = json ? spec.commandLine().getErr() : out;
        return execute(new PipelineRun(settings, progress), out, json, once, null);
    }

    PipelineRun.Settings settings() {
        if (timeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        SourcePlan plan;
        Optional<String> webhook;
        try {
            plan = sources.plan(RadarHome.bundledData().resolve("orgs.csv"));
            webhook = Optional.ofNullable(slackWebhook).map(w -> RunOptions.httpUrl("--slack-webhook", w));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = (dataDir == null ? RadarHome.directory().resolve("run") : dataDir).toAbsolutePath();
        return new PipelineRun.Settings(plan, Optional.ofNullable(config), webhook, dir,
                RadarHome.bundledData().resolve("alert-rules.json"), once, Duration.ofSeconds(timeoutSeconds),
                // INFO alerts (download milestones) come by the dozen on a first run: one digest a minute.
                Optional.of(new Pipeline.SlackDigest(Duration.ofMinutes(1), "INFO")));
    }

    /**
     * Runs and prints; shared with the demo. Without {@code once}, Ctrl-C stops the run cleanly (the
     * worker flushes its offsets, the streams applications commit) before the JVM exits.
     */
    static int execute(PipelineRun run, PrintWriter out, boolean json, boolean once, PipelineRun.ElasticsearchUser whenIdle)
            throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                done.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "radar-run-stop");
        if (!once) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try {
            PipelineRun.Outcome outcome = run.run(stop, report -> {
                out.print(json ? RunReportJson.render(report) : RunReportText.render(report));
                out.flush();
            }, whenIdle);
            if (outcome.report() == null) {
                return once ? INCOMPLETE : 0;
            }
            return outcome.complete() || !once ? 0 : INCOMPLETE;
        } finally {
            done.countDown();
            if (!once) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it waits for done, counted down above
                }
            }
        }
    }
}
