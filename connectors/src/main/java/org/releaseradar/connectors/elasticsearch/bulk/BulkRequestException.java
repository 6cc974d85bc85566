package org.releaseradar.connectors.elasticsearch.bulk;

/**
 * A bulk request failed as a whole: no answer (connection refused, reset, timed out) or an error
 * answer. Retriable are those Elasticsearch being down, busy or restarting gives: no answer, 408,
 * 429 and 5xx. Others (401, 403, 413, a 400 for the whole request) will not heal by waiting.
 */
public final class BulkRequestException extends Exception {

    /** Status for a request that got no HTTP answer. */
    public static final int NO_RESPONSE = -1;

    private final int status;

    public BulkRequestException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean isRetriable() {
        return status == NO_RESPONSE || status == 408 || status == 429 || status >= 500 || (status >= 200 && status < 300);
    }
}
