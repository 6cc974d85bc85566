package org.releaseradar.schemas.serde;

import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.releaseradar.schemas.registry.SchemaRegistry;

/** Ready-configured serdes for Radar's topics. */
public final class RadarSerdes {

    private RadarSerdes() {
    }

    /** A serde for a generated record class, talking to the registry at {@code schema.registry.url} in {@code config}. */
    public static <T extends SpecificRecord> AvroSerde<T> specific(Class<T> type, Map<String, ?> config, boolean isKey) {
        return specific(type, null, config, isKey);
    }

    /** A serde for a generated record class using {@code registry} (for tests); {@code null} builds one from {@code config}. */
    public static <T extends SpecificRecord> AvroSerde<T> specific(Class<T> type, SchemaRegistry registry,
                                                                   Map<String, ?> config, boolean isKey) {
        AvroSerde<T> serde = new AvroSerde<>(type, registry);
        serde.configure(config, isKey);
        return serde;
    }

    /** A serde for generic records, read with the schema they were written with. */
    public static AvroSerde<GenericRecord> generic(Map<String, ?> config, boolean isKey) {
        return generic(null, config, isKey);
    }

    /** A serde for generic records using {@code registry} (for tests); {@code null} builds one from {@code config}. */
    public static AvroSerde<GenericRecord> generic(SchemaRegistry registry, Map<String, ?> config, boolean isKey) {
        AvroSerde<GenericRecord> serde = new AvroSerde<>(null, registry);
        serde.configure(config, isKey);
        return serde;
    }
}
