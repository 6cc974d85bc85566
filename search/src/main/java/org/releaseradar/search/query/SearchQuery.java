package org.releaseradar.search.query;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * A full-text search over releases, news and alerts.
 *
 * @param text         the query in {@code simple_query_string} syntax (all words must match, "quoted phrases",
 *                     {@code -exclude}, {@code a | b}); blank or {@code *} matches every document
 * @param origin       only documents of this origin, or null for any
 * @param organization only documents of this organisation (an org_id, {@code ns:<namespace>} or a display
 *                     name, in any case), or null for any
 * @param month        only documents counted in this month, or null for any
 * @param types        the kinds of documents to search; never empty
 * @param limit        how many hits to return (0..{@value #MAX_LIMIT}); totals and facets count every match
 */
public record SearchQuery(String text, Origin origin, String organization, YearMonth month, Set<DocType> types, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    /** Elasticsearch's default index.max_result_window. */
    public static final int MAX_LIMIT = 10_000;

    public SearchQuery {
        text = text == null ? "" : text.trim();
        organization = organization == null || organization.isBlank() ? null : organization.trim();
        types = types == null || types.isEmpty() ? EnumSet.allOf(DocType.class) : Set.copyOf(EnumSet.copyOf(types));
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** Every type, no filter, {@value #DEFAULT_LIMIT} hits. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, DEFAULT_LIMIT);
    }

    /** True when the text matches every document. */
    public boolean matchesAll() {
        return text.isEmpty() || text.equals("*");
    }

    public SearchQuery withOrigin(Origin value) {
        return new SearchQuery(text, value, organization, month, types, limit);
    }

    public SearchQuery withOrganization(String value) {
        return new SearchQuery(text, origin, value, month, types, limit);
    }

    public SearchQuery withMonth(YearMonth value) {
        return new SearchQuery(text, origin, organization, value, types, limit);
    }

    public SearchQuery withTypes(Set<DocType> value) {
        return new SearchQuery(text, origin, organization, month, value, limit);
    }

    public SearchQuery withLimit(int value) {
        return new SearchQuery(text, origin, organization, month, types, value);
    }
}
