package org.releaseradar.connectors.feeds;

import java.util.Optional;
import org.releaseradar.connectors.tabular.Fingerprint;

/**
 * An article's key on {@code radar.news.raw}: the first 32 hex characters of the SHA-256 of the
 * feed's guid / Atom id / RSS 1.0 {@code rdf:about}, or of the link when the item has none. Only
 * what the publisher keeps stable goes in, so refetching, re-formatting or editing the text of an
 * item keeps its id (and a compacted topic keeps its latest version).
 */
public final class ArticleId {

    static final int HEX_CHARS = 32;

    private ArticleId() {
    }

    /** The id, or empty when the item has neither a guid nor a link. */
    public static Optional<String> of(String guid, String link) {
        String basis = firstNonBlank(guid, link);
        return basis == null ? Optional.empty() : Optional.of(Fingerprint.sha256(basis).substring(0, HEX_CHARS));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
