package org.releaseradar.connectors.elasticsearch.bulk;

import org.releaseradar.connectors.elasticsearch.offsets.TrackedRecord;

/**
 * A record Elasticsearch refused for good, waiting for the task thread to report it to the
 * dead-letter queue (or to fail the task).
 *
 * @param record the record whose action was refused
 * @param reason a sentence naming the document, index, record position and Elasticsearch's error type and reason
 */
public record Rejection(TrackedRecord record, String reason) {
}
