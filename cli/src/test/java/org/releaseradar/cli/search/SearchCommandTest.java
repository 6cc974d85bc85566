package org.releaseradar.cli.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.cli.CommandRun.radar;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.cli.CommandRun;
import org.releaseradar.cli.Radar;
import org.releaseradar.search.query.DocType;
import org.releaseradar.search.query.SearchQuery;
import picocli.CommandLine;

class SearchCommandTest {

    @TempDir
    Path dir;

    private static SearchQuery parse(String... args) {
        CommandLine radar = Radar.commandLine();
        CommandLine.ParseResult parsed = radar.parseArgs(args);
        SearchCommand command = (SearchCommand) parsed.subcommand().commandSpec().userObject();
        return command.query();
    }

    @Test
    void wordsOptionsAndDefaults() {
        SearchQuery q = parse("search", "qwen3", "coder", "--origin", "cn", "--org", "Mistral AI", "--month", "2025-07",
                "--type", "release,news", "--limit", "3");

        assertThat(q.text()).isEqualTo("qwen3 coder");
        assertThat(q.origin().code()).isEqualTo("CN");
        assertThat(q.organization()).isEqualTo("Mistral AI");
        assertThat(q.month()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(q.types()).containsExactlyInAnyOrder(DocType.RELEASE, DocType.NEWS);
        assertThat(q.limit()).isEqualTo(3);

        SearchQuery defaults = parse("search", "*");
        assertThat(defaults.types()).containsExactlyInAnyOrder(DocType.values());
        assertThat(defaults.limit()).isEqualTo(10);
        assertThat(defaults.origin()).isNull();
        assertThat(parse("search", "x", "--type", "alert", "--type", "news").types())
                .containsExactlyInAnyOrder(DocType.ALERT, DocType.NEWS);
    }

    @Test
    void badValuesAreUsageErrorsThatSayWhatIsExpected() {
        CommandRun month = radar("search", "x", "--month", "July");
        assertThat(month.exitCode).isEqualTo(2);
        assertThat(month.err).contains("'July' is not a month: write yyyy-MM, e.g. 2025-07");

        assertThat(radar("search", "x", "--origin", "China").err).contains("two-letter country code");
        assertThat(radar("search", "x", "--type", "model").err).contains("expected one of release, news, alert");

        CommandRun limit = radar("search", "x", "--limit", "-1", "--data-dir", dir.toString());
        assertThat(limit.exitCode).isEqualTo(2);
        assertThat(limit.err).contains("limit must be between 0 and 10000");

        CommandRun noQuery = radar("search");
        assertThat(noQuery.exitCode).isEqualTo(2);
        assertThat(noQuery.err).contains("QUERY");
    }

    @Test
    void withoutARunningStackTheErrorSaysHowToStartOne() {
        CommandRun run = radar("search", "qwen", "--data-dir", dir.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.lines()).singleElement().asString()
                .startsWith("radar search: no local stack is running in " + dir.toAbsolutePath())
                .contains("start one with `radar stack`")
                .contains("--config radar.properties");
    }

    @Test
    void anUnreachableClusterIsNamedByItsUrl() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = Files.writeString(dir.resolve("radar.properties"), "elasticsearch.url=http://127.0.0.1:" + port + "\n");

        CommandRun run = radar("search", "qwen", "--config", config.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.lines()).singleElement().asString()
                .isEqualTo("radar search: cannot reach Elasticsearch at http://127.0.0.1:" + port + ": connection refused (is it running?)");
    }

    @Test
    void aBadConfigFileIsNamed() throws IOException {
        CommandRun missing = radar("search", "qwen", "--config", dir.resolve("nope.properties").toString());
        assertThat(missing.err).startsWith("radar search: no such config file: ").contains("nope.properties");

        Path noUrl = Files.writeString(dir.resolve("radar.properties"), "kafka.bootstrap.servers=x:9092\n");
        assertThat(radar("search", "qwen", "--config", noUrl.toString()).err)
                .contains("radar.properties: missing elasticsearch.url");
    }

    @Test
    void helpListsTheOptions() {
        CommandRun help = radar("search", "--help");
        assertThat(help.exitCode).isZero();
        assertThat(help.out).contains("QUERY").contains("--origin").contains("--org").contains("--month")
                .contains("--type").contains("--limit").contains("--json").contains("--config").contains("--data-dir");
        assertThat(radar("--help").out).contains("search").contains("stats");
    }
}
