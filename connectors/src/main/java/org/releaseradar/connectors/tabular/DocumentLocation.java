package org.releaseradar.connectors.tabular;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a tabular source is read from: an {@code http(s):} URL, a {@code file:} URL or a plain path.
 * Parsed once from configuration so a bad value fails validation, not the first poll.
 */
public sealed interface DocumentLocation {

    /** How the location is shown in logs and dead-letter headers. */
    String display();

    record Http(URI uri) implements DocumentLocation {
        @Override
        public String display() {
            return uri.toString();
        }
    }

    record File(Path path) implements DocumentLocation {
        @Override
        public String display() {
            return path.toString();
        }
    }

    /** @throws IllegalArgumentException with a sentence a user can act on */
    static DocumentLocation parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("must be an http(s) URL, a file: URL or a file path");
        }
        String v = value.trim();
        String lower = v.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                URI uri = new URI(v);
                if (uri.getHost() == null) {
                    throw new IllegalArgumentException("URL has no host: " + v);
                }
                return new Http(uri);
            }
            if (lower.startsWith("file:")) {
                return new File(Path.of(new URI(v)));
            }
            if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
                throw new IllegalArgumentException("unsupported scheme in " + v + " (use http, https or file)");
            }
            return new File(Path.of(v));
        } catch (URISyntaxException | InvalidPathException e) {
            throw new IllegalArgumentException("not a valid URL or path: " + v + " (" + e.getMessage() + ")", e);
        }
    }
}
