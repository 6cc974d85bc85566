package org.releaseradar.streams.errors;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.releaseradar.schemas.DeadLetterHeaders;

/**
 * Adds Radar's dead-letter headers to the records Kafka Streams builds for its dead-letter topic
 * ({@code errors.dead.letter.queue.topic.name}, which also carries Kafka's own {@code __streams.errors.*}
 * headers), so one consumer reads the failures of connectors and of the streams app alike.
 */
final class DeadLetterRecords {

    static final String SOURCE = "streams";

    private DeadLetterRecords() {
    }

    static List<ProducerRecord<byte[], byte[]>> withRadarHeaders(List<ProducerRecord<byte[], byte[]>> records,
                                                                ErrorHandlerContext context, Exception error) {
        for (ProducerRecord<byte[], byte[]> record : records) {
            Headers headers = record.headers();
            put(headers, DeadLetterHeaders.SOURCE, SOURCE + ":" + context.processorNodeId());
            put(headers, DeadLetterHeaders.URL, context.topic() + "/" + context.partition() + "@" + context.offset());
            put(headers, DeadLetterHeaders.REASON, reason(error));
            put(headers, DeadLetterHeaders.ERROR_CLASS, error.getClass().getName());
            put(headers, DeadLetterHeaders.TIMESTAMP, Instant.ofEpochMilli(context.timestamp()).toString());
        }
        return records;
    }

    /** The innermost message: a SerializationException wraps what really went wrong. */
    static String reason(Throwable error) {
        String message = error.getMessage();
        for (Throwable t = error.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && (message == null || !message.contains(t.getMessage()))) {
                message = (message == null ? "" : message + ": ") + t.getMessage();
            }
        }
        return message == null ? error.getClass().getSimpleName() : message;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
