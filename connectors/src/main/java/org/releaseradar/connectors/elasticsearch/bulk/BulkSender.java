package org.releaseradar.connectors.elasticsearch.bulk;

import java.util.List;

/** Sends one bulk request. The real one is {@link ElasticsearchBulkSender}; unit tests script one. */
public interface BulkSender {

    /**
     * @return one result per action, in the same order
     * @throws BulkRequestException when the request as a whole failed (no answer, or an error answer)
     */
    List<ItemResult> send(List<DocumentAction> actions) throws BulkRequestException;
}
