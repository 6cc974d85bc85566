package org.releaseradar.connectors.huggingface;

import java.time.Instant;
import java.util.Optional;
import org.releaseradar.schemas.avro.ModelSnapshot;

/** One item of a Hub page: a usable snapshot, or a rejection with its reason and original text. */
sealed interface ParsedItem permits ParsedItem.Snapshot, ParsedItem.Rejected {

    /** Where the item sits in the {@code createdAt} order, when its id and createdAt could be read. */
    Optional<Placement> placement();

    /** An item's id and creation time: what the listing's cursor is made of. */
    record Placement(String id, Instant createdAt) {
    }

    record Snapshot(ModelSnapshot snapshot, Placement at) implements ParsedItem {
        @Override
        public Optional<Placement> placement() {
            return Optional.of(at);
        }
    }

    /**
     * @param reason  what is wrong with it, in a sentence
     * @param json    the item's text as the Hub sent it
     * @param at      its place in the order, when known (a bad field does not hide a good id and date)
     */
    record Rejected(String reason, String json, Optional<Placement> at) implements ParsedItem {
        @Override
        public Optional<Placement> placement() {
            return at;
        }

        /** The dead-letter key: the repo id when the item has one. */
        String key() {
            return at.map(Placement::id).orElse(null);
        }
    }
}
