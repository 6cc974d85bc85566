package org.releaseradar.search.query;

import java.util.List;

/**
 * The parts of one field that matched the search text.
 *
 * @param field     the document field (a {@code .text} subfield is reported as its parent, e.g. {@code repo_id})
 * @param fragments excerpts of the field, each with its matches; a short field is one whole-value fragment
 */
public record Highlight(String field, List<Fragment> fragments) {

    public Highlight {
        fragments = List.copyOf(fragments);
    }

    /**
     * An excerpt and where the search text matched in it.
     *
     * @param text    plain text, exactly as stored (feed text is untrusted: nothing in it is markup)
     * @param matches the matched ranges, in order, not overlapping, adjacent ranges merged
     */
    public record Fragment(String text, List<Span> matches) {

        public Fragment {
            matches = List.copyOf(matches);
            for (Span span : matches) {
                if (span.end() > text.length()) {
                    throw new IllegalArgumentException("match " + span + " outside a fragment of length " + text.length());
                }
            }
        }

        /** The text with each match wrapped in {@code open} and {@code close}. */
        public String marked(String open, String close) {
            StringBuilder out = new StringBuilder(text.length() + matches.size() * (open.length() + close.length()));
            int at = 0;
            for (Span span : matches) {
                out.append(text, at, span.start()).append(open).append(text, span.start(), span.end()).append(close);
                at = span.end();
            }
            return out.append(text, at, text.length()).toString();
        }
    }

    /**
     * A matched range of a fragment's text, in UTF-16 code units (Java and JavaScript string indices).
     *
     * @param start first matched index
     * @param end   index after the last matched one
     */
    public record Span(int start, int end) {

        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
            }
        }
    }
}
