package org.releaseradar.streams.aggregate;

import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns the latest state of each input (a compacted topic read as a stream, null meaning deleted) into the
 * change it makes to each stats row: forwards {@code (row key, new contribution - old contribution)} for every
 * row whose contribution changed, and remembers the new contribution under the input's key.
 *
 * <p>This is what {@code KTable.groupBy(...).aggregate(adder, subtractor)} does, generalised to an input that
 * lands on several rows (a release on its country, its bloc and its base's origin; an article on every origin it
 * mentions), which {@code groupBy}'s one key per record cannot express. Because the old contribution is the one
 * stored, not recomputed, the deltas for one input key telescope: the rows always hold exactly the sum of the
 * inputs' current contributions. A re-delivered identical state changes nothing and forwards nothing.
 *
 * @param <V> the input value type
 */
final class ContributionDiff<V> implements Processor<String, V, String, Tally> {

    private final String storeName;
    private final Function<V, Contributions> rules;
    private ProcessorContext<String, Tally> context;
    private KeyValueStore<String, Contributions> contributed;

    ContributionDiff(String storeName, Function<V, Contributions> rules) {
        this.storeName = storeName;
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<String, Tally> context) {
        this.context = context;
        this.contributed = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, V> input) {
        if (input.key() == null) {
            // Without a key a later state could not replace this one, so it cannot be counted exactly.
            return;
        }
        Contributions before = orNone(contributed.get(input.key()));
        Contributions after = input.value() == null ? Contributions.NONE : rules.apply(input.value());
        for (String row : before.rowsTouchedWith(after)) {
            Tally delta = after.to(row).minus(before.to(row));
            if (!delta.isEmpty()) {
                context.forward(input.withKey(row).withValue(delta));
            }
        }
        if (after.byRow().isEmpty()) {
            contributed.delete(input.key());
        } else {
            contributed.put(input.key(), after);
        }
    }

    private static Contributions orNone(Contributions stored) {
        return stored == null ? Contributions.NONE : stored;
    }
}
