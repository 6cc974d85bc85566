package org.releaseradar.connectors.elasticsearch.bulk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A scripted stand-in for Elasticsearch's bulk API, for unit tests only: it applies the actions it
 * accepts to an in-memory index (so tests can check the final state and the order of writes), and
 * answers as the test says: a whole-request failure queued with {@link #failNextRequest}, or a
 * per-item answer from {@link #answerItems}.
 */
public final class FakeElasticsearch implements BulkSender {

    private final Map<DocumentKey, String> documents = new HashMap<>();
    private final List<List<DocumentAction>> requests = new ArrayList<>();
    private final List<DocumentAction> applied = new ArrayList<>();
    private final Deque<BulkRequestException> requestFailures = new ArrayDeque<>();
    private Function<DocumentAction, ItemResult> items = action -> ItemResult.ok(action.isDelete() ? 200 : 201);

    /** The next request fails as a whole with {@code failure} (queued; one per request). */
    public synchronized FakeElasticsearch failNextRequest(BulkRequestException failure) {
        requestFailures.addLast(failure);
        return this;
    }

    /** How each item is answered from now on; a 2xx answer applies the action. */
    public synchronized FakeElasticsearch answerItems(Function<DocumentAction, ItemResult> items) {
        this.items = items;
        return this;
    }

    @Override
    public List<ItemResult> send(List<DocumentAction> actions) throws BulkRequestException {
        synchronized (this) {
            requests.add(List.copyOf(actions));
            BulkRequestException failure = requestFailures.pollFirst();
            if (failure != null) {
                throw failure;
            }
        }
        List<ItemResult> results = new ArrayList<>(actions.size());
        for (DocumentAction action : actions) {
            ItemResult result;
            synchronized (this) {
                result = items.apply(action);
            }
            if (result.status() >= 200 && result.status() < 300) {
                apply(action);
            }
            results.add(result);
        }
        return results;
    }

    private synchronized void apply(DocumentAction action) {
        applied.add(action);
        if (action.isDelete()) {
            documents.remove(action.key());
        } else {
            documents.put(action.key(), new String(action.source(), StandardCharsets.UTF_8));
        }
    }

    public synchronized Map<DocumentKey, String> documents() {
        return Map.copyOf(documents);
    }

    public synchronized String document(String index, String id) {
        return documents.get(new DocumentKey(index, id));
    }

    /** Every request, as the actions it carried. */
    public synchronized List<List<DocumentAction>> requests() {
        return List.copyOf(requests);
    }

    /** Accepted actions in the order they were applied. */
    public synchronized List<DocumentAction> applied() {
        return List.copyOf(applied);
    }

    public static BulkRequestException connectionRefused() {
        return new BulkRequestException(BulkRequestException.NO_RESPONSE,
                "no answer from Elasticsearch (ConnectException: Connection refused)", null);
    }

    public static ItemResult rejectedExecution() {
        return new ItemResult(429, "es_rejected_execution_exception",
                "es_rejected_execution_exception: rejected execution of coordinating operation");
    }

    public static ItemResult mappingError(String field, String value) {
        return new ItemResult(400, "mapper_parsing_exception", "mapper_parsing_exception: failed to parse field [" + field
                + "] of type [date]; caused by illegal_argument_exception: failed to parse date field [" + value
                + "] with format [yyyy-MM]");
    }
}
