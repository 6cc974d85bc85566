package org.releaseradar.connectors.feeds;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Feed HTML reduced to plain text. Feed content is untrusted: scripts, styles, images (tracking
 * pixels), embedded frames and every tag are dropped before anything reaches Kafka; what remains is
 * the readable text with whitespace collapsed.
 */
public final class HtmlText {

    private static final String NOT_TEXT = "script, style, noscript, img, picture, iframe, object, embed, svg, template";

    private HtmlText() {
    }

    /** Plain text of {@code html}, or null when it has no text. */
    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(NOT_TEXT).remove();
        // Entity-escaped markup inside text (e.g. "&amp;lt;b&amp;gt;") decodes to tags only on a second pass.
        String text = doc.text();
        if (text.indexOf('<') >= 0) {
            Document again = Jsoup.parseBodyFragment(text);
            again.select(NOT_TEXT).remove();
            text = again.text();
        }
        return text.isBlank() ? null : text;
    }
}
