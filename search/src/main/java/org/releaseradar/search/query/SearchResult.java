package org.releaseradar.search.query;

import java.util.List;

/**
 * What a search found.
 *
 * @param query          the search
 * @param total          every matching document (exact), of which {@code hits} are the best {@code query.limit()}
 * @param hits           best first (by relevance; equal relevance newest first)
 * @param facets         counts of all {@code total} matches
 * @param missingIndices aliases that were searched but do not exist (nothing indexed there yet); their type
 *                       contributes no hits
 */
public record SearchResult(SearchQuery query, long total, List<SearchHit> hits, SearchFacets facets,
                           List<String> missingIndices) {

    public SearchResult {
        hits = List.copyOf(hits);
        missingIndices = List.copyOf(missingIndices);
    }
}
