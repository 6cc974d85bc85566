package org.releaseradar.connectors.huggingface;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one listing (an author, or the whole Hub) newest first and decides what to emit.
 *
 * <p>A frequent poll pages only until it reaches items the cursor already covers (or older than
 * {@code hf.since}) and emits what is new. A full listing (the first one, then one every
 * {@code refresh.interval.ms}) reads to the end and emits every model again as a new snapshot, so
 * downloads and likes evolve; new items in it advance the cursor like any.
 *
 * <p>What is emitted goes oldest first, and each record carries the cursor as it stands after that
 * record. Connect commits the offset of the last record it delivered, so a task stopped halfway
 * resumes exactly after the last delivered release: nothing newer is skipped, nothing delivered is
 * emitted as new again. The items are therefore collected over all pages before emitting; a page
 * that cannot be read drops the whole listing (emitting the newer half would move the cursor past
 * the unread older half) and the listing is tried again at the next poll.
 *
 * <p>An item without an id or a readable createdAt cannot be placed against the cursor: it is
 * dead-lettered by full listings only, so one such item is reported once per refresh rather than
 * on every poll. An item that can be placed but is bad otherwise is dead-lettered once, like a
 * release, and moves the cursor.
 */
final class ModelListing {

    /** Fetches and reads one page. */
    @FunctionalInterface
    interface PageSource {
        HubPage fetch(URI url) throws UnusablePageException, InterruptedException;
    }

    /** One record to write: the item, the page it came from and the cursor once it is written. */
    record Emission(ParsedItem item, URI page, AuthorCursor cursorAfter) {
    }

    /**
     * @param emissions what to write, in order
     * @param cursor    the cursor after all of them (the in-memory state of the listing)
     * @param failure   the page that stopped the listing, when one did (then there are no emissions)
     * @param pages     pages read
     */
    record Result(List<Emission> emissions, AuthorCursor cursor, Optional<UnusablePageException> failure, int pages) {
    }

    private record Seen(ParsedItem item, URI page) {
    }

    private static final Comparator<Seen> OLDEST_FIRST = Comparator
            .comparing((Seen s) -> s.item().placement().orElseThrow().createdAt())
            .thenComparing(s -> s.item().placement().orElseThrow().id());

    private final HubModelsRequest request;
    private final PageSource pages;
    private final Optional<Instant> since;

    ModelListing(HubModelsRequest request, PageSource pages, Optional<Instant> since) {
        this.request = request;
        this.pages = pages;
        this.since = since;
    }

    Result run(ListingTarget target, AuthorCursor cursor, boolean full, Instant now) throws InterruptedException {
        Map<String, Seen> placed = new LinkedHashMap<>();
        List<Seen> unplaced = new ArrayList<>();
        URI url = request.firstPage(target);
        int read = 0;
        while (true) {
            HubPage page;
            try {
                page = pages.fetch(url);
            } catch (UnusablePageException e) {
                return new Result(List.of(), cursor, Optional.of(e), read);
            }
            read++;
            boolean reachedEnd = false;
            for (ParsedItem item : page.items()) {
                Optional<ParsedItem.Placement> at = item.placement();
                if (at.isEmpty()) {
                    if (full) {
                        unplaced.add(new Seen(item, page.url()));
                    }
                    continue;
                }
                Instant createdAt = at.get().createdAt();
                if (since.isPresent() && createdAt.isBefore(since.get())) {
                    reachedEnd = true;
                    continue;
                }
                if (!full && !cursor.isNew(at.get())) {
                    reachedEnd |= cursor.isBehind(createdAt);
                    continue;
                }
                // The Hub's cursor can repeat an item when repos are created while paging.
                placed.putIfAbsent(at.get().id(), new Seen(item, page.url()));
            }
            if (reachedEnd || page.next().isEmpty()) {
                break;
            }
            URI next = page.next().get();
            if (!request.sameOrigin(next)) {
                return new Result(List.of(), cursor, Optional.of(new UnusablePageException(next, null,
                        "next-page link leads to another origin; not followed (the token would go with it)", null)),
                        read);
            }
            url = next;
        }
        return new Result(emissions(cursor, unplaced, placed, full, now), finalCursor(cursor, placed, full, now),
                Optional.empty(), read);
    }

    private static List<Emission> emissions(AuthorCursor start, List<Seen> unplaced, Map<String, Seen> placed,
                                            boolean full, Instant now) {
        List<Emission> emissions = new ArrayList<>();
        for (Seen s : unplaced) {
            emissions.add(new Emission(s.item(), s.page(), start));
        }
        AuthorCursor cursor = start;
        for (Seen s : placed.values().stream().sorted(OLDEST_FIRST).toList()) {
            cursor = cursor.advance(s.item().placement().orElseThrow());
            emissions.add(new Emission(s.item(), s.page(), cursor));
        }
        if (full && !emissions.isEmpty()) {
            // Only the last record says the full listing is done: a listing cut short is redone.
            Emission last = emissions.remove(emissions.size() - 1);
            emissions.add(new Emission(last.item(), last.page(), last.cursorAfter().fullListingDone(now)));
        }
        return emissions;
    }

    private static AuthorCursor finalCursor(AuthorCursor start, Map<String, Seen> placed, boolean full, Instant now) {
        AuthorCursor cursor = start;
        for (Seen s : placed.values()) {
            cursor = cursor.advance(s.item().placement().orElseThrow());
        }
        return full ? cursor.fullListingDone(now) : cursor;
    }
}
