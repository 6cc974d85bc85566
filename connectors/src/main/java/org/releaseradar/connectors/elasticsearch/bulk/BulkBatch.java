package org.releaseradar.connectors.elasticsearch.bulk;

import java.util.List;

/**
 * Documents taken from the buffer for one bulk request, each for a different id; none of them is in
 * another batch in flight.
 */
public record BulkBatch(long id, List<PendingDocument> documents, long bytes) {

    public BulkBatch {
        documents = List.copyOf(documents);
    }

    @Override
    public String toString() {
        return "bulk #" + id + " (" + documents.size() + " actions, " + bytes + " bytes)";
    }
}
