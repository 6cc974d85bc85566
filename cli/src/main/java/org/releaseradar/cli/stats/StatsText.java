package org.releaseradar.cli.stats;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.releaseradar.cli.output.TextTable;
import org.releaseradar.cli.output.TextTable.Align;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.search.query.StatsCell;
import org.releaseradar.search.query.StatsGrouping;
import org.releaseradar.search.query.StatsQuery;
import org.releaseradar.search.query.StatsRow;
import org.releaseradar.search.query.StatsService;
import org.releaseradar.search.query.StatsTable;

/** The human output of {@code radar stats}: rows by months, with a total column and footer. */
final class StatsText {

    private static final int NAME_WIDTH = 32;

    private StatsText() {
    }

    /** The first {@code n} rows (the largest totals); the footer is left as is, over every row. */
    static StatsTable top(StatsTable table, int n) {
        return new StatsTable(table.query(), table.months(), table.rows().stream().limit(n).toList(), table.footer());
    }

    static String render(StatsTable table, int hiddenRows) {
        StringBuilder out = new StringBuilder();
        out.append(title(table)).append('\n');
        out.append(source(table.query())).append('\n');
        if (table.rows().isEmpty()) {
            out.append('\n').append("No stats rows").append(range(table.query()))
                    .append(": has the streams application run, and the Elasticsearch sink indexed its stats topics?\n");
            return out.toString();
        }
        out.append('\n').append(table(table).render());
        if (hiddenRows > 0) {
            out.append("(").append(hiddenRows).append(hiddenRows == 1 ? " more row" : " more rows")
                    .append(" not shown; the footer counts them)\n");
        }
        return out.toString();
    }

    private static TextTable table(StatsTable table) {
        boolean org = table.query().grouping() == StatsGrouping.ORG;
        List<String> headers = new ArrayList<>(org ? List.of("ORG", "NAME", "ORIGIN") : List.of("ORIGIN"));
        List<Align> aligns = new ArrayList<>(org ? List.of(Align.LEFT, Align.LEFT, Align.LEFT) : List.of(Align.LEFT));
        for (YearMonth m : table.months()) {
            headers.add(m.toString());
            aligns.add(Align.RIGHT);
        }
        headers.add(table.query().metric().isShare() ? "ALL" : "TOTAL");
        aligns.add(Align.RIGHT);
        TextTable text = new TextTable(headers, aligns);
        for (StatsRow row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.key());
            if (org) {
                cells.add(TextTable.shorten(row.name() == null ? "" : row.name(), NAME_WIDTH));
                cells.add(row.origin() == null ? "" : row.origin());
            }
            row.cells().values().forEach(c -> cells.add(cell(c)));
            cells.add(cell(row.total()));
            text.row(cells);
        }
        text.rule();
        for (StatsRow row : table.footer()) {
            List<String> cells = new ArrayList<>();
            cells.add(footerLabel(row.key()));
            if (org) {
                cells.add("");
                cells.add("");
            }
            row.cells().values().forEach(c -> cells.add(cell(c)));
            cells.add(cell(row.total()));
            text.row(cells);
        }
        return text;
    }

    static String cell(StatsCell cell) {
        if (cell instanceof StatsCell.Count count) {
            return NumberFormat.getIntegerInstance(Locale.ROOT).format(count.value());
        }
        Double ratio = ((StatsCell.Share) cell).ratio();
        return ratio == null ? "-" : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String footerLabel(String key) {
        return switch (key) {
            case StatsTable.KNOWN_BASE -> "known base";
            case StatsTable.UNKNOWN_BASE -> "unknown base";
            default -> key;
        };
    }

    private static String title(StatsTable table) {
        StatsQuery q = table.query();
        String rows = q.grouping() == StatsGrouping.ORG
                ? "organisation"
                : "origin (" + (q.level() == OriginLevel.BLOC ? "bloc" : "country") + ")";
        String months = table.months().isEmpty() ? ""
                : ", " + table.months().get(0) + (table.months().size() > 1 ? ".." + table.months().get(table.months().size() - 1) : "");
        String what = q.metric().description();
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + ", by " + rows + " and month" + months + ".";
    }

    private static String source(StatsQuery q) {
        String index = q.grouping() == StatsGrouping.ORG ? StatsService.ORG_ALIAS : StatsService.ORIGIN_ALIAS;
        if (q.metric().isShare()) {
            return "share = derivatives of the month built on the origin's models / derivatives of the month with a known"
                    + " base (derivatives_by_base_origin in " + index + "); ALL = all months together.";
        }
        return "Sum of " + q.metric().field() + " in " + index + ".";
    }

    private static String range(StatsQuery q) {
        if (q.from() == null && q.to() == null) {
            return "";
        }
        return " for " + (q.from() == null ? "" : q.from()) + ".." + (q.to() == null ? "" : q.to());
    }
}
