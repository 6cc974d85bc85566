package org.releaseradar.stack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheLastLines() throws IOException {
        Path log = dir.resolve("x.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n")));

        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 98", "line 99", "line 100");
    }

    @Test
    void shortFilesComeWhole() throws IOException {
        Path log = dir.resolve("x.log");
        Files.writeString(log, "one\r\ntwo");

        assertThat(LogTail.lastLines(log, 30)).containsExactly("one", "two");
    }

    @Test
    void aMissingFileIsSaidSo() {
        Path log = dir.resolve("missing.log");

        assertThat(LogTail.lastLines(log, 30)).isEmpty();
        assertThat(LogTail.describe(log, 30)).contains("missing.log").contains("empty or missing");
    }

    @Test
    void readsOnlyTheEndOfAHugeFile() throws IOException {
        Path log = dir.resolve("big.log");
        String line = "x".repeat(1000);
        Files.writeString(log, IntStream.range(0, 1000).mapToObj(i -> line).collect(Collectors.joining("\n", "", "\nlast\n")));

        assertThat(LogTail.lastLines(log, 2)).containsExactly(line, "last");
    }
}
