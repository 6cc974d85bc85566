package org.releaseradar.connectors.common.polling;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last read of every source location in this JVM (a feed URL, the Epoch CSV, the org registry, a
 * Hub listing), successful or not. Connect has no notion of "a source task finished a cycle", and a
 * caller that runs a worker in-process (`radar run --once`, `radar demo`) needs exactly that to know
 * a source is caught up or unreachable; it reads this. Each task records a read when it ends, whether
 * records came of it or not. A worker in another JVM is not visible here: its caller waits on offsets.
 */
public final class SourceCycles {

    /**
     * One location's latest read.
     *
     * @param source   what kind of source ("feeds", "huggingface", "Epoch CSV", "org registry")
     * @param location where it was read (URL, file, Hub listing)
     * @param reads    how many reads of it finished in this JVM
     * @param failure  why the latest read failed; empty when it succeeded
     */
    public record Cycle(String source, String location, Instant at, long reads, Optional<String> failure) {
        public boolean succeeded() {
            return failure.isEmpty();
        }
    }

    private static final Map<String, Cycle> LATEST = new ConcurrentHashMap<>();

    private SourceCycles() {
    }

    public static void succeeded(String source, String location) {
        record(source, location, Optional.empty());
    }

    public static void failed(String source, String location, String reason) {
        record(source, location, Optional.of(reason == null ? "unknown error" : reason));
    }

    private static void record(String source, String location, Optional<String> failure) {
        LATEST.compute(source + "|" + location, (k, before) ->
                new Cycle(source, location, Instant.now(), before == null ? 1 : before.reads() + 1, failure));
    }

    /** Every location read so far, by "source|location". */
    public static Map<String, Cycle> snapshot() {
        return Map.copyOf(LATEST);
    }

    /** Forgets every read (a new pipeline run in the same JVM, e.g. a test after another). */
    public static void reset() {
        LATEST.clear();
    }
}
