package org.releaseradar.schemas;

/** Radar's topic names, in one place (DESIGN.md, "Topics and records"). The topics are the contract. */
public final class Topics {

    /** HF namespace (lower case) -> {@code Organization}; compacted. */
    public static final String ORGS = "radar.orgs";
    /** Repo id -> {@code ModelSnapshot}, what one Hub poll saw; delete, long retention. */
    public static final String HF_MODELS = "radar.hf.models";
    /** Epoch model name -> {@code EpochModel}; compacted. */
    public static final String EPOCH_MODELS = "radar.epoch.models";
    /** Article id -> {@code NewsArticle}; compacted. */
    public static final String NEWS_RAW = "radar.news.raw";
    /** Repo id -> {@code ModelRelease}, enriched; compacted. */
    public static final String RELEASES = "radar.releases";
    /** Article id -> {@code NewsItem}, enriched and linked; compacted. */
    public static final String NEWS = "radar.news";
    /** {@code origin|yyyy-MM} -> {@code OriginMonthStats}; compacted. */
    public static final String STATS_ORIGIN_MONTH = "radar.stats.origin-month";
    /** {@code org|yyyy-MM} -> {@code OrgMonthStats} (org: org_id, {@code ns:<namespace>} or UNKNOWN); compacted. */
    public static final String STATS_ORG_MONTH = "radar.stats.org-month";
    /** Alert id -> {@code Alert}; compacted. */
    public static final String ALERTS = "radar.alerts";
    /** {@code <connector>/<alert id>} -> {@code SlackDelivery}: alerts the Slack sink posted; compacted. */
    public static final String SLACK_DELIVERED = "radar.slack.delivered";
    /** Original key -> original bytes, with the error in headers; delete. */
    public static final String DLQ = "radar.dlq";

    private Topics() {
    }
}
