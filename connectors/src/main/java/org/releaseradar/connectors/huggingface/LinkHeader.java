package org.releaseradar.connectors.huggingface;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rel="next"} target of an HTTP {@code Link} header (RFC 8288), as the Hub pages. */
final class LinkHeader {

    // <target> followed by ;-separated parameters, up to the next link or the end.
    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile("(?i)rel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,]+))");

    private LinkHeader() {
    }

    /** The next page's URI, resolved against {@code base}; empty when there is no next link. */
    static Optional<URI> next(String headerValue, URI base) {
        if (headerValue == null || headerValue.isBlank()) {
            return Optional.empty();
        }
        Matcher link = LINK.matcher(headerValue);
        while (link.find()) {
            Matcher rel = REL.matcher(link.group(2));
            while (rel.find()) {
                String rels = rel.group(1) != null ? rel.group(1) : rel.group(2);
                // rel may hold several space-separated relation types, e.g. rel="next last".
                for (String type : rels.trim().split("\\s+")) {
                    if (type.toLowerCase(Locale.ROOT).equals("next")) {
                        try {
                            return Optional.of(base.resolve(link.group(1).trim()));
                        } catch (IllegalArgumentException e) {
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
