package org.releaseradar.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releaseradar.cli.output.TextTable.Align;

class OutputTest {

    @Test
    void columnsAlignNumbersRightAndLinesCarryNoTrailingSpace() {
        String table = new TextTable(List.of("NAME", "N", "NOTE"), List.of(Align.LEFT, Align.RIGHT, Align.LEFT))
                .row(List.of("a", "1", ""))
                .row(List.of("longer", "1,000", "x"))
                .rule()
                .row(List.of("TOTAL", "1,001", ""))
                .render();

        assertThat(table).isEqualTo("""
                NAME        N  NOTE
                a           1
                longer  1,000  x
                ------  -----  ----
                TOTAL   1,001
                """);
    }

    @Test
    void longTextIsShortenedWithAnEllipsis() {
        assertThat(TextTable.shorten("abcdef", 4)).isEqualTo("abc…");
        assertThat(TextTable.shorten("abcd", 4)).isEqualTo("abcd");
        assertThat(TextTable.shorten(null, 4)).isEmpty();
        assertThat(TextTable.shorten("ab\uD83D\uDE80cd", 4)).isEqualTo("ab…");
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertThat(Csv.line(List.of("a", "b,c", "say \"hi\"", "", "x\ny"))).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",,\"x\ny\"\n");
        assertThat(Csv.line(java.util.Arrays.asList("a", null))).isEqualTo("a,\n");
    }
}
