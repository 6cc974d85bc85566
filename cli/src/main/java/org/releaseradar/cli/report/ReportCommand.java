package org.releaseradar.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.releaseradar.cli.MonthConverter;
import org.releaseradar.cli.OriginLevelConverter;
import org.releaseradar.cli.elasticsearch.ElasticsearchConnection;
import org.releaseradar.cli.elasticsearch.ElasticsearchOptions;
import org.releaseradar.schemas.avro.OriginLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code radar report --html FILE}: the charts of the stats as one self-contained HTML page. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a self-contained HTML page (inline CSS and SVG, nothing fetched) with mainline releases by origin"
                    + " and month, the share of new derivatives by base origin, the top organisations and the latest"
                    + " alerts, read from Elasticsearch with the same queries as `radar stats` and `radar search`.",
            "Elasticsearch: --config FILE, or else the local stack running in --data-dir."},
        sortOptions = false)
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--html", paramLabel = "FILE", required = true, description = "Where to write the page.")
    Path html;

    @Option(names = "--from", paramLabel = "yyyy-MM", converter = MonthConverter.class,
            description = "First month (default: the " + ReportOptions.DEFAULT_MONTHS + " months up to --to, not before the data).")
    YearMonth from;

    @Option(names = "--to", paramLabel = "yyyy-MM", converter = MonthConverter.class,
            description = "Last month (default: the latest with releases).")
    YearMonth to;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "bloc", converter = OriginLevelConverter.class,
            description = "Origins as blocs (CN, US, EU, OTHER, UNKNOWN) or countries (default: ${DEFAULT-VALUE}).")
    OriginLevel level;

    @Option(names = "--organisations", paramLabel = "N", defaultValue = "10",
            description = "Organisations in the top organisations chart (default: ${DEFAULT-VALUE}).")
    int organisations;

    @Option(names = "--alerts", paramLabel = "N", defaultValue = "10",
            description = "Latest alerts in the table (default: ${DEFAULT-VALUE}).")
    int alerts;

    @Mixin
    ElasticsearchOptions elasticsearch;

    @Override
    public Integer call() throws IOException {
        ReportOptions options;
        try {
            options = new ReportOptions(from, to, level, organisations, alerts);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        ReportData data;
        try (ElasticsearchConnection connection = elasticsearch.connect()) {
            data = connection.run(client -> ReportLoader.load(client, options, "Elasticsearch at " + connection.where(), Instant.now()));
        }
        write(html, HtmlReport.render(data));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Wrote %s: %s, %d origin series, %d organisations, %d alerts.%n", html,
                data.months().isEmpty() ? "no data" : data.months().get(0) + ".." + data.months().get(data.months().size() - 1),
                data.releases().size(), data.topOrganisations().size(), data.latestAlerts().size());
        out.flush();
        return 0;
    }

    /** Writes through a temporary file and a move, so a reader never sees half a page. */
    public static void write(Path file, String page) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, page, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
