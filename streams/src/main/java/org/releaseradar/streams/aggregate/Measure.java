package org.releaseradar.streams.aggregate;

/**
 * The counters a {@link Tally} keeps, each a map member -> count. Every figure of the stats records is
 * derived from these maps, and each is a plain sum, so a contribution can always be taken back exactly.
 * The names are written to state stores and repartition topics: rename none, only add.
 */
enum Measure {
    /** LineageRelation name -> releases. */
    RELEASES_BY_RELATION,
    /** Org key ({@link OrgKey}) -> releases; its key set is the distinct organisations. */
    RELEASES_BY_ORG,
    /** Single member "" -> sum of downloads_all_time. */
    DOWNLOADS_ALL_TIME,
    /** Repo id -> 1 for each mainline release; says which models are candidates for the top list, even at 0 downloads. */
    MAINLINE_MODELS,
    /** Repo id -> downloads_all_time of each mainline release. */
    MAINLINE_DOWNLOADS,
    /** On the row of a base's origin: derivative's own origin country -> derivatives built on this origin. */
    DERIVATIVES_BY_OWN_ORIGIN,
    /** On the row of a derivative's own origin: base origin country -> derivatives of this origin. */
    DERIVATIVES_BY_BASE_ORIGIN,
    /** Single member "" -> news articles. */
    NEWS_ARTICLES,
    /** Organisation display name -> releases carrying it. */
    ORG_NAMES,
    /** Origin country -> releases carrying it. */
    ORIGIN_COUNTRIES,
    /** Bloc name -> releases carrying it. */
    ORIGIN_BLOCS
}
