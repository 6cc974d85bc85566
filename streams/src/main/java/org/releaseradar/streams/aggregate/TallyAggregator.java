package org.releaseradar.streams.aggregate;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Adds the deltas of {@link ContributionDiff} into each row's tally and publishes the row as a stats record,
 * or as a tombstone once nothing contributes to it any more (a compacted topic then forgets the row, and the
 * Elasticsearch sink deletes the document, instead of keeping a row of zeros for a month that no longer has
 * any release).
 *
 * @param <S> the published stats record
 */
final class TallyAggregator<S> implements FixedKeyProcessor<String, Tally, S> {

    /** Builds the published record of a row from its key, its tally and the time it was recomputed. */
    interface RowPublisher<S> {
        S stats(String key, Tally tally, Instant updatedAt);
    }

    private final String storeName;
    private final RowPublisher<S> publisher;
    private FixedKeyProcessorContext<String, S> context;
    private KeyValueStore<String, Tally> rows;

    TallyAggregator(String storeName, RowPublisher<S> publisher) {
        this.storeName = storeName;
        this.publisher = publisher;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, S> context) {
        this.context = context;
        this.rows = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, Tally> delta) {
        if (delta.key() == null || delta.value() == null) {
            return;
        }
        Tally before = rows.get(delta.key());
        Tally after = (before == null ? Tally.EMPTY : before).plus(delta.value());
        if (after.isEmpty()) {
            rows.delete(delta.key());
            context.forward(delta.withValue(null));
        } else {
            rows.put(delta.key(), after);
            // The input record's time, not the wall clock: a replay then reproduces the same records.
            context.forward(delta.withValue(publisher.stats(delta.key(), after, Instant.ofEpochMilli(delta.timestamp()))));
        }
    }
}
