package org.releaseradar.connectors.huggingface;

import java.util.Map;
import java.util.Optional;

/**
 * One listing the connector follows: an author's models, or the whole Hub. It is also the Connect
 * source partition under which that listing's {@link AuthorCursor} is stored.
 */
public record ListingTarget(Optional<String> author) {

    static final String SOURCE = "huggingface";

    static ListingTarget author(String author) {
        return new ListingTarget(Optional.of(author));
    }

    static ListingTarget wholeHub() {
        return new ListingTarget(Optional.empty());
    }

    Map<String, String> sourcePartition() {
        return author.map(a -> Map.of("source", SOURCE, "author", a))
                .orElseGet(() -> Map.of("source", SOURCE, "mode", ListingMode.ALL.configValue()));
    }

    String describe() {
        return author.map(a -> "author " + a).orElse("the whole Hub");
    }
}
