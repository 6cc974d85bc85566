package org.releaseradar.connectors.feeds;

import org.releaseradar.connectors.tabular.Fingerprint;

/**
 * A feed entry that cannot become an article.
 *
 * @param description what is known of the entry (title, date), sent as the dead-letter value since a
 *                    feed library gives no raw bytes per entry
 * @param reason      why it was rejected
 */
public record RejectedEntry(String description, String reason) {

    /**
     * Remembered in the feed's cursor like an article id, so a rejected entry goes to the dead-letter
     * topic once, not at every change of its feed. Prefixed so it can never equal an article id.
     */
    public String fingerprint() {
        return "x" + Fingerprint.sha256(description).substring(0, ArticleId.HEX_CHARS - 1);
    }
}
