package org.releaseradar.connectors.elasticsearch.bulk;

/**
 * Elasticsearch's answer for one bulk item.
 *
 * @param status     the item's HTTP status
 * @param errorType  the error's type (e.g. {@code mapper_parsing_exception}), or null when it succeeded
 * @param errorText  type, reason and causes in one line, or null when it succeeded
 */
public record ItemResult(int status, String errorType, String errorText) {

    /**
     * Item errors that say Elasticsearch is busy, briefly unable, or blocked by an operator (a
     * read-only or closed index), not that the document is wrong; whatever their status.
     */
    private static final java.util.Set<String> RETRIABLE_TYPES = java.util.Set.of(
            "es_rejected_execution_exception", "circuit_breaking_exception", "unavailable_shards_exception",
            "cluster_block_exception", "index_closed_exception", "node_not_connected_exception",
            "process_cluster_event_timeout_exception");

    public static ItemResult ok(int status) {
        return new ItemResult(status, null, null);
    }

    /** What to do with the item's document. */
    public Verdict verdict(DocumentAction action) {
        if (status >= 200 && status < 300) {
            return Verdict.ACKNOWLEDGED;
        }
        if (action.isDelete() && status == 404 && errorType == null) {
            return Verdict.ACKNOWLEDGED; // deleting a document that is not there: the goal is met
        }
        if (status == 429 || status >= 500 || status == 408 || (errorType != null && RETRIABLE_TYPES.contains(errorType))) {
            return Verdict.RETRY;
        }
        return Verdict.REJECTED;
    }

    public enum Verdict {
        ACKNOWLEDGED, RETRY, REJECTED
    }
}
