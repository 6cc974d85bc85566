package org.releaseradar.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.client.Request;

/**
 * Radar's composable index templates: built with the typed builders, sent in the JSON form every
 * Elasticsearch from 7.10 to 9.x accepts.
 *
 * <p>Why not just {@code client.indices().putIndexTemplate(request)}: elasticsearch-java 8.19
 * writes a dynamic template's conditions ({@code path_match}, {@code match_mapping_type}, ...) as
 * JSON arrays, a form only Elasticsearch 8.9+ reads. Earlier versions, 7.10 and 8.0–8.8 included,
 * read the array's {@code toString()}: {@code path_match} {@code "[facts.*]"} silently matches
 * nothing, {@code match_mapping_type} {@code "[string]"} is refused. So the request is serialized
 * with the client's own mapper, each one-element condition array becomes its single string (what
 * every version reads), and the body goes out through the client's low-level REST client, with
 * the same hosts, authentication and TLS.
 */
final class IndexTemplates {

    /** Dynamic template keys that 8.9+ accepts as arrays and earlier versions only as a string. */
    private static final Set<String> CONDITIONS = Set.of(
            "match", "unmatch", "path_match", "path_unmatch", "match_mapping_type", "unmatch_mapping_type");

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexTemplates() {
    }

    /** The typed request for {@code index}'s template. */
    static PutIndexTemplateRequest request(RadarIndex index) {
        return PutIndexTemplateRequest.of(t -> t
                .name(index.templateName())
                .indexPatterns(index.indexPattern())
                .priority(index.templatePriority())
                .meta(Map.of("managed_by", JsonData.of(IndexInstaller.MANAGED_BY), "alias", JsonData.of(index.alias())))
                .template(tm -> tm
                        .settings(index.settings())
                        .mappings(index.mappings())));
    }

    /** Creates or replaces {@code index}'s template. */
    static void put(ElasticsearchClient client, RadarIndex index) throws IOException {
        PutIndexTemplateRequest request = request(index);
        if (!(client._transport() instanceof RestClientTransport rest)) {
            // Another transport (not what ElasticsearchClientFactory builds): only 8.9+ reads this.
            client.indices().putIndexTemplate(request);
            return;
        }
        Request http = new Request("PUT", "/_index_template/" + request.name());
        http.setJsonEntity(body(request, client._jsonpMapper()));
        // A refusal (4xx) is a ResponseException whose message carries Elasticsearch's reason.
        rest.restClient().performRequest(http);
    }

    /** The request body as sent: the client's JSON with single-string dynamic template conditions. */
    static String body(PutIndexTemplateRequest request, JsonpMapper mapper) {
        try {
            JsonNode body = JSON.readTree(JsonpUtils.toJsonString(request, mapper));
            JsonNode templates = body.path("template").path("mappings").path("dynamic_templates");
            for (JsonNode named : templates) {
                for (JsonNode template : named) {
                    collapseConditions((ObjectNode) template);
                }
            }
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-read the JSON of index template " + request.name(), e);
        }
    }

    private static void collapseConditions(ObjectNode template) {
        for (Map.Entry<String, JsonNode> e : template.properties()) {
            if (CONDITIONS.contains(e.getKey()) && e.getValue() instanceof ArrayNode array) {
                if (array.size() != 1) {
                    throw new IllegalStateException("dynamic template condition " + e.getKey() + " must have"
                            + " exactly one value to be read by Elasticsearch before 8.9, got " + array);
                }
                e.setValue(array.get(0));
            }
        }
    }
}
