package org.releaseradar.connectors.elasticsearch.bulk;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One bulk action: index {@code source} as document {@code id} of {@code index} (an alias), or,
 * when {@code source} is null, delete that document. Plain index actions, no external version:
 * the latest record for an id wins because the sink never lets an older one overtake it.
 *
 * @param index  alias or index name
 * @param id     the document id, the record key
 * @param source the document as UTF-8 JSON, or null for a delete
 */
public record DocumentAction(String index, String id, byte[] source) {

    /** What a bulk action line ({"index":{"_index":..,"_id":..}}) and separators add to the source. */
    private static final int ACTION_LINE_OVERHEAD = 40;

    public DocumentAction {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(id, "id");
    }

    public static DocumentAction index(String index, String id, byte[] source) {
        return new DocumentAction(index, id, Objects.requireNonNull(source, "source"));
    }

    public static DocumentAction delete(String index, String id) {
        return new DocumentAction(index, id, null);
    }

    public boolean isDelete() {
        return source == null;
    }

    public DocumentKey key() {
        return new DocumentKey(index, id);
    }

    /** Bytes this action adds to a bulk request body, near enough for bounding requests and buffers. */
    public long sizeInBytes() {
        return ACTION_LINE_OVERHEAD + index.length() + id.getBytes(StandardCharsets.UTF_8).length
                + (source == null ? 0 : source.length);
    }

    @Override
    public String toString() {
        // Never the source: documents are data, not log material.
        return (isDelete() ? "delete " : "index ") + index + "/" + id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentAction a && a.index.equals(index) && a.id.equals(id)
                && java.util.Arrays.equals(a.source, source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, id, java.util.Arrays.hashCode(source));
    }
}
