package org.releaseradar.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.DynamicTemplate;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.OrgMonthStats;
import org.releaseradar.schemas.avro.OriginMonthStats;

/**
 * The mappings against the Avro schemas of the documents: a document is its Avro record with the
 * Avro field names (issue 5), so every mapped path must be an Avro field of a compatible type, and
 * every Avro field must be mapped or deliberately left unindexed.
 */
class RadarIndexMappingTest {

    /** The Avro value record of each index. */
    static final Map<RadarIndex, Schema> VALUE_SCHEMAS = new EnumMap<>(Map.of(
            RadarIndex.RELEASES, ModelRelease.getClassSchema(),
            RadarIndex.NEWS, NewsItem.getClassSchema(),
            RadarIndex.STATS, OriginMonthStats.getClassSchema(),
            RadarIndex.ORG_STATS, OrgMonthStats.getClassSchema(),
            RadarIndex.ALERTS, Alert.getClassSchema()));

    /**
     * Avro fields deliberately not indexed: they are in each document's _source (returned with
     * hits, shown in Kibana's document view) but nobody searches, filters or aggregates on them.
     * A field missing from both the mapping and this set fails the test, so a schema change is
     * a decision, not an accident.
     */
    static final Map<RadarIndex, Set<String>> KEPT_IN_SOURCE_ONLY = new EnumMap<>(Map.of(
            RadarIndex.RELEASES, Set.of(),
            RadarIndex.NEWS, Set.of(),
            RadarIndex.STATS, Set.of(),
            RadarIndex.ORG_STATS, Set.of(),
            // URLs the alert refers to: displayed with the alert, never a search criterion.
            RadarIndex.ALERTS, Set.of("links")));

