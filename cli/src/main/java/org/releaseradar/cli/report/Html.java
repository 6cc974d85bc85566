package org.releaseradar.cli.report;

import java.net.URI;
import java.util.Locale;

/** Escaping for HTML text and attribute values, and the one kind of link the report lets through. */
final class Html {

    private Html() {
    }

    /**
     * Text or a double-quoted attribute value, escaped: the five characters that can end either or start markup.
     * (Everything the report writes goes through here; the values come from feeds, the Hub and alert rules.)
     */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab/newline are not allowed in HTML text: drop them.
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The URL if it is an absolute http(s) URL (a link the reader may follow), else null: no javascript: or data:. */
    static String safeLink(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
