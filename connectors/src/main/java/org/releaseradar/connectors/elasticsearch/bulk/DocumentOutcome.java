package org.releaseradar.connectors.elasticsearch.bulk;

/** What became of a document's action. */
public sealed interface DocumentOutcome {

    /** Elasticsearch acknowledged it (a delete of a missing document included). */
    record Acknowledged() implements DocumentOutcome {
    }

    /** Elasticsearch refused it for good (mapping or parsing error, another non-retriable 4xx). */
    record Rejected(String reason) implements DocumentOutcome {
    }

    /** Not sent (any more): the task no longer owns the partitions of its records. */
    record Dropped() implements DocumentOutcome {
    }

    DocumentOutcome ACKNOWLEDGED = new Acknowledged();
    DocumentOutcome DROPPED = new Dropped();
}
