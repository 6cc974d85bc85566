package org.releaseradar.connectors.huggingface;

import java.net.URI;

/**
 * A page that yields no items at all: the fetch failed, or its body is not UTF-8 or not a JSON
 * array. It carries what the dead-letter record needs.
 */
final class UnusablePageException extends Exception {

    private final URI url;
    private final transient byte[] body;

    UnusablePageException(URI url, byte[] body, String reason, Throwable cause) {
        super(reason, cause);
        this.url = url;
        this.body = body == null ? new byte[0] : body;
    }

    URI url() {
        return url;
    }

    byte[] body() {
        return body;
    }
}
