package org.releaseradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RadarTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine radar = Radar.commandLine();
        radar.setOut(new PrintWriter(out, true));
        radar.setErr(new PrintWriter(err, true));
        return radar.execute(args);
    }

    @Test
    void helpListsTheStackCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: radar").contains("stack");
    }

    @Test
    void versionComesFromTheBuild() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("radar ").doesNotContain("${");
    }

    @Test
    void stackHelpDescribesItsOptions() {
        assertThat(run("stack", "--help")).isZero();
        assertThat(out.toString()).contains("--data-dir").contains("--ready-timeout").contains("Ctrl-C");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("stack", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option");
    }

    @Test
    void aFailedStartIsOneClearMessageNotAStackTrace(@TempDir Path dir) throws Exception {
        // A data directory that is a regular file cannot hold a stack.
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        assertThat(run("stack", "--data-dir", file.toString(), "--ready-timeout", "5")).isEqualTo(1);

        assertThat(err.toString()).startsWith("radar stack: ").doesNotContain("\tat ");
    }
}
