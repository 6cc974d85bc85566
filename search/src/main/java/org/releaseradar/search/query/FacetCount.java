package org.releaseradar.search.query;

/**
 * How many matching documents have one value of a facet.
 *
 * @param key   the value (an origin code, an org key, a month, a type)
 * @param label a display name for the value when there is one (an organisation's name), else null
 * @param count matching documents with that value; exact
 */
public record FacetCount(String key, String label, long count) {
}
