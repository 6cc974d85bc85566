package org.releaseradar.connectors.common.dlq;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns input a source connector cannot use into a {@code radar.dlq} record: the original bytes
 * (cut to a size Kafka accepts), the reason and the origin in headers. It goes through the task's
 * own producer like any record, so it is committed with the source offsets of the input it stands
 * for, and one clear log line says what happened.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final String topic;
    private final String source;
    private final int maxBytes;
    private final Clock clock;

    /**
     * @param topic    the dead-letter topic
     * @param source   the header value naming this source, e.g. {@code huggingface}
     * @param maxBytes originals above this size are truncated (Kafka's default record limit is 1 MiB)
     */
    public DeadLetters(String topic, String source, int maxBytes, Clock clock) {
        this.topic = topic;
        this.source = source;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * A dead-letter record for {@code original}, carrying the source partition and offset of the
     * input it stands for so that input is not fetched again after a restart.
     *
     * @param key    the key the good record would have had, or a description of the failed response
     * @param url    where the input came from
     * @param reason what was wrong, in a sentence
     * @param error  the exception behind it, or null
     */
    public SourceRecord record(Map<String, ?> sourcePartition, Map<String, ?> sourceOffset, String key,
                               byte[] original, String url, String reason, Throwable error) {
        byte[] value = original == null ? new byte[0] : original;
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString(DeadLetterHeaders.SOURCE, source);
        headers.addString(DeadLetterHeaders.URL, url);
        headers.addString(DeadLetterHeaders.REASON, reason);
        headers.addString(DeadLetterHeaders.TIMESTAMP, clock.instant().toString());
        headers.addString(DeadLetterHeaders.ORIGINAL_SIZE, Integer.toString(value.length));
        if (error != null) {
            headers.addString(DeadLetterHeaders.ERROR_CLASS, error.getClass().getName());
        }
        if (value.length > maxBytes) {
            value = Arrays.copyOf(value, maxBytes);
            headers.addString(DeadLetterHeaders.TRUNCATED, "true");
        }
        log.warn("{}: input from {}{} sent to {}: {}", source, url,
                key == null || key.contains(url) ? "" : " (key '" + key + "')", topic, reason);
        return new SourceRecord(sourcePartition, sourceOffset, topic, null,
                Schema.OPTIONAL_STRING_SCHEMA, key, Schema.OPTIONAL_BYTES_SCHEMA, value,
                clock.millis(), headers);
    }
}
