package org.releaseradar.connectors.elasticsearch;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * What the sink reports to the dead-letter queue with a record it could not index. Connect's
 * dead-letter reporter writes the original record with this exception's class and message in the
 * headers {@code __connect.errors.exception.class.name} and {@code __connect.errors.exception.message}
 * (when {@code errors.deadletterqueue.context.headers.enable=true}); the message carries
 * Elasticsearch's error type and reason, the index, the document id and the record's position.
 */
public final class RejectedDocumentException extends ConnectException {

    public RejectedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
