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

    public HttpFetchException(URI uri, int status, boolean transientFailure, String reason, Throwable cause) {
        super(reason + " (" + uri + ")", cause);
        this.uri = uri;
        this.status = status;
        this.transientFailure = transientFailure;
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