    @ParameterizedTest
    @EnumSource(RadarIndex.class)
    void everyMappedFieldIsAnAvroFieldOfACompatibleType(RadarIndex index) {
        List<String> problems = new ArrayList<>();
        checkMapped("", index.mappings().properties(), VALUE_SCHEMAS.get(index), problems);
        assertThat(problems).as("mapping of %s against %s", index, VALUE_SCHEMAS.get(index).getName()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(RadarIndex.class)
    void everyAvroFieldIsMappedOrKeptInSourceOnly(RadarIndex index) {
        Set<String> unmapped = new TreeSet<>();
        collectUnmapped("", VALUE_SCHEMAS.get(index), index.mappings().properties(), unmapped);
        assertThat(unmapped).as("Avro fields of %s", VALUE_SCHEMAS.get(index).getName())
                .isEqualTo(new TreeSet<>(KEPT_IN_SOURCE_ONLY.get(index)));
    }

    @ParameterizedTest
    @EnumSource(RadarIndex.class)
    void topLevelIsNotDynamicAndEveryAvroMapHasItsValueType(RadarIndex index) {
        TypeMapping mapping = index.mappings();
        assertThat(mapping.dynamic()).isEqualTo(DynamicMapping.False);
        Schema schema = VALUE_SCHEMAS.get(index);
        int maps = 0;
        for (Schema.Field field : schema.getFields()) {
            Schema type = nonNull(field.schema());
            if (type.getType() != Schema.Type.MAP) {
                continue;
            }
            Property property = mapping.properties().get(field.name());
            assertThat(property.isObject()).as(field.name()).isTrue();
            assertThat(property.object().dynamic()).as(field.name()).isEqualTo(DynamicMapping.True);
            // The value type comes from the map's own dynamic template.
            DynamicTemplate template = mapping.dynamicTemplates().stream()
                    .filter(t -> t.name().equals(field.name() + RadarMappings.MAP_VALUES_SUFFIX))
                    .map(NamedValue::value).findFirst().orElseThrow(() -> new AssertionError("no template for " + field.name()));
            assertThat(template.pathMatch()).containsExactly(field.name() + ".*");
            String expected = switch (nonNull(type.getValueType()).getType()) {
                case LONG, INT -> "long";
                case STRING, ENUM -> "keyword";
                default -> throw new AssertionError("no convention for map values of " + type.getValueType());
            };
            assertThat(template.mapping()._kind().jsonValue()).as("values of %s", field.name()).isEqualTo(expected);
            maps++;
        }
        assertThat(mapping.dynamicTemplates()).hasSize(maps);
    }

    @Test
    void conventionsOfTheContract() {
        TypeMapping releases = RadarIndex.RELEASES.mappings();
        for (String modelName : List.of("repo_id", "organization_name", "base_models", "epoch_model")) {
            Property p = releases.properties().get(modelName);
            assertThat(p.isKeyword()).as(modelName).isTrue();
            assertThat(p.keyword().fields().get("text").text().analyzer()).as(modelName).isEqualTo(Fields.MODEL_NAME_ANALYZER);
        }
        for (RadarIndex index : RadarIndex.values()) {
            Property month = index.mappings().properties().get("month");
            assertThat(month.date().format()).as("%s month", index).isEqualTo("yyyy-MM");
        }
        Property newsTitle = RadarIndex.NEWS.mappings().properties().get("title");
        assertThat(newsTitle.text().analyzer()).isEqualTo("english");
        assertThat(newsTitle.text().fields().get("keyword").isKeyword()).isTrue();
        Property alertTitle = RadarIndex.ALERTS.mappings().properties().get("title");
        assertThat(alertTitle.text().fields().get("keyword").isKeyword()).isTrue();
        assertThat(RadarIndex.ALERTS.mappings().properties().get("text").text().analyzer()).isEqualTo("english");
        assertThat(RadarIndex.NEWS.mappings().properties().get("mentions").object().properties().get("snippet")
                .text().analyzer()).isEqualTo("english");
        assertThat(RadarIndex.RELEASES.settings().analysis().analyzer()).containsKey(Fields.MODEL_NAME_ANALYZER);
    }

    @Test
    void aliasesTopicsAndLookup() {
        assertThat(RadarIndex.values()).extracting(RadarIndex::alias).containsExactly(
                "radar-releases", "radar-news", "radar-stats", "radar-stats-org", "radar-alerts");
        assertThat(RadarIndex.values()).extracting(RadarIndex::defaultTopic).containsExactly(
                "radar.releases", "radar.news", "radar.stats.origin-month", "radar.stats.org-month", "radar.alerts");
        for (RadarIndex index : RadarIndex.values()) {
            assertThat(RadarIndex.forAlias(index.alias())).contains(index);
            assertThat(index.firstIndex()).isEqualTo(index.alias() + "-000001");
        }
        assertThat(RadarIndex.forAlias("radar-elsewhere")).isEmpty();
        assertThat(RadarIndex.forAlias(null)).isEmpty();
    }

    @Test
    void overlappingTemplatePatternsHaveDifferentPriorities() {
        // radar-stats-* also matches radar-stats-org-000001; Elasticsearch refuses two composable
        // templates of equal priority whose patterns overlap.
        for (RadarIndex a : RadarIndex.values()) {
            for (RadarIndex b : RadarIndex.values()) {
                if (a != b && b.firstIndex().startsWith(a.alias() + "-")) {
                    assertThat(b.templatePriority()).as("%s over %s", b, a).isGreaterThan(a.templatePriority());
                }
            }
        }
    }

    // --- walking mapping and schema together ---

    private static void checkMapped(String prefix, Map<String, Property> properties, Schema record, List<String> problems) {
        for (Map.Entry<String, Property> e : properties.entrySet()) {
            String path = prefix + e.getKey();
            Schema.Field field = record.getField(e.getKey());
            if (field == null) {
                problems.add(path + ": no such Avro field in " + record.getFullName());
                continue;
            }
            Schema avro = element(field.schema());
            Property property = e.getValue();
            String kind = property._kind().jsonValue();
            if (!compatible(field.name(), avro, property)) {
                problems.add(path + ": mapped as " + kind + " but Avro says " + describe(avro));
                continue;
            }
            for (Map.Entry<String, Property> sub : multiFields(property).entrySet()) {
                if (!compatible(field.name(), avro, sub.getValue()) || sub.getValue().isDate()) {
                    problems.add(path + "." + sub.getKey() + ": multi-field " + sub.getValue()._kind().jsonValue()
                            + " for Avro " + describe(avro));
                }
            }
            if (avro.getType() == Schema.Type.RECORD) {
                checkMapped(path + ".", property.object().properties(), avro, problems);
            }
        }
    }

    private static void collectUnmapped(String prefix, Schema record, Map<String, Property> properties, Set<String> out) {
        for (Schema.Field field : record.getFields()) {
            String path = prefix + field.name();
            Property property = properties.get(field.name());
            if (property == null) {
                out.add(path);
                continue;
            }
            Schema avro = element(field.schema());
            if (avro.getType() == Schema.Type.RECORD && property.isObject()) {
                collectUnmapped(path + ".", avro, property.object().properties(), out);
            }
        }
    }

    /**
     * The conventions of issue 5: string → keyword/text (date for a "yyyy-MM" month);
     * long/int → long/integer; boolean → boolean; timestamp-millis and date → date; enum → keyword;
     * map → object; record → object; arrays are mapped as their element type.
     */
    static boolean compatible(String fieldName, Schema avro, Property property) {
        String kind = property._kind().jsonValue();
        LogicalType logical = avro.getLogicalType();
        return switch (avro.getType()) {
            case STRING -> kind.equals("keyword") || kind.equals("text")
                    || (kind.equals("date") && fieldName.equals("month") && "yyyy-MM".equals(property.date().format()));
            case LONG -> logical instanceof LogicalTypes.TimestampMillis ? kind.equals("date")
                    : logical == null && (kind.equals("long") || kind.equals("integer"));
            case INT -> logical instanceof LogicalTypes.Date ? kind.equals("date")
                    : logical == null && (kind.equals("long") || kind.equals("integer"));
            case BOOLEAN -> kind.equals("boolean");
            case ENUM -> kind.equals("keyword");
            case MAP, RECORD -> kind.equals("object");
            default -> false;
        };
    }

    /** A union with null is its other branch; an array is its element type (JSON arrays map so). */
    static Schema element(Schema schema) {
        Schema s = nonNull(schema);
        while (s.getType() == Schema.Type.ARRAY) {
            s = nonNull(s.getElementType());
        }
        return s;
    }

    static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        List<Schema> branches = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
        if (branches.size() != 1) {
            throw new AssertionError("no document convention for union " + schema);
        }
        return branches.get(0);
    }

    private static Map<String, Property> multiFields(Property property) {
        if (property.isKeyword()) {
            return property.keyword().fields();
        }
        if (property.isText()) {
            return property.text().fields();
        }
        return Map.of();
    }

    private static String describe(Schema avro) {
        return avro.getLogicalType() == null ? avro.getType().getName()
                : avro.getType().getName() + "/" + avro.getLogicalType().getName();
    }
}
