package org.releaseradar.connectors.common.http;

import java.net.URI;

/**
 * A fetch that did not succeed: a permanent answer (4xx other than 429, a body over the limit) or
 * transient failures that outlasted every retry. The message names the URL and the reason.
 */
public class HttpFetchException extends Exception {

    private final URI uri;
    private final int status;
    private final boolean transientFailure;
    private final byte[] body;

    public HttpFetchException(URI uri, int status, boolean transientFailure, String reason, Throwable cause) {
        this(uri, status, transientFailure, reason, cause, new byte[0]);
    }

    /** @param body the start of the last error response's body, kept for the dead-letter record */
    public HttpFetchException(URI uri, int status, boolean transientFailure, String reason, Throwable cause,
                              byte[] body) {
        super(reason + " (" + uri + ")", cause);
        this.uri = uri;
        this.status = status;
        this.transientFailure = transientFailure;
        this.body = body.clone();
    }

    /** The start of the last error response's body (up to 64 KiB), empty when there was none. */
    public byte[] body() {
        return body.clone();
    }

    public URI uri() {
        return uri;
    }

    /** The last HTTP status seen, or -1 when no response came (connection error, timeout). */
    public int status() {
        return status;
    }

    /** True when the source may well answer later (retries exhausted on 429/5xx/connection errors). */
    public boolean isTransient() {
        return transientFailure;
    }
}
