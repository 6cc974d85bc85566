package org.releaseradar.connectors.feeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A feed's source offset: the HTTP validators of the last document read and the ids of the articles
 * already emitted from it.
 *
 * <p>Why ids and not "newest published time": feeds carry undated and unparseable dates, back-dated
 * and re-ordered items, so a time watermark would either miss items or re-emit them. A feed document
 * is a window of its latest items; remembering every id of the current window (plus older ids up to
 * a bound) is exact: an item is new exactly when its id is not in the set.
 *
 * <p>Restarts: every record of a feed carries the cursor as it stands after that record (the ids
 * emitted so far; the new validators only on the document's last record). Connect commits offsets
 * of a contiguous prefix of acknowledged records, so after a crash the committed cursor names exactly
 * the articles that reached Kafka: nothing is re-emitted and nothing is missed. A document that
 * brings no new article changes only the in-memory cursor (no record carries it); after a restart its
 * first fetch is then unconditional and the id set filters it.
 *
 * <p>Connect offsets may hold only primitive values, so the ids are one space-separated string,
 * newest first.
 */
public record FeedCursor(String etag, String lastModified, List<String> seenIds) {

    static final String ETAG = "etag";
    static final String LAST_MODIFIED = "last_modified";
    static final String SEEN = "seen";

    public FeedCursor {
        seenIds = List.copyOf(seenIds);
    }

    public static FeedCursor empty() {
        return new FeedCursor(null, null, List.of());
    }

    /** The cursor in a stored offset; an absent or empty offset is the start of the feed. */
    public static FeedCursor fromOffset(Map<String, ?> offset) {
        if (offset == null) {
            return empty();
        }
        Object seen = offset.get(SEEN);
        List<String> ids = seen == null || seen.toString().isBlank()
                ? List.of() : Arrays.asList(seen.toString().trim().split(" "));
        return new FeedCursor(string(offset.get(ETAG)), string(offset.get(LAST_MODIFIED)), ids);
    }

    public Map<String, Object> toOffset() {
        Map<String, Object> offset = new HashMap<>();
        if (etag != null) {
            offset.put(ETAG, etag);
        }
        if (lastModified != null) {
            offset.put(LAST_MODIFIED, lastModified);
        }
        offset.put(SEEN, String.join(" ", seenIds));
        return offset;
    }

    /** Request headers that make the next GET conditional on what this cursor saw. */
    public Map<String, String> conditionalHeaders() {
        Map<String, String> headers = new HashMap<>();
        if (etag != null) {
            headers.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            headers.put("If-Modified-Since", lastModified);
        }
        return headers;
    }

    public boolean hasSeen(String id) {
        return seenIds.contains(id);
    }

    /** This cursor with {@code id} remembered (as the newest), validators unchanged. */
    public FeedCursor withSeen(String id, int bound) {
        List<String> ids = new ArrayList<>();
        ids.add(id);
        ids.addAll(seenIds);
        return new FeedCursor(etag, lastModified, bounded(ids, bound));
    }

    /**
     * The cursor after a whole document was handled: its validators, and its ids (all of them, even
     * beyond {@code bound}, so nothing in the current window can be re-emitted) followed by older
     * remembered ids up to {@code bound}.
     */
    public FeedCursor afterDocument(List<String> documentIds, String newEtag, String newLastModified, int bound) {
        List<String> ids = new ArrayList<>(documentIds);
        ids.addAll(seenIds);
        return new FeedCursor(newEtag, newLastModified, bounded(ids, Math.max(bound, documentIds.size())));
    }

    /** This cursor with new validators (a document that was rejected as a whole). */
    public FeedCursor withValidators(String newEtag, String newLastModified) {
        return new FeedCursor(newEtag, newLastModified, seenIds);
    }

    private static List<String> bounded(List<String> ids, int bound) {
        Set<String> unique = new LinkedHashSet<>(ids);
        return unique.stream().limit(bound).toList();
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }
}
