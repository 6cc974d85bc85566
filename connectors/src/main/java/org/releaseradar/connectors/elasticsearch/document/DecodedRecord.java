package org.releaseradar.connectors.elasticsearch.document;

import org.releaseradar.connectors.elasticsearch.bulk.DocumentAction;

/** What a sink record becomes: an action for Elasticsearch, or the reason it cannot become one. */
public sealed interface DecodedRecord {

    /** An index action (a value) or a delete (a tombstone). */
    record Action(DocumentAction action) implements DecodedRecord {
    }

    /** The record cannot be a document: no key, a key Elasticsearch cannot take as id, bytes that are not Avro. */
    record Unusable(String reason, Throwable cause) implements DecodedRecord {
    }
}
