package org.releaseradar.connectors.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Slack text: escaping, cutting to a limit, links.
 *
 * <p>Slack's mrkdwn treats {@code &}, {@code <} and {@code >} as control characters: they are escaped as
 * {@code &amp; &lt; &gt;} (and nothing else is), which also keeps text from an alert (a news title, say)
 * from forming links or mentions such as {@code <!channel>}. Limits count the text as sent, escapes
 * included, in UTF-16 code units (never less than Slack's count of characters). A cut text ends in an
 * ellipsis and is never cut inside an escape, a link or a surrogate pair.
 */
final class Mrkdwn {

    static final String ELLIPSIS = "…";

    private Mrkdwn() {
    }

    /** {@code &}, {@code <}, {@code >} escaped as Slack requires. */
    static String escape(String plain) {
        StringBuilder out = new StringBuilder(plain.length() + 16);
        appendEscaped(out, plain);
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, CharSequence plain) {
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }

    /** {@code plain}, escaped, in at most {@code max} code units; cut with an ellipsis when longer. */
    static String escaped(String plain, int max) {
        String whole = escape(plain);
        if (whole.length() <= max) {
            return whole;
        }
        StringBuilder out = new StringBuilder(max);
        int budget = max - ELLIPSIS.length();
        int i = 0;
        while (i < plain.length()) {
            int cp = plain.codePointAt(i);
            int units = Character.charCount(cp);
            String piece = switch (cp) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> plain.substring(i, i + units);
            };
            if (out.length() + piece.length() > budget) {
                break;
            }
            out.append(piece);
            i += units;
        }
        return stripTrailingSpace(out) + ELLIPSIS;
    }

    /** Plain text (no escaping: {@code plain_text} objects show it as is) in at most {@code max} code units. */
    static String plainCut(String plain, int max) {
        if (plain.length() <= max) {
            return plain;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(plain.charAt(end - 1))) {
            end--;
        }
        return stripTrailingSpace(new StringBuilder(plain.substring(0, Math.max(end, 0)))) + ELLIPSIS;
    }

    /** Runs of whitespace (new lines included) as one space, trimmed: for one-line texts such as headers. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /**
     * A mrkdwn link {@code <url|label>}, or empty when {@code url} is not an absolute http(s) URL. Characters
     * that would end the link early ({@code |}, {@code >}) or break it (spaces, {@code <}) are percent-encoded
     * in the URL; {@code &} is escaped; the label is escaped and cut to {@code maxLabel}.
     */
    static Optional<String> link(String url, String label, int maxLabel) {
        return safeUrl(url).map(u -> "<" + u + "|" + escaped(oneLine(label), maxLabel) + ">");
    }

    /** The URL as it may stand inside {@code <…|…>}, or empty when it is not an absolute http(s) URL. */
    static Optional<String> safeUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed.replace(" ", "%20").replace("|", "%7C").replace("<", "%3C").replace(">", "%3E"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            String encoded = uri.toASCIIString();
            if (encoded.chars().anyMatch(Character::isWhitespace)) {
                return Optional.empty();
            }
            return Optional.of(encoded.replace("&", "&amp;"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A short label for a URL: host and path, without scheme, query or a trailing slash. */
    static String label(String url) {
        try {
            URI uri = new URI(url.trim());
            String host = uri.getHost() == null ? "" : uri.getHost().replaceFirst("^www\\.", "");
            String path = uri.getPath() == null ? "" : uri.getPath();
            String label = (host + path).replaceAll("/+$", "");
            return label.isEmpty() ? url : label;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String stripTrailingSpace(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end);
    }
}
