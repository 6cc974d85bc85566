package org.releaseradar.search.query;

import java.util.List;

/**
 * Counts of every matching document (not only the returned hits) by type, origin, organisation and month,
 * each list by count descending, then key. All counts are exact and complete: every value is listed.
 *
 * <p>A document with several values (an article mentioning CN and US organisations) counts once for each; a
 * document without a value (an alert about no one organisation) is in no bucket of that facet.
 *
 * @param type         by document type, in the order release, news, alert; types with no match are left out
 * @param origin       by origin: a release's origin_country, an article's origins, an alert's origin
 * @param organization by organisation: a release's org_id (or {@code ns:<namespace>} when its namespace is not
 *                     in the registry), the org_ids an article mentions, an alert's organisation
 * @param month        by month ({@code yyyy-MM}), newest first
 */
public record SearchFacets(List<FacetCount> type, List<FacetCount> origin, List<FacetCount> organization,
                           List<FacetCount> month) {

    public SearchFacets {
        type = List.copyOf(type);
        origin = List.copyOf(origin);
        organization = List.copyOf(organization);
        month = List.copyOf(month);
    }
}
