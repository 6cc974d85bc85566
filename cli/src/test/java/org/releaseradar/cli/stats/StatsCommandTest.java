package org.releaseradar.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.cli.CommandRun.radar;

import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.cli.CommandRun;
import org.releaseradar.cli.Radar;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.search.query.StatsGrouping;
import org.releaseradar.search.query.StatsMetric;
import org.releaseradar.search.query.StatsQuery;
import picocli.CommandLine;

class StatsCommandTest {

    @TempDir
    Path dir;

    private static StatsCommand parse(String... args) {
        CommandLine.ParseResult parsed = Radar.commandLine().parseArgs(args);
        return (StatsCommand) parsed.subcommand().commandSpec().userObject();
    }

    @Test
    void defaultsAreReleasesByCountryAndMonthAsATable() {
        StatsCommand command = parse("stats");
        StatsQuery q = command.query();

        assertThat(q.grouping()).isEqualTo(StatsGrouping.ORIGIN);
        assertThat(q.level()).isEqualTo(OriginLevel.COUNTRY);
        assertThat(q.metric()).isEqualTo(StatsMetric.RELEASES);
        assertThat(q.from()).isNull();
        assertThat(q.to()).isNull();
        assertThat(command.format.json || command.format.csv).isFalse();
    }

    @Test
    void everyOption() {
        StatsCommand command = parse("stats", "--by", "org,month", "--from", "2025-01", "--to", "2025-12",
                "--metric", "downloads", "--csv", "--top", "5");
        StatsQuery q = command.query();

        assertThat(q.grouping()).isEqualTo(StatsGrouping.ORG);
        assertThat(q.from()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(q.to()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(q.metric()).isEqualTo(StatsMetric.DOWNLOADS);
        assertThat(command.format.csv).isTrue();
        assertThat(command.top).isEqualTo(5);
        assertThat(parse("stats", "--level", "bloc", "--metric", "derivative-share", "--json").query().level())
                .isEqualTo(OriginLevel.BLOC);
    }

    @Test
    void inconsistentOptionsAreUsageErrors() {
        CommandRun both = radar("stats", "--json", "--csv");
        assertThat(both.exitCode).isEqualTo(2);
        assertThat(both.err).contains("mutually exclusive");

        CommandRun share = radar("stats", "--by", "org,month", "--metric", "derivative-share", "--data-dir", dir.toString());
        assertThat(share.exitCode).isEqualTo(2);
        assertThat(share.err).contains("needs --by origin,month");

        CommandRun range = radar("stats", "--from", "2025-08", "--to", "2025-07", "--data-dir", dir.toString());
        assertThat(range.exitCode).isEqualTo(2);
        assertThat(range.err).contains("--from 2025-08 is after --to 2025-07");

        assertThat(radar("stats", "--metric", "likes").err).contains("expected one of releases, derivatives, downloads, derivative-share");
        assertThat(radar("stats", "--by", "month").err).contains("expected origin,month or org,month");
        assertThat(radar("stats", "--level", "continent").err).contains("country or bloc");
        assertThat(radar("stats", "--top", "0", "--data-dir", dir.toString()).err).contains("--top must be at least 1");
        assertThat(radar("stats", "--by", "org,month", "--level", "bloc", "--data-dir", dir.toString()).err)
                .contains("--level applies to --by origin,month only");
    }

    @Test
    void withoutARunningStackTheErrorSaysHowToStartOne() {
        CommandRun run = radar("stats", "--data-dir", dir.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).startsWith("radar stats: no local stack is running in").contains("radar stack");
    }

    @Test
    void helpExplainsTheMetrics() {
        CommandRun help = radar("stats", "--help");
        assertThat(help.exitCode).isZero();
        assertThat(help.out).contains("--by").contains("--level").contains("--from").contains("--to").contains("--metric")
                .contains("--json").contains("--csv").contains("derivative-share =");
    }
}
