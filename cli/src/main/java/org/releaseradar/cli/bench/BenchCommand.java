package org.releaseradar.cli.bench;

import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.releaseradar.cli.RadarHome;
import org.releaseradar.cli.bench.report.BenchJson;
import org.releaseradar.cli.bench.report.BenchReport;
import org.releaseradar.cli.bench.report.BenchText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radar bench}: throughput, freshness, serde cost and memory against same-run baselines. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures Radar on this machine in one run, against raw Kafka and Elasticsearch baselines taken on the"
                    + " same stack: raw producer/consumer, the streams application (exactly_once_v2), raw bulk"
                    + " indexing, the Elasticsearch sink, freshness at 1,000 and 5,000 records/s, serde cost,"
                    + " the stack's cold start and peak RSS of every process.",
            "Starts its own local stack on an empty data directory unless --config names running services."
                    + " Progress on stderr; the table (or --json) on stdout."})
public final class BenchCommand implements Callable<Integer> {

    /**
     * 20,000 snapshots: on the shared 2-core machine the streams application settles a few hundred to a
     * few thousand snapshots per second and the sink indexes a few hundred to a few thousand documents per
     * second, so each measured stage lasts about 10 s to 1.5 min; with the stack's start (20–40 s), the
     * serde loops (~10 s) and the two 20 s freshness loads (each followed by up to 30 s of waiting for
     * stragglers), a default run takes 3–4 minutes here (load 5–13) and stays under the 10-minute bound even
     * when heavy load slows streams to a few hundred records/s.
     */
    public static final int DEFAULT_RECORDS = 20_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--records", paramLabel = "N", defaultValue = "" + DEFAULT_RECORDS,
            description = "Hub snapshots to generate (default: ${DEFAULT-VALUE}).")
    int records;

    @Option(names = "--json", description = "Print one JSON document instead of the table.")
    boolean json;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use running services (bootstrap.servers, schema.registry.url, elasticsearch.*) instead of"
                    + " starting a local stack; they should be empty, the bench writes Radar's topics and indices.")
    Path config;

    @Option(names = "--seed", defaultValue = "20261123", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--freshness-seconds", paramLabel = "S", defaultValue = "20",
            description = "How long each steady load of the freshness test lasts (default: ${DEFAULT-VALUE}).")
    int freshnessSeconds;

    @Option(names = "--freshness-rates", split = ",", defaultValue = "1000,5000",
            description = "Offered loads of the freshness test, records/s (default: ${DEFAULT-VALUE}).")
    int[] freshnessRates;

    @Option(names = "--profile", paramLabel = "DIR",
            description = "Record JFR profiles of this JVM (streams, sink) and of the Kafka and Elasticsearch servers into DIR.")
    Path profileDir;

    @Option(names = "--streams-config", paramLabel = "KEY=VALUE",
            description = "A Kafka Streams setting for the streams application under test (repeatable), e.g."
                    + " commit.interval.ms=1000 or num.stream.threads=2, to see what a setting buys. Default: none,"
                    + " the application as radar run runs it.")
    java.util.Map<String, String> streamsConfig = new java.util.LinkedHashMap<>();

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory with orgs.csv and alert-rules.json (default: data/ in the clone).")
    Path data;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the run's stack, state and offsets go (default: .radar/bench/run-<time> in the clone;"
                    + " removed after the run unless --keep).")
    Path workDir;

    @Option(names = "--keep", description = "Keep the bench's data directory (stack data and logs) after the run.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        if (records < 100) {
            throw new IllegalArgumentException("--records must be at least 100");
        }
        Properties services = null;
        if (config != null) {
            services = new Properties();
            try (Reader in = Files.newBufferedReader(config)) {
                services.load(in);
            }
        }
        Path home = RadarHome.directory().getParent();
        Path dataDir = data != null ? data : home.resolve("data");
        if (!Files.exists(dataDir.resolve("orgs.csv"))) {
            throw new IllegalArgumentException("no orgs.csv in " + dataDir + " (run from the clone or pass --data DIR)");
        }
        Path work = (workDir != null ? workDir : RadarHome.directory().resolve("bench"))
                .resolve("run-" + System.currentTimeMillis());
        String command = "radar bench --records " + records + (json ? " --json" : "")
                + (config != null ? " --config " + config : "")
                + streamsConfig.entrySet().stream().map(e -> " --streams-config " + e.getKey() + "=" + e.getValue())
                        .collect(java.util.stream.Collectors.joining());
        BenchSettings settings = new BenchSettings(records, seed, freshnessSeconds, freshnessRates,
                dataDir, work, services, streamsConfig, profileDir, keep, command,
                LocalDate.now(ZoneOffset.UTC).toString());
        // The clients, Streams and Connect log a lot at INFO/WARN (EOS retries, rebalances): over a
        // progress bar that is noise. Errors still show.
        Configurator.setRootLevel(Level.ERROR);
        Configurator.setLevel("org.releaseradar", Level.ERROR);
        Progress progress = new Progress(System.err);
        BenchReport report = new Bench(settings, progress).run();
        progress.finish();
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? BenchJson.render(report) : BenchText.render(report));
        out.flush();
        return 0;
    }
}
