package org.releaseradar.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One matching document, with what a list of results shows about it.
 *
 * @param type         what it is
 * @param id           its document id (the Kafka record key: repo id, article id, alert id)
 * @param score        relevance; only comparable within one search
 * @param title        repo id of a release, title of an article or alert
 * @param detail       one line of context: a release's lineage and downloads, an article's feed, an alert's
 *                     severity and rule; may be empty
 * @param origins      the origin(s) it is attributed to (a release's country, an article's mentioned
 *                     countries, an alert's origin); may be empty
 * @param organization the organisation (a release's publisher, an alert's org_id, the org_ids an article
 *                     mentions, comma-separated), or null
 * @param month        the month it is counted in ({@code yyyy-MM}), or null
 * @param time         release time, publication time or alert time, or null when unknown
 * @param url          a link to it (Hub page, article, first alert link), or null
 * @param highlights   the fields that matched the text, with the matches marked
 * @param source       the whole document as stored
 */
public record SearchHit(DocType type, String id, double score, String title, String detail, List<String> origins,
                        String organization, String month, Instant time, String url, List<Highlight> highlights,
                        JsonNode source) {

    public SearchHit {
        origins = List.copyOf(origins);
        highlights = List.copyOf(highlights);
    }
}
