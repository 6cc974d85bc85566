package org.releaseradar.connectors.slack;

/** Slack's documented Block Kit limits (docs.slack.dev, "Blocks"), in characters. */
final class SlackLimits {

    static final int MAX_BLOCKS = 50;
    static final int HEADER_TEXT = 150;
    static final int SECTION_TEXT = 3000;
    static final int FIELDS = 10;
    static final int FIELD_TEXT = 2000;
    static final int CONTEXT_ELEMENTS = 10;
    static final int CONTEXT_TEXT = 3000;
    /** Radar's own bound for the top-level {@code text} (Slack's notification fallback; Slack's limit is 40,000). */
    static final int FALLBACK_TEXT = 1000;

    private SlackLimits() {
    }
}
