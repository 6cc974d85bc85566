package org.releaseradar.connectors.elasticsearch;

import java.util.Locale;

/** What the sink does with a record Elasticsearch refuses for good, or whose bytes cannot be read. */
public enum RejectedDocumentBehavior {

    /**
     * Report it through Connect's dead-letter queue ({@code ErrantRecordReporter}) with the reason,
     * and go on with the rest of the batch; its offset is committed once the report is written.
     */
    DLQ,

    /** Fail the task with the reason; nothing after the record is committed, so nothing is lost. */
    FAIL;

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RejectedDocumentBehavior parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
