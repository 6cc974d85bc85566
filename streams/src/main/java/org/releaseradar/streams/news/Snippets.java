package org.releaseradar.streams.news;

/** Short excerpts of article text around a match, cut at word boundaries. */
final class Snippets {

    static final String ELLIPSIS = "\u2026";

    private Snippets() {
    }

    /**
     * About {@code maxChars} of {@code text} centred on {@code [start, end)}, widened never past the text and
     * narrowed to whole words, with an ellipsis on each side that was cut.
     */
    static String around(String text, int start, int end, int maxChars) {
        int length = text.length();
        if (length <= maxChars) {
            return text.strip();
        }
        int room = Math.max(0, maxChars - (end - start));
        int from = Math.max(0, start - room / 2);
        int to = Math.min(length, from + Math.max(maxChars, end - start));
        from = Math.max(0, Math.min(from, to - maxChars));
        if (from > 0) {
            while (from < start && !Character.isWhitespace(text.charAt(from - 1))) {
                from++;
            }
        }
        if (to < length) {
            while (to > end && !Character.isWhitespace(text.charAt(to))) {
                to--;
            }
        }
        return (from > 0 ? ELLIPSIS : "") + text.substring(from, to).strip() + (to < length ? ELLIPSIS : "");
    }
}
