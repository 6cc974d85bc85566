package org.releaseradar.streams.aggregate;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counters by {@link Measure} and member. Tallies form a group under {@link #plus} and {@link #minus}: that is
 * what makes the aggregates exact. A row holds the sum of the tallies its inputs currently contribute, and
 * replacing an input's contribution is adding the difference, whatever the order inputs arrive in.
 * Zero counters are dropped, so a row that nothing contributes to any more is {@link #isEmpty() empty}.
 *
 * @param counts measure -> member -> count, sorted (so equal tallies serialize to equal bytes); never zero
 */
record Tally(Map<Measure, Map<String, Long>> counts) {

    static final Tally EMPTY = new Tally(Map.of());
    /** The only member of a measure that is a single sum (downloads, articles). */
    static final String SCALAR = "";

    Tally {
        Map<Measure, Map<String, Long>> copy = new EnumMap<>(Measure.class);
        counts.forEach((measure, members) -> {
            Map<String, Long> nonZero = new TreeMap<>();
            members.forEach((member, n) -> {
                if (n != 0) {
                    nonZero.put(member, n);
                }
            });
            if (!nonZero.isEmpty()) {
                copy.put(measure, java.util.Collections.unmodifiableMap(nonZero));
            }
        });
        counts = java.util.Collections.unmodifiableMap(copy);
    }

    static Builder builder() {
        return new Builder();
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    Tally plus(Tally other) {
        return combine(other, 1);
    }

    Tally minus(Tally other) {
        return combine(other, -1);
    }

    /** The members of one measure with their counts, sorted by member. */
    Map<String, Long> members(Measure measure) {
        return counts.getOrDefault(measure, Map.of());
    }

    long count(Measure measure, String member) {
        return members(measure).getOrDefault(member, 0L);
    }

    long scalar(Measure measure) {
        return count(measure, SCALAR);
    }

    /** The member with the highest count, the alphabetically first on a tie, so the choice depends on nothing but the counts. */
    Optional<String> mostFrequent(Measure measure) {
        return members(measure).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    private Tally combine(Tally other, long sign) {
        Builder sum = new Builder().addAll(this, 1);
        return sum.addAll(other, sign).build();
    }

    /** Accumulates counters; the only mutable way to make a tally, kept local to one computation. */
    static final class Builder {
        private final Map<Measure, Map<String, Long>> counts = new EnumMap<>(Measure.class);

        Builder add(Measure measure, String member, long n) {
            counts.computeIfAbsent(measure, m -> new TreeMap<>()).merge(member, n, Math::addExact);
            return this;
        }

        Builder addAll(Tally tally, long sign) {
            tally.counts.forEach((measure, members) ->
                    members.forEach((member, n) -> add(measure, member, Math.multiplyExact(sign, n))));
            return this;
        }

        Tally build() {
            return new Tally(counts);
        }
    }
}
