package org.releaseradar.connectors.elasticsearch.offsets;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Where a sink record was read from. Offsets are committed for the consumed topic partition: with a
 * transformation that renames the topic, that is the original one (KIP-793, Connect 3.6+); older
 * workers have only the record's own.
 */
public final class RecordPosition {

    private RecordPosition() {
    }

    public static TopicPartition topicPartition(SinkRecord record) {
        try {
            return new TopicPartition(record.originalTopic(), record.originalKafkaPartition());
        } catch (NoSuchMethodError olderWorker) {
            return new TopicPartition(record.topic(), record.kafkaPartition());
        }
    }

    public static long offset(SinkRecord record) {
        try {
            return record.originalKafkaOffset();
        } catch (NoSuchMethodError olderWorker) {
            return record.kafkaOffset();
        }
    }
}
