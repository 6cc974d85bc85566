package org.releaseradar.connectors.elasticsearch.bulk;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends bulk requests with the typed Elasticsearch client. Documents go as the JSON bytes the sink
 * wrote ({@link BinaryData}), not re-serialised. Error answers become {@link BulkRequestException}s
 * with Elasticsearch's error type and reason; item errors become {@link ItemResult}s the same way.
 */
public final class ElasticsearchBulkSender implements BulkSender {

    /** Causes shown after an error's own reason: enough for "failed to parse date field [2025-13]...". */
    private static final int MAX_CAUSES = 3;

    private final ElasticsearchClient client;

    public ElasticsearchBulkSender(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public List<ItemResult> send(List<DocumentAction> actions) throws BulkRequestException {
        List<BulkOperation> operations = new ArrayList<>(actions.size());
        for (DocumentAction action : actions) {
            operations.add(operation(action));
        }
        BulkResponse response;
        try {
            response = client.bulk(BulkRequest.of(b -> b.operations(operations)));
        } catch (ElasticsearchException e) {
            throw new BulkRequestException(e.status(), "Elasticsearch answered HTTP " + e.status() + " "
                    + describe(e.error()), e);
        } catch (TransportException e) {
            int status = e.statusCode() > 0 ? e.statusCode() : BulkRequestException.NO_RESPONSE;
            throw new BulkRequestException(status, (status > 0 ? "Elasticsearch answered HTTP " + status + ": " : "")
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new BulkRequestException(BulkRequestException.NO_RESPONSE, "no answer from Elasticsearch ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (RuntimeException e) {
            // An answer the client could not read (a proxy's HTML page, a cut-off body): worth another try.
            throw new BulkRequestException(BulkRequestException.NO_RESPONSE, "unreadable answer from Elasticsearch ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        List<ItemResult> results = new ArrayList<>(response.items().size());
        for (BulkResponseItem item : response.items()) {
            ErrorCause error = item.error();
            results.add(error == null ? ItemResult.ok(item.status())
                    : new ItemResult(item.status(), error.type(), describe(error)));
        }
        return results;
    }

    private static BulkOperation operation(DocumentAction action) {
        if (action.isDelete()) {
            return BulkOperation.of(op -> op.delete(d -> d.index(action.index()).id(action.id())));
        }
        BinaryData source = BinaryData.of(action.source(), ContentType.APPLICATION_JSON);
        return BulkOperation.of(op -> op.index(i -> i.index(action.index()).id(action.id()).document(source)));
    }

    /** "type: reason; caused by type: reason; ..." */
    static String describe(ErrorCause error) {
        if (error == null) {
            return "(no error details)";
        }
        StringBuilder text = new StringBuilder();
        ErrorCause cause = error;
        for (int depth = 0; cause != null && depth <= MAX_CAUSES; depth++, cause = cause.causedBy()) {
            if (depth > 0) {
                text.append("; caused by ");
            }
            text.append(cause.type() == null ? "error" : cause.type());
            if (cause.reason() != null) {
                text.append(": ").append(cause.reason());
            }
        }
        return text.toString();
    }
}
