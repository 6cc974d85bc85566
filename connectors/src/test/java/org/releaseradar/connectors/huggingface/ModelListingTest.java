package org.releaseradar.connectors.huggingface;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.ModelSnapshot;

/** The offsets logic against a scripted Hub: what each poll emits, and what a restart resumes from. */
class ModelListingTest {

    private static final URI BASE = URI.create("http://hub.test");
    private static final ListingTarget QWEN = ListingTarget.author("Qwen");
    private static final Instant NOW = Instant.parse("2026-03-18T06:00:00Z");

    /** The Hub: items newest first (ties by id descending), served in pages of 3. */
    private final List<ParsedItem> hub = new ArrayList<>();
    private int fetches;
    private Integer failAtPage;

    private final ModelListing.PageSource pages = url -> {
        fetches++;
        String query = url.getQuery();
        int page = query.contains("cursor=") ? Integer.parseInt(query.substring(query.indexOf("cursor=") + 7)) : 0;
        if (failAtPage != null && page == failAtPage) {
            throw new UnusablePageException(url, new byte[] {'['}, "malformed JSON", null);
        }
        List<ParsedItem> sorted = hub.stream().sorted(NEWEST_FIRST).toList();
        int from = page * 3;
        int to = Math.min(from + 3, sorted.size());
        Optional<URI> next = to < sorted.size()
                ? Optional.of(URI.create(BASE + "/api/models?author=Qwen&cursor=" + (page + 1)))
                : Optional.empty();
        return new HubPage(url, sorted.subList(Math.min(from, sorted.size()), to), next);
    };

    private static final Comparator<ParsedItem> NEWEST_FIRST = Comparator
            .comparing((ParsedItem i) -> i.placement().map(ParsedItem.Placement::createdAt).orElse(Instant.MAX))
            .thenComparing(i -> i.placement().map(ParsedItem.Placement::id).orElse(""))
            .reversed();

    private ModelListing listing(Optional<Instant> since) {
        return new ModelListing(new HubModelsRequest(BASE, 3), pages, since);
    }

    private void publish(String id, String createdAt) {
        Instant at = Instant.parse(createdAt);
        ModelSnapshot snapshot = ModelSnapshot.newBuilder().setRepoId(id).setCreatedAt(at).setPolledAt(NOW).build();
        hub.add(new ParsedItem.Snapshot(snapshot, new ParsedItem.Placement(id, at)));
    }

    private static List<String> ids(ModelListing.Result result) {
        return result.emissions().stream()
                .map(e -> e.item().placement().map(ParsedItem.Placement::id).orElse("?")).toList();
    }

    private void sevenModelsWithTies() {
        publish("Qwen/a", "2025-01-01T00:00:00Z");
        publish("Qwen/b", "2025-02-01T00:00:00Z");
        publish("Qwen/c", "2025-02-01T00:00:00Z");
        publish("Qwen/d", "2025-02-01T00:00:00Z");
        publish("Qwen/e", "2025-03-01T00:00:00Z");
        publish("Qwen/f", "2025-04-01T00:00:00Z");
        publish("Qwen/g", "2025-04-01T00:00:00Z");
    }

    @Test
    void theFirstListingEmitsEverythingOldestFirstWithTheCursorGrowing() throws Exception {
        sevenModelsWithTies();
        ModelListing.Result first = listing(Optional.empty()).run(QWEN, AuthorCursor.empty(), true, NOW);

        assertThat(ids(first)).containsExactly("Qwen/a", "Qwen/b", "Qwen/c", "Qwen/d", "Qwen/e", "Qwen/f", "Qwen/g");
        assertThat(fetches).isEqualTo(3);
        assertThat(first.emissions().get(2).cursorAfter().idsAtNewest()).containsExactlyInAnyOrder("Qwen/b", "Qwen/c");
        AuthorCursor last = first.emissions().get(6).cursorAfter();
        assertThat(last.newest()).contains(Instant.parse("2025-04-01T00:00:00Z"));
        assertThat(last.idsAtNewest()).containsExactlyInAnyOrder("Qwen/f", "Qwen/g");
        assertThat(last.lastFullListing()).contains(NOW);
        // Only the last record marks the full listing done, so a listing cut short is redone.
        assertThat(first.emissions().get(5).cursorAfter().lastFullListing()).isEmpty();
        assertThat(first.cursor()).isEqualTo(last);
    }

    @Test
    void aPollEmitsOnlyNewReleasesAndStopsPagingAtTheCursor() throws Exception {
        sevenModelsWithTies();
        AuthorCursor cursor = listing(Optional.empty()).run(QWEN, AuthorCursor.empty(), true, NOW).cursor();

        ModelListing.Result nothing = listing(Optional.empty()).run(QWEN, cursor, false, NOW);
        assertThat(nothing.emissions()).isEmpty();
        assertThat(nothing.cursor()).isEqualTo(cursor);

        publish("Qwen/h", "2025-04-01T00:00:00Z"); // same second as f and g
        publish("Qwen/i", "2025-05-01T00:00:00Z");
        fetches = 0;
        ModelListing.Result poll = listing(Optional.empty()).run(QWEN, cursor, false, NOW);
        assertThat(ids(poll)).containsExactly("Qwen/h", "Qwen/i");
        assertThat(fetches).isEqualTo(2); // page 2 reaches e, older than the cursor: no third page
        assertThat(poll.cursor().idsAtNewest()).containsExactly("Qwen/i");
        assertThat(poll.cursor().lastFullListing()).contains(NOW);
    }

