package org.releaseradar.connectors.slack;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.releaseradar.schemas.avro.Alert;

/**
 * An alert read from Kafka and not yet done (posted, or handed to the dead-letter queue).
 *
 * @param record    the record as Connect delivered it (for the dead-letter queue)
 * @param partition where it was read
 * @param offset    its offset there
 * @param alert     the decoded alert
 * @param route     where it goes
 * @param digest    true when it waits for its webhook's digest instead of its own message
 * @param seq       arrival order within the task (the order alerts of one rule are posted in)
 */
record PendingAlert(SinkRecord record, TopicPartition partition, long offset, Alert alert, Route route,
                    boolean digest, long seq) {

    /** For logs: the alert id and rule, never a URL. */
    String describe() {
        return "alert " + alert.getId() + " (rule " + alert.getRule() + ", " + partition + "@" + offset + ")";
    }
}
