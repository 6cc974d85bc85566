package org.releaseradar.schemas;

/**
 * Header names on {@code radar.dlq} records. The same names are used by every Radar component that
 * writes there, so one consumer can read them all.
 */
public final class DeadLetterHeaders {

    /** Which source or stage gave up on the record, e.g. {@code huggingface}, {@code feeds}. */
    public static final String SOURCE = "radar.dlq.source";
    /** The URL (or file) the input came from; for a stream stage, {@code topic/partition@offset}. */
    public static final String URL = "radar.dlq.url";
    /** A sentence saying what was wrong with it. */
    public static final String REASON = "radar.dlq.reason";
    /** The exception class behind the reason, when there is one. */
    public static final String ERROR_CLASS = "radar.dlq.error.class";
    /** When it was sent to the dead-letter topic, ISO-8601 UTC. */
    public static final String TIMESTAMP = "radar.dlq.timestamp";
    /** "true" when the original bytes were cut to fit a Kafka record; absent otherwise. */
    public static final String TRUNCATED = "radar.dlq.truncated";
    /** Size of the original input in bytes, before any truncation. */
    public static final String ORIGINAL_SIZE = "radar.dlq.original.size";

    private DeadLetterHeaders() {
    }
}
