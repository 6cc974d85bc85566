package org.releaseradar.cli.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.releaseradar.cli.output.TextTable;
import org.releaseradar.cli.output.TextTable.Align;
import org.releaseradar.search.query.FacetCount;
import org.releaseradar.search.query.Highlight;
import org.releaseradar.search.query.SearchHit;
import org.releaseradar.search.query.SearchResult;

/** The human output of {@code radar search}: a table of hits with their highlights, then the facets. */
final class SearchText {

    /** How matches are marked in highlighted text. */
    static final String OPEN = "«";
    static final String CLOSE = "»";

    private static final int TITLE_WIDTH = 60;
    private static final int ORGANIZATION_WIDTH = 28;
    private static final int HIGHLIGHT_WIDTH = 110;
    private static final int FACET_VALUES = 10;

    private SearchText() {
    }

    static String render(SearchResult result) {
        StringBuilder out = new StringBuilder();
        out.append(headline(result)).append('\n');
        for (String alias : result.missingIndices()) {
            out.append("(").append(alias).append(" does not exist yet: nothing has been indexed there)\n");
        }
        if (!result.hits().isEmpty()) {
            out.append('\n').append(hits(result));
        }
        if (result.total() > 0) {
            out.append('\n').append(facets(result));
        }
        return out.toString();
    }

    private static String headline(SearchResult result) {
        String what = result.query().matchesAll() ? "everything" : "\"" + result.query().text() + "\"";
        if (result.total() == 0) {
            return "No matches for " + what + filters(result) + ".";
        }
        String shown = result.hits().size() < result.total() ? ", showing " + result.hits().size() : "";
        return result.total() + (result.total() == 1 ? " match" : " matches") + " for " + what + filters(result) + shown + ".";
    }

    private static String filters(SearchResult result) {
        List<String> f = new ArrayList<>();
        var q = result.query();
        if (q.origin() != null) {
            f.add("origin " + q.origin().code());
        }
        if (q.organization() != null) {
            f.add("org " + q.organization());
        }
        if (q.month() != null) {
            f.add("month " + q.month());
        }
        if (q.types().size() < 3) {
            f.add("type " + q.types().stream().sorted().map(t -> t.label()).collect(Collectors.joining(",")));
        }
        return f.isEmpty() ? "" : " (" + String.join(", ", f) + ")";
    }

    /**
     * One aligned line per hit, and under it, indented to the title column, the hit's context line and its
     * highlighted fields (matches between « and »).
     */
    private static String hits(SearchResult result) {
        TextTable table = new TextTable(List.of("#", "TYPE", "TITLE", "ORIGIN", "ORGANISATION", "MONTH"),
                List.of(Align.RIGHT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT));
        int n = 0;
        for (SearchHit hit : result.hits()) {
            table.row(List.of(Integer.toString(++n), hit.type().label(), TextTable.shorten(hit.title(), TITLE_WIDTH),
                    String.join(",", hit.origins()), TextTable.shorten(hit.organization(), ORGANIZATION_WIDTH),
                    hit.month() == null ? "" : hit.month()));
        }
        String[] lines = table.render().split("\n");
        int indent = lines[0].indexOf("TITLE");
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        String pad = " ".repeat(indent);
        for (int i = 0; i < result.hits().size(); i++) {
            SearchHit hit = result.hits().get(i);
            out.append(lines[i + 1]).append('\n');
            List<String> context = new ArrayList<>();
            if (hit.detail() != null && !hit.detail().isEmpty()) {
                context.add(hit.detail());
            }
            if (hit.url() != null) {
                context.add(hit.url());
            }
            if (!context.isEmpty()) {
                out.append(pad).append(String.join("  ", context)).append('\n');
            }
            for (Highlight highlight : hit.highlights()) {
                for (Highlight.Fragment fragment : highlight.fragments()) {
                    out.append(pad).append(highlight.field()).append(": ")
                            .append(TextTable.shorten(oneLine(fragment.marked(OPEN, CLOSE)), HIGHLIGHT_WIDTH)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String facets(SearchResult result) {
        TextTable table = new TextTable(List.of("FACET", "COUNTS (of all matches)"), List.of(Align.LEFT, Align.LEFT));
        table.row(List.of("type", values(result.facets().type(), false)));
        table.row(List.of("origin", values(result.facets().origin(), false)));
        table.row(List.of("organisation", values(result.facets().organization(), true)));
        table.row(List.of("month", values(result.facets().month(), false)));
        return table.render();
    }

    private static String values(List<FacetCount> counts, boolean withLabels) {
        if (counts.isEmpty()) {
            return "-";
        }
        String shown = counts.stream().limit(FACET_VALUES)
                .map(c -> (withLabels && c.label() != null && !c.label().equals(c.key()) ? c.key() + " (" + c.label() + ")" : c.key())
                        + " " + c.count())
                .collect(Collectors.joining(" · "));
        return counts.size() > FACET_VALUES ? shown + " · … " + (counts.size() - FACET_VALUES) + " more" : shown;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
