package org.releaseradar.search.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.DynamicTemplate;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.releaseradar.search.index.RadarIndex;

/**
 * Kibana cannot run here, so this checks the saved objects in {@code kibana/*.ndjson} against what
 * they need from Radar's index templates: every field a data view, visualization, control or saved
 * search uses is mapped in its index, with a type that the use needs; every reference resolves to
 * an object in the files; data views are titled with Radar's aliases.
 */
class KibanaSavedObjectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The time field of each data view (what Kibana's time picker filters on). */
    private static final Map<RadarIndex, String> TIME_FIELDS = Map.of(
            RadarIndex.RELEASES, "released_at",
            RadarIndex.NEWS, "published_at",
            RadarIndex.STATS, "month",
            RadarIndex.ORG_STATS, "month",
            RadarIndex.ALERTS, "created_at");

    private static final Set<String> NUMERIC = Set.of(
            "long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float", "unsigned_long");
    /** Field types Kibana can build terms buckets (and list controls) on. */
    private static final Set<String> BUCKETABLE = union(NUMERIC, Set.of("keyword", "boolean", "ip", "date"));
    /** Field types a Discover column can sort on (doc values). */
    private static final Set<String> SORTABLE = union(NUMERIC, Set.of("keyword", "boolean", "date"));
    /** A KQL "field : value" or "field < value" clause; the field is what precedes the operator. */
    private static final Pattern KQL_FIELD = Pattern.compile("([A-Za-z_@][A-Za-z0-9_.@]*)\\s*(?::|<=|>=|<|>)");

    private static List<Path> files;
    /** Every saved object of every file, by "type:id". */
    private static final Map<String, JsonNode> OBJECTS = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        Path kibana = kibanaDirectory();
        try (Stream<Path> list = Files.list(kibana)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList();
        }
        assertThat(files).as("ndjson files in %s", kibana).isNotEmpty();
        for (Path file : files) {
            for (JsonNode object : parse(file)) {
                String key = object.path("type").asText() + ":" + object.path("id").asText();
                assertThat(OBJECTS.put(key, object)).as("duplicate saved object %s", key).isNull();
            }
        }
    }

    @Test
    void everyLineIsOneSavedObject() throws IOException {
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as("%s ends with a newline", file).endsWith("\n");
            String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String where = file.getFileName() + ":" + (i + 1);
                assertThat(lines[i]).as("%s is blank", where).isNotBlank();
                JsonNode node = JSON.readTree(lines[i]);
                assertThat(node.isObject()).as("%s is a JSON object", where).isTrue();
                assertThat(node.path("type").asText()).as("%s has a type", where).isNotEmpty();
                assertThat(node.path("id").asText()).as("%s has an id", where).isNotEmpty();
                assertThat(node.path("attributes").isObject()).as("%s has attributes", where).isTrue();
                // Kibana migrates an object from the version that shaped it, so each says which:
                // migrationVersion (7.x exports, what radar.ndjson has) or typeMigrationVersion (8.8+).
                String shapedBy = node.path("migrationVersion").path(node.path("type").asText())
                        .asText(node.path("typeMigrationVersion").asText(""));
                assertThat(shapedBy).as("%s says which version shaped it", where).matches("[78]\\.\\d+\\.\\d+");
            }
        }
    }

    @Test
    void objectsTheIssueAsksFor() {
        assertThat(ofType("index-pattern")).hasSize(RadarIndex.values().length);
        assertThat(ofType("dashboard")).hasSize(1);
        List<String> visTypes = ofType("visualization").stream()
                .map(v -> json(v.path("attributes").path("visState").asText()).path("type").asText()).toList();
        assertThat(visTypes).contains("histogram", "table", "input_control_vis");
        assertThat(ofType("search")).extracting(s -> s.path("id").asText()).contains("radar-alerts-table");
        // The dashboard shows every visualization and saved search in the files.
        JsonNode dashboard = ofType("dashboard").get(0);
        Set<String> onDashboard = new java.util.HashSet<>();
        dashboard.path("references").forEach(r -> onDashboard.add(r.path("type").asText() + ":" + r.path("id").asText()));
        OBJECTS.forEach((key, o) -> {
            if (Set.of("visualization", "search").contains(o.path("type").asText())) {
                assertThat(onDashboard).as("dashboard panels").contains(key);
            }
        });
    }

    @Test
    void dataViewsAreOurAliasesWithTheirTimeFields() {
        Set<String> titles = new java.util.HashSet<>();
        for (JsonNode view : ofType("index-pattern")) {
            JsonNode a = view.path("attributes");
            String title = a.path("title").asText();
            RadarIndex index = RadarIndex.forAlias(title).orElseThrow(
                    () -> new AssertionError("data view " + title + " is not one of Radar's aliases"));
            titles.add(title);
            Fields fields = new Fields(index);
            String timeField = a.path("timeFieldName").asText();
            assertThat(timeField).as("time field of %s", title).isEqualTo(TIME_FIELDS.get(index));
            fields.require(timeField, Set.of("date"), "time field of data view " + title);
            if (a.hasNonNull("fields")) {
                for (JsonNode field : json(a.path("fields").asText())) {
                    fields.require(field.path("name").asText(), null, "field list of data view " + title);
                }
            }
            if (a.hasNonNull("fieldFormatMap")) {
                json(a.path("fieldFormatMap").asText()).fieldNames().forEachRemaining(
                        f -> fields.require(f, null, "field format of data view " + title));
            }
        }
        assertThat(titles).containsExactlyInAnyOrderElementsOf(
                Stream.of(RadarIndex.values()).map(RadarIndex::alias).toList());
    }

    @Test
    void visualizationsUseMappedFieldsOfTheRightType() {
        for (JsonNode vis : ofType("visualization")) {
            String title = vis.path("attributes").path("title").asText();
            JsonNode state = json(vis.path("attributes").path("visState").asText());
            Optional<Fields> source = checkSearchSource(vis, title);
            for (JsonNode agg : state.path("aggs")) {
                String field = agg.path("params").path("field").asText(null);
                String type = agg.path("type").asText();
                if (field == null) {
                    assertThat(type).as("%s: agg %s has no field", title, agg.path("id").asText()).isEqualTo("count");
                    continue;
                }
                Fields fields = source.orElseThrow(() -> new AssertionError(title + ": aggregation without a data view"));
                String use = title + ": " + type + " on " + field;
                switch (type) {
                    case "date_histogram", "date_range" -> fields.require(field, Set.of("date"), use);
                    case "terms", "significant_terms", "cardinality", "filters" -> fields.require(field, BUCKETABLE, use);
                    case "sum", "avg", "max", "min", "median", "percentiles", "histogram", "range" ->
                            fields.require(field, NUMERIC, use);
                    default -> throw new AssertionError(use + ": aggregation type not checked by this test");
                }
            }
            for (JsonNode control : state.path("params").path("controls")) {
                String ref = control.path("indexPatternRefName").asText();
                Fields fields = new Fields(dataViewIndex(resolve(vis, ref, "index-pattern")));
                String use = title + ": control on " + control.path("fieldName").asText();
                fields.require(control.path("fieldName").asText(),
                        "range".equals(control.path("type").asText()) ? NUMERIC : BUCKETABLE, use);
            }
        }
    }

    @Test
    void savedSearchesUseMappedColumnsAndSortFields() {
        for (JsonNode search : ofType("search")) {
            String title = search.path("attributes").path("title").asText();
            Fields fields = checkSearchSource(search, title)
                    .orElseThrow(() -> new AssertionError(title + ": saved search without a data view"));
            assertThat(search.path("attributes").path("columns")).as("%s columns", title).isNotEmpty();
            for (JsonNode column : search.path("attributes").path("columns")) {
                fields.require(column.asText(), null, title + ": column");
            }
            for (JsonNode sort : search.path("attributes").path("sort")) {
                fields.require(sort.get(0).asText(), SORTABLE, title + ": sort");
                assertThat(sort.get(1).asText()).isIn("asc", "desc");
            }
        }
    }

    @Test
    void everyReferenceResolves() {
        OBJECTS.forEach((key, object) -> {
            for (JsonNode ref : object.path("references")) {
                String target = ref.path("type").asText() + ":" + ref.path("id").asText();
                assertThat(OBJECTS).as("%s refers to %s (%s)", key, target, ref.path("name").asText()).containsKey(target);
            }
        });
        for (JsonNode dashboard : ofType("dashboard")) {
            JsonNode panels = json(dashboard.path("attributes").path("panelsJSON").asText());
            assertThat(panels).isNotEmpty();
            for (JsonNode panel : panels) {
                String ref = panel.path("panelRefName").asText();
                assertThat(ref).as("panel %s has a panelRefName", panel.path("panelIndex")).isNotEmpty();
                JsonNode target = resolveAny(dashboard, ref);
                assertThat(target.path("type").asText()).isIn("visualization", "search");
            }
            checkSearchSource(dashboard, dashboard.path("attributes").path("title").asText());
        }
    }

    // --- search sources: data view, query and filters ---

    /** Checks a searchSourceJSON's data view, KQL query fields and filter fields; returns its index's fields. */
    private static Optional<Fields> checkSearchSource(JsonNode object, String title) {
        JsonNode meta = object.path("attributes").path("kibanaSavedObjectMeta");
        if (!meta.hasNonNull("searchSourceJSON")) {
            return Optional.empty();
        }
        JsonNode source = json(meta.path("searchSourceJSON").asText());
        Optional<Fields> fields = source.hasNonNull("indexRefName")
                ? Optional.of(new Fields(dataViewIndex(resolve(object, source.path("indexRefName").asText(), "index-pattern"))))
                : Optional.empty();
        String query = source.path("query").path("query").asText("");
        if (!query.isBlank()) {
            assertThat(source.path("query").path("language").asText()).as("%s query language", title).isEqualTo("kuery");
            Matcher m = KQL_FIELD.matcher(query);
            while (m.find()) {
                fields.orElseThrow(() -> new AssertionError(title + ": query without a data view"))
                        .require(m.group(1), null, title + ": query " + query);
            }
        }
        int i = 0;
        for (JsonNode filter : source.path("filter")) {
            JsonNode filterMeta = filter.path("meta");
            Fields filterFields = filterMeta.hasNonNull("indexRefName")
                    ? new Fields(dataViewIndex(resolve(object, filterMeta.path("indexRefName").asText(), "index-pattern")))
                    : fields.orElseThrow(() -> new AssertionError(title + ": filter without a data view"));
            String use = title + ": filter " + i++;
            if (filterMeta.hasNonNull("key")) {
                filterFields.require(filterMeta.path("key").asText(), null, use);
            }
            for (String clause : List.of("match_phrase", "match", "term", "terms", "range", "exists")) {
                JsonNode body = filter.path("query").path(clause);
                if (clause.equals("exists")) {
                    if (body.hasNonNull("field")) {
                        filterFields.require(body.path("field").asText(), null, use);
                    }
                } else {
                    body.fieldNames().forEachRemaining(f -> filterFields.require(f, null, use));
                }
            }
        }
        return fields;
    }

    private static JsonNode resolve(JsonNode object, String referenceName, String expectedType) {
        JsonNode target = resolveAny(object, referenceName);
        assertThat(target.path("type").asText()).as("reference %s", referenceName).isEqualTo(expectedType);
        return target;
    }

    private static JsonNode resolveAny(JsonNode object, String referenceName) {
        for (JsonNode ref : object.path("references")) {
            if (ref.path("name").asText().equals(referenceName)) {
                String key = ref.path("type").asText() + ":" + ref.path("id").asText();
                JsonNode target = OBJECTS.get(key);
                assertThat(target).as("%s: reference %s -> %s", object.path("id").asText(), referenceName, key).isNotNull();
                return target;
            }
        }
        throw new AssertionError(object.path("id").asText() + " has no reference named " + referenceName);
    }

    private static RadarIndex dataViewIndex(JsonNode view) {
        String title = view.path("attributes").path("title").asText();
        return RadarIndex.forAlias(title).orElseThrow(() -> new AssertionError("data view " + title + " is not an alias of ours"));
    }

    // --- the fields of an index template ---

    /** The mapped fields of one index: full dotted paths (multi-fields too) to their type. */
    static final class Fields {
        private final RadarIndex index;
        private final Map<String, String> types = new HashMap<>();
        /** Dynamic Avro map objects: path prefix to the type their dynamic template gives values. */
        private final Map<String, String> dynamicMaps = new HashMap<>();

        Fields(RadarIndex index) {
            this.index = index;
            TypeMapping mapping = index.mappings();
            collect("", mapping.properties());
            for (NamedValue<DynamicTemplate> template : mapping.dynamicTemplates()) {
                for (String pathMatch : template.value().pathMatch()) {
                    if (pathMatch.endsWith(".*")) {
                        dynamicMaps.put(pathMatch.substring(0, pathMatch.length() - 1),
                                template.value().mapping()._kind().jsonValue());
                    }
                }
            }
        }

        private void collect(String prefix, Map<String, Property> properties) {
            properties.forEach((name, property) -> {
                String path = prefix + name;
                String kind = property._kind().jsonValue();
                types.put(path, kind);
                if (property.isObject()) {
                    if (property.object().dynamic() != DynamicMapping.True) {
                        collect(path + ".", property.object().properties());
                    }
                } else if (property.isKeyword()) {
                    property.keyword().fields().forEach((sub, p) -> types.put(path + "." + sub, p._kind().jsonValue()));
                } else if (property.isText()) {
                    property.text().fields().forEach((sub, p) -> types.put(path + "." + sub, p._kind().jsonValue()));
                }
            });
        }

        /** Fails unless {@code field} is mapped (not as a bare object) with one of {@code allowed} (null: any). */
        void require(String field, Set<String> allowed, String use) {
            String type = types.get(field);
            if (type == null) {
                type = dynamicMaps.entrySet().stream().filter(e -> field.startsWith(e.getKey()) && field.length() > e.getKey().length())
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            assertThat(type).as("%s: field %s is not mapped in %s", use, field, index.alias()).isNotNull();
            assertThat(type).as("%s: %s is an object, not a field", use, field).isNotEqualTo("object");
            if (allowed != null) {
                assertThat(allowed).as("%s: %s is mapped as %s in %s", use, field, type, index.alias()).contains(type);
            }
        }
    }

    // --- files ---

    /**
     * The repository's kibana/ folder. Surefire runs in the module directory (and sets basedir);
     * an IDE may run from the repository root: walk up from either until kibana/ is found.
     */
    static Path kibanaDirectory() {
        List<Path> starts = new ArrayList<>();
        String basedir = System.getProperty("basedir");
        if (basedir != null) {
            starts.add(Path.of(basedir));
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path kibana = dir.resolve("kibana");
                if (Files.isDirectory(kibana) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    return kibana;
                }
            }
        }
        throw new AssertionError("no kibana/ folder above " + starts);
    }

    private static List<JsonNode> parse(Path file) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                objects.add(JSON.readTree(line));
            }
        }
        return objects;
    }

    private static List<JsonNode> ofType(String type) {
        return OBJECTS.values().stream().filter(o -> o.path("type").asText().equals(type)).toList();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
