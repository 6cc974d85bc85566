package org.releaseradar.connectors.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedCursorTest {

    @Test
    void anEmptyCursorAsksUnconditionally() {
        assertThat(FeedCursor.fromOffset(null).conditionalHeaders()).isEmpty();
        assertThat(FeedCursor.empty().hasSeen("a")).isFalse();
    }

    @Test
    void sendsBothValidatorsItRemembers() {
        FeedCursor cursor = FeedCursor.empty().afterDocument(List.of("a"), "\"v1\"", "Tue, 03 Mar 2026 10:00:00 GMT", 10);
        assertThat(cursor.conditionalHeaders()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "If-None-Match", "\"v1\"", "If-Modified-Since", "Tue, 03 Mar 2026 10:00:00 GMT"));
    }

    @Test
    void sendsOnlyTheValidatorTheServerGave() {
        assertThat(FeedCursor.empty().afterDocument(List.of(), null, "Tue, 03 Mar 2026 10:00:00 GMT", 10)
                .conditionalHeaders()).containsOnlyKeys("If-Modified-Since");
    }

    @Test
    void roundTripsThroughASourceOffsetOfPrimitiveValues() {
        FeedCursor cursor = new FeedCursor("\"e\"", "lm", List.of("b", "a"));
        Map<String, Object> offset = cursor.toOffset();
        assertThat(offset.values()).allSatisfy(v -> assertThat(v).isInstanceOf(String.class));
        assertThat(FeedCursor.fromOffset(offset)).isEqualTo(cursor);
        assertThat(FeedCursor.fromOffset(Map.of("seen", ""))).isEqualTo(FeedCursor.empty());
    }

    @Test
    void keepsEveryIdOfTheCurrentDocumentEvenBeyondTheBound() {
        FeedCursor cursor = new FeedCursor(null, null, List.of("old1", "old2"))
                .afterDocument(List.of("n1", "n2", "n3"), "e", null, 2);
        assertThat(cursor.seenIds()).containsExactly("n1", "n2", "n3");
    }

    @Test
    void keepsOlderIdsUpToTheBoundNewestFirst() {
        FeedCursor cursor = new FeedCursor(null, null, List.of("o1", "o2", "o3"))
                .afterDocument(List.of("n1", "o1"), "e", null, 4);
        assertThat(cursor.seenIds()).containsExactly("n1", "o1", "o2", "o3");
    }

    @Test
    void rememberingOneIdKeepsTheOldValidatorsSoAHalfEmittedDocumentIsFetchedAgain() {
        FeedCursor cursor = new FeedCursor("\"old\"", null, List.of("a")).withSeen("b", 10);
        assertThat(cursor.etag()).isEqualTo("\"old\"");
        assertThat(cursor.hasSeen("a")).isTrue();
        assertThat(cursor.hasSeen("b")).isTrue();
    }
}
