package org.releaseradar.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The template body as it goes over the wire must be readable by Elasticsearch 7.10 to 9.x. */
class IndexTemplatesTest {

    @ParameterizedTest
    @EnumSource(RadarIndex.class)
    void bodyHasSingleStringConditionsAndEverythingElse(RadarIndex index) throws Exception {
        String body = IndexTemplates.body(IndexTemplates.request(index), new JacksonJsonpMapper());
        JsonNode json = new ObjectMapper().readTree(body);

        assertThat(json.path("index_patterns").toString()).isEqualTo("[\"" + index.alias() + "-*\"]");
        assertThat(json.path("priority").asLong()).isEqualTo(index.templatePriority());
        assertThat(json.path("_meta").path("managed_by").asText()).isEqualTo("release-radar");
        assertThat(json.path("template").path("settings").toString()).contains("radar_model_name", "word_delimiter_graph");
        JsonNode mappings = json.path("template").path("mappings");
        assertThat(mappings.path("dynamic").asText()).isEqualTo("false");
        assertThat(mappings.path("properties").path("month").path("format").asText()).isEqualTo("yyyy-MM");
        for (JsonNode named : mappings.path("dynamic_templates")) {
            JsonNode template = named.elements().next();
            assertThat(template.path("path_match").isTextual()).as(named.toString()).isTrue();
            assertThat(template.path("mapping").path("type").isTextual()).isTrue();
        }
    }
}
