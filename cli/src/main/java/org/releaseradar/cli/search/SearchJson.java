package org.releaseradar.cli.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.releaseradar.cli.output.Json;
import org.releaseradar.search.query.FacetCount;
import org.releaseradar.search.query.Highlight;
import org.releaseradar.search.query.SearchHit;
import org.releaseradar.search.query.SearchQuery;
import org.releaseradar.search.query.SearchResult;

/**
 * {@code radar search --json}: the query, the total, the hits (each with its highlights as plain text plus
 * match offsets, and the whole stored document under "source") and the facets, as one JSON document.
 */
final class SearchJson {

    private SearchJson() {
    }

    static String render(SearchResult result) {
        ObjectNode doc = Json.object();
        doc.set("query", query(result.query()));
        doc.put("total", result.total());
        ArrayNode hits = doc.putArray("hits");
        result.hits().forEach(hit -> hits.add(hit(hit)));
        ObjectNode facets = doc.putObject("facets");
        facets.set("type", facet(facets, result.facets().type()));
        facets.set("origin", facet(facets, result.facets().origin()));
        facets.set("organization", facet(facets, result.facets().organization()));
        facets.set("month", facet(facets, result.facets().month()));
        ArrayNode missing = doc.putArray("missing_indices");
        result.missingIndices().forEach(missing::add);
        return Json.write(doc);
    }

    private static ObjectNode query(SearchQuery q) {
        ObjectNode node = Json.object();
        node.put("text", q.text());
        node.put("origin", q.origin() == null ? null : q.origin().code());
        node.put("organization", q.organization());
        node.put("month", q.month() == null ? null : q.month().toString());
        ArrayNode types = node.putArray("types");
        q.types().stream().sorted().forEach(t -> types.add(t.label()));
        node.put("limit", q.limit());
        return node;
    }

    private static ObjectNode hit(SearchHit hit) {
        ObjectNode node = Json.object();
        node.put("type", hit.type().label());
        node.put("id", hit.id());
        node.put("score", hit.score());
        node.put("title", hit.title());
        node.put("detail", hit.detail());
        ArrayNode origins = node.putArray("origins");
        hit.origins().forEach(origins::add);
        node.put("organization", hit.organization());
        node.put("month", hit.month());
        node.put("time", hit.time() == null ? null : hit.time().toString());
        node.put("url", hit.url());
        ArrayNode highlights = node.putArray("highlights");
        for (Highlight h : hit.highlights()) {
            ObjectNode highlight = highlights.addObject();
            highlight.put("field", h.field());
            ArrayNode fragments = highlight.putArray("fragments");
            for (Highlight.Fragment f : h.fragments()) {
                ObjectNode fragment = fragments.addObject();
                fragment.put("text", f.text());
                ArrayNode matches = fragment.putArray("matches");
                // Offsets in UTF-16 code units, end exclusive: text.substring(start, end) is the match.
                f.matches().forEach(m -> matches.addObject().put("start", m.start()).put("end", m.end()));
            }
        }
        node.set("source", hit.source());
        return node;
    }

    private static ArrayNode facet(ObjectNode parent, List<FacetCount> counts) {
        ArrayNode array = parent.arrayNode();
        for (FacetCount c : counts) {
            ObjectNode value = array.addObject();
            value.put("key", c.key());
            if (c.label() != null) {
                value.put("label", c.label());
            }
            value.put("count", c.count());
        }
        return array;
    }
}
