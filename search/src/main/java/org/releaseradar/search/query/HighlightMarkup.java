package org.releaseradar.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Elasticsearch marks highlights with tags inside the text. Feed text is untrusted and may itself contain
 * {@code <em>}, so the tags are two private-use characters that real text does not carry, and the fragments are
 * turned into plain text plus match offsets: no caller ever has to tell markup from content.
 */
final class HighlightMarkup {

    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";

    private HighlightMarkup() {
    }

    /** Parses one highlighted fragment; adjacent matches (e.g. "Qwen" "3" of "Qwen3") become one. */
    static Highlight.Fragment parse(String tagged) {
        StringBuilder text = new StringBuilder(tagged.length());
        List<Highlight.Span> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < tagged.length(); i++) {
            char c = tagged.charAt(i);
            if (c == OPEN.charAt(0)) {
                if (start < 0) {
                    start = text.length();
                }
            } else if (c == CLOSE.charAt(0)) {
                if (start >= 0) {
                    addMerged(spans, start, text.length());
                    start = -1;
                }
            } else {
                text.append(c);
            }
        }
        if (start >= 0) {
            addMerged(spans, start, text.length());
        }
        return new Highlight.Fragment(text.toString(), spans);
    }

    private static void addMerged(List<Highlight.Span> spans, int start, int end) {
        if (end <= start) {
            return;
        }
        if (!spans.isEmpty() && spans.get(spans.size() - 1).end() == start) {
            Highlight.Span last = spans.remove(spans.size() - 1);
            spans.add(new Highlight.Span(last.start(), end));
        } else {
            spans.add(new Highlight.Span(start, end));
        }
    }

    /** The document field a highlighted field stands for: {@code repo_id.text} is {@code repo_id}. */
    static String documentField(String highlightedField) {
        return highlightedField.endsWith(".text")
                ? highlightedField.substring(0, highlightedField.length() - ".text".length())
                : highlightedField;
    }
}
