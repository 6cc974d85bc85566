package org.releaseradar.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns (two spaces apart, numbers right-aligned), for terminals and for
 * people reading logs. Width is by character count; no trailing spaces.
 */
public final class TextTable {

    /** How a column's cells line up. */
    public enum Align { LEFT, RIGHT }

    private final List<String> headers;
    private final List<Align> aligns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> rulesBefore = new ArrayList<>();

    public TextTable(List<String> headers, List<Align> aligns) {
        if (headers.size() != aligns.size()) {
            throw new IllegalArgumentException("one alignment per column");
        }
        this.headers = List.copyOf(headers);
        this.aligns = List.copyOf(aligns);
    }

    public TextTable row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Draws a rule of dashes before the next row (e.g. before totals). */
    public TextTable rule() {
        rulesBefore.add(rows.size());
        return this;
    }

    /** The table, one line per row, each line ending with a newline. */
    public String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        for (int r = 0; r < rows.size(); r++) {
            if (rulesBefore.contains(r)) {
                List<String> dashes = new ArrayList<>();
                for (int width : widths) {
                    dashes.add("-".repeat(width));
                }
                line(out, dashes, widths);
            }
            line(out, rows.get(r), widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(aligns.get(c) == Align.RIGHT ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** {@code text} cut to {@code max} characters, ending in an ellipsis when cut. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character outside the BMP (an emoji in a feed title)
        }
        return text.substring(0, end) + "…";
    }
}
