package org.releaseradar.cli.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.releaseradar.cli.RadarHome;
import org.releaseradar.cli.pipeline.Pipeline;
import org.releaseradar.cli.pipeline.SourcePlan;
import org.releaseradar.cli.report.HtmlReport;
import org.releaseradar.cli.report.ReportCommand;
import org.releaseradar.cli.report.ReportData;
import org.releaseradar.cli.report.ReportLoader;
import org.releaseradar.cli.report.ReportOptions;
import org.releaseradar.fixtures.FixtureOptions;
import org.releaseradar.fixtures.FixtureServer;
import org.releaseradar.fixtures.slack.SlackReceiver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radar demo}: {@code radar run --once} on the bundled recordings (a local fixture server answers
 * like the Hub, the feeds and Epoch), alerts posted to a local Slack receiver that prints each message,
 * then the report and an HTML page. Everything lives in a fresh {@code .radar/demo/} so that every demo
 * starts from nothing and prints the same figures.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the whole pipeline once on the bundled data: the local stack, a fixture server with the recorded"
                    + " Hub, feeds and Epoch data, a local Slack receiver that prints each alert it gets, the source"
                    + " connectors, the streams applications, the Elasticsearch and Slack sinks.",
            "When every source is read and the pipeline idle it prints releases by origin and month, derivatives by"
                    + " base origin, a sample search, the alerts and the dead-letter count, writes an HTML report and stops."})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The demo's directory, emptied first (default: .radar/demo in the clone).")
    Path dataDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "The longest wait for the pipeline to catch up (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = RadarHome.bundledData();
        Path dir = (dataDir == null ? RadarHome.directory().resolve("demo") : dataDir).toAbsolutePath();
        deleteTree(dir);
        Path html = dir.resolve("report.html");
        try (FixtureServer fixtures = FixtureServer.start(FixtureOptions.of(data));
             SlackReceiver slack = SlackReceiver.start()) {
            slack.printMessagesTo(new PrintStream(new WriterStream(out), true, StandardCharsets.UTF_8));
            SourcePlan plan = new SourcePlan(
                    Optional.of(new SourcePlan.Hub(fixtures.hubUrl(), hubAuthors(data), Optional.empty())),
                    fixtures.feedUrls(), Optional.of(fixtures.epochCsvUrl()), data.resolve("orgs.csv").toString());
            out.printf("Release Radar demo: the bundled data (%s) served by a local fixture server at %s;"
                    + " Slack alerts go to a local receiver at %s.%n", data, fixtures.baseUrl(), slack.baseUrl());
            PipelineRun.Settings settings = new PipelineRun.Settings(plan, Optional.empty(),
                    Optional.of(slack.webhook("radar-alerts")), dir, data.resolve("alert-rules.json"), true,
                    Duration.ofSeconds(timeoutSeconds),
                    // ~150 alerts at Slack's one message a second would take minutes: the demo posts CRITICAL
                    // alerts one by one and collects the rest into a digest every 2 s.
                    Optional.of(new Pipeline.SlackDigest(Duration.ofSeconds(2), "WARNING")));
            int code = RunCommand.execute(new PipelineRun(settings, out), out, false, true, (es, report) -> {
                // The HTML report of wip/report-compose, read from the same Elasticsearch.
                ReportData page = ReportLoader.load(es, ReportOptions.defaults(), "radar demo (bundled data)", Instant.now());
                ReportCommand.write(html, HtmlReport.render(page));
                out.printf("%nHTML report: %s%n", html);
                out.printf("Slack receiver: %d message(s) accepted.%n", slack.messages().size());
                out.flush();
            });
            out.printf("Demo %s. Its data (stack, offsets, state, radar.log) is in %s.%n",
                    code == 0 ? "done" : "ended incomplete", dir);
            out.flush();
            return code;
        }
    }

    /** The authors whose Hub listings are recorded in data/hub/models (one file each). */
    static List<String> hubAuthors(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("hub").resolve("models"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The Slack receiver prints to a PrintStream; the command's output is a PrintWriter. */
    private static final class WriterStream extends OutputStream {
        private final PrintWriter out;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        WriterStream(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void flush() {
            out.print(line.toString(StandardCharsets.UTF_8));
            out.flush();
            line.reset();
        }
    }
}
