package org.releaseradar.streams.aggregate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.SortedSet;

/**
 * What one input record (a release, an article) adds to each stats row, by row key. It is stored per input key
 * so that the next state of the input takes back exactly what was added, even if the rules that computed it
 * have changed since.
 *
 * @param byRow row key -> the tally this input adds to that row; never an empty tally
 */
record Contributions(Map<String, Tally> byRow) {

    static final Contributions NONE = new Contributions(Map.of());

    Contributions {
        Map<String, Tally> copy = new TreeMap<>();
        byRow.forEach((row, tally) -> {
            if (!tally.isEmpty()) {
                copy.put(row, tally);
            }
        });
        byRow = Collections.unmodifiableMap(copy);
    }

    Tally to(String row) {
        return byRow.getOrDefault(row, Tally.EMPTY);
    }

    /** Rows either contribution touches, sorted so the deltas go out in a reproducible order. */
    SortedSet<String> rowsTouchedWith(Contributions other) {
        SortedSet<String> rows = new TreeSet<>(byRow.keySet());
        rows.addAll(other.byRow.keySet());
        return rows;
    }

    /** Collects tallies by row, adding those that land on the same row (e.g. a CN fine-tune of a CN base). */
    static final class Builder {
        private final Map<String, Tally> byRow = new TreeMap<>();

        Builder add(String row, Tally tally) {
            byRow.merge(row, tally, Tally::plus);
            return this;
        }

        Contributions build() {
            return new Contributions(byRow);
        }
    }
}
