package org.releaseradar.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void withoutATerminalItWritesOneLinePerTenthWithStagePercentAndCounts() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.stage("raw producer");
        for (int i = 0; i <= 1_000; i++) {
            progress.update(i, 1_000, "records");
        }
        progress.finish();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines[0]).isEqualTo("raw producer");
        assertThat(lines).hasSize(12);
        assertThat(lines[6]).startsWith("raw producer").contains("[###############---------------]  50% 500/1,000 records");
        assertThat(lines[11]).contains("100% 1,000/1,000 records");
    }

    @Test
    void onATerminalItRedrawsOneLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.stage("streams");
        progress.update(1, 4, "records");
        progress.update(4, 4, "records");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\n").contains("\rstreams").contains("100% 4/4 records");
    }
}