    @Test
    void aRestartAtAnyRecordNeitherMissesNorRepeats() throws Exception {
        sevenModelsWithTies();
        ModelListing.Result full = listing(Optional.empty()).run(QWEN, AuthorCursor.empty(), true, NOW);
        List<String> all = ids(full);
        for (int delivered = 1; delivered <= all.size(); delivered++) {
            // Connect stored the offset of the last delivered record; the task restarts from it.
            AuthorCursor stored = AuthorCursor.fromOffset(full.emissions().get(delivered - 1).cursorAfter().toOffset());
            boolean fullAgain = stored.fullListingDue(NOW.plusSeconds(1), Duration.ofHours(1));
            List<String> resumed = ids(listing(Optional.empty()).run(QWEN, stored, false, NOW));
            assertThat(resumed).as("after %d delivered", delivered).isEqualTo(all.subList(delivered, all.size()));
            assertThat(fullAgain).isEqualTo(delivered < all.size());
        }
    }

    @Test
    void aFullRefreshReEmitsEveryModelWithoutMovingTheCursor() throws Exception {
        sevenModelsWithTies();
        AuthorCursor cursor = listing(Optional.empty()).run(QWEN, AuthorCursor.empty(), true, NOW).cursor();
        Instant later = NOW.plus(Duration.ofDays(1));
        assertThat(cursor.fullListingDue(later, Duration.ofDays(1))).isTrue();
        assertThat(cursor.fullListingDue(later.minusMillis(1), Duration.ofDays(1))).isFalse();

        ModelListing.Result refresh = listing(Optional.empty()).run(QWEN, cursor, true, later);
        assertThat(ids(refresh)).hasSize(7).doesNotHaveDuplicates();
        assertThat(refresh.cursor().newest()).isEqualTo(cursor.newest());
        assertThat(refresh.cursor().idsAtNewest()).isEqualTo(cursor.idsAtNewest());
        assertThat(refresh.cursor().lastFullListing()).contains(later);
    }

    @Test
    void anUnreadablePageDropsTheListingAndKeepsTheCursor() throws Exception {
        sevenModelsWithTies();
        failAtPage = 1;
        ModelListing.Result failed = listing(Optional.empty()).run(QWEN, AuthorCursor.empty(), true, NOW);
        assertThat(failed.emissions()).isEmpty();
        assertThat(failed.failure()).hasValueSatisfying(e -> assertThat(e.url().toString()).endsWith("cursor=1"));
        assertThat(failed.cursor()).isEqualTo(AuthorCursor.empty());
    }

    @Test
    void sinceIsTheFloor() throws Exception {
        sevenModelsWithTies();
        ModelListing.Result result = listing(Optional.of(Instant.parse("2025-02-01T00:00:00Z")))
                .run(QWEN, AuthorCursor.empty(), true, NOW);
        assertThat(ids(result)).containsExactly("Qwen/b", "Qwen/c", "Qwen/d", "Qwen/e", "Qwen/f", "Qwen/g");
    }

    @Test
    void unplaceableItemsAreReportedByFullListingsOnly() throws Exception {
        sevenModelsWithTies();
        hub.add(new ParsedItem.Rejected("item has no id", "{}", Optional.empty()));
        ModelListing.Result full = listing(Optional.empty()).run(QWEN, AuthorCursor.empty(), true, NOW);
        assertThat(full.emissions()).hasSize(8);
        assertThat(full.emissions().get(0).item()).isInstanceOf(ParsedItem.Rejected.class);
        assertThat(full.emissions().get(0).cursorAfter()).isEqualTo(AuthorCursor.empty());

        assertThat(listing(Optional.empty()).run(QWEN, full.cursor(), false, NOW).emissions()).isEmpty();
    }

    @Test
    void aPlaceableBadItemIsReportedOnceAndMovesTheCursor() throws Exception {
        sevenModelsWithTies();
        Instant at = Instant.parse("2025-06-01T00:00:00Z");
        hub.add(new ParsedItem.Rejected("Qwen/z: base_model is a number", "{}",
                Optional.of(new ParsedItem.Placement("Qwen/z", at))));
        AuthorCursor cursor = listing(Optional.empty()).run(QWEN, AuthorCursor.empty(), true, NOW).cursor();
        assertThat(cursor.newest()).contains(at);
        assertThat(listing(Optional.empty()).run(QWEN, cursor, false, NOW).emissions()).isEmpty();
    }

    @Test
    void offsetsRoundTripAndHoldOnlyPrimitives() {
        AuthorCursor cursor = AuthorCursor.empty()
                .advance(new ParsedItem.Placement("Qwen/b", Instant.parse("2025-02-01T00:00:00Z")))
                .advance(new ParsedItem.Placement("Qwen/a", Instant.parse("2025-02-01T00:00:00Z")))
                .fullListingDone(NOW);
        assertThat(cursor.toOffset()).containsEntry(AuthorCursor.IDS_AT_NEWEST, "Qwen/a\nQwen/b")
                .containsEntry(AuthorCursor.NEWEST_CREATED_AT, "2025-02-01T00:00:00Z")
                .containsEntry(AuthorCursor.LAST_FULL_LISTING, NOW.toEpochMilli());
        assertThat(AuthorCursor.fromOffset(cursor.toOffset())).isEqualTo(cursor);
        assertThat(AuthorCursor.fromOffset(null)).isEqualTo(AuthorCursor.empty());
        assertThat(AuthorCursor.fromOffset(java.util.Map.of(AuthorCursor.NEWEST_CREATED_AT, "garbage")))
                .isEqualTo(AuthorCursor.empty());
    }
}
