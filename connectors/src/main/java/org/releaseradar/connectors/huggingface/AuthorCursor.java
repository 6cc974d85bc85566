package org.releaseradar.connectors.huggingface;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How far one listing (an author, or the whole Hub) has been read: the newest {@code createdAt}
 * emitted, the ids emitted at exactly that time, and when its last full re-listing finished.
 *
 * <p>The ids matter because many repos share a {@code createdAt} (every pre-2022 repo has the same
 * placeholder, and bulk uploads land in the same second): "newer than the newest" alone would drop
 * the rest of a tie cut by a restart, "at least as new" alone would emit the tie twice. An item is
 * new when it is newer than the newest, or exactly as new and not among the ids.
 *
 * <p>Stored as the Connect source offset of the listing's partition. Connect offsets hold only
 * primitive values, so the ids travel as one newline-joined string (a repo id has no newline).
 */
record AuthorCursor(Optional<Instant> newest, Set<String> idsAtNewest, Optional<Instant> lastFullListing) {

    static final String NEWEST_CREATED_AT = "newest_created_at";
    static final String IDS_AT_NEWEST = "ids_at_newest";
    static final String LAST_FULL_LISTING = "last_full_listing_ms";

    AuthorCursor {
        idsAtNewest = Set.copyOf(idsAtNewest);
    }

    static AuthorCursor empty() {
        return new AuthorCursor(Optional.empty(), Set.of(), Optional.empty());
    }

    /** Whether an item at this place has not been emitted as new yet. */
    boolean isNew(ParsedItem.Placement at) {
        if (newest.isEmpty()) {
            return true;
        }
        int c = at.createdAt().compareTo(newest.get());
        return c > 0 || (c == 0 && !idsAtNewest.contains(at.id()));
    }

    /** Whether an item is older than everything already emitted: a newest-first listing can stop there. */
    boolean isBehind(Instant createdAt) {
        return newest.isPresent() && createdAt.isBefore(newest.get());
    }

    /** The cursor once {@code at} has been emitted; emitting must go oldest first. */
    AuthorCursor advance(ParsedItem.Placement at) {
        if (newest.isEmpty() || at.createdAt().isAfter(newest.get())) {
            return new AuthorCursor(Optional.of(at.createdAt()), Set.of(at.id()), lastFullListing);
        }
        if (at.createdAt().equals(newest.get()) && !idsAtNewest.contains(at.id())) {
            Set<String> ids = new TreeSet<>(idsAtNewest);
            ids.add(at.id());
            return new AuthorCursor(newest, ids, lastFullListing);
        }
        return this;
    }

    AuthorCursor fullListingDone(Instant at) {
        return new AuthorCursor(newest, idsAtNewest, Optional.of(at));
    }

    /** A full re-listing is due when there never was one, or the last one is at least {@code interval} old. */
    boolean fullListingDue(Instant now, Duration interval) {
        return lastFullListing.map(last -> !now.isBefore(last.plus(interval))).orElse(true);
    }

    Map<String, Object> toOffset() {
        Map<String, Object> offset = new HashMap<>();
        newest.ifPresent(n -> offset.put(NEWEST_CREATED_AT, n.toString()));
        if (!idsAtNewest.isEmpty()) {
            offset.put(IDS_AT_NEWEST, new TreeSet<>(idsAtNewest).stream().collect(Collectors.joining("\n")));
        }
        lastFullListing.ifPresent(l -> offset.put(LAST_FULL_LISTING, l.toEpochMilli()));
        return offset;
    }

    /** Reads a stored offset; null or an unreadable one starts over (a full listing). */
    static AuthorCursor fromOffset(Map<String, ?> offset) {
        if (offset == null) {
            return empty();
        }
        try {
            Optional<Instant> newest = Optional.ofNullable(offset.get(NEWEST_CREATED_AT))
                    .map(Object::toString).map(Instant::parse);
            Set<String> ids = Optional.ofNullable(offset.get(IDS_AT_NEWEST)).map(Object::toString)
                    .map(s -> Arrays.stream(s.split("\n")).filter(id -> !id.isEmpty()).collect(Collectors.toSet()))
                    .orElse(Set.of());
            Optional<Instant> last = Optional.ofNullable(offset.get(LAST_FULL_LISTING))
                    .map(v -> Instant.ofEpochMilli(((Number) v).longValue()));
            return new AuthorCursor(newest, ids, last);
        } catch (RuntimeException e) {
            return empty();
        }
    }
}
