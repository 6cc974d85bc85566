package org.releaseradar.schemas.serde;

import java.util.Map;

/**
 * Serde settings, read from the keys Confluent's Avro serdes use.
 * <ul>
 *   <li>{@value #AUTO_REGISTER_SCHEMAS} (default {@code true}): register the record's schema under its subject
 *       when serializing; when {@code false}, the schema must already be registered</li>
 *   <li>{@value #SPECIFIC_AVRO_READER} (default {@code false}): deserialize into the generated class named by the
 *       writer schema instead of a {@code GenericRecord} (a deserializer built for a class always does)</li>
 * </ul>
 * Registry keys ({@code schema.registry.url}, {@code basic.auth.user.info}, timeouts, retries) are those of
 * {@link org.releaseradar.schemas.registry.RegistryConfig}.
 */
public record AvroSerdeConfig(boolean autoRegisterSchemas, boolean specificAvroReader) {

    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

    public static AvroSerdeConfig from(Map<String, ?> configs) {
        return new AvroSerdeConfig(
                booleanValue(configs, AUTO_REGISTER_SCHEMAS, true),
                booleanValue(configs, SPECIFIC_AVRO_READER, false));
    }

    private static boolean booleanValue(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException(key + " must be true or false, got '" + value + "'");
    }
}
