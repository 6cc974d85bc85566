package org.releaseradar.connectors.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Checks of a connector's Connect-level settings that Radar's connectors share in {@code validate()}: each
 * adds an error to the setting's entry (creating one when the connector's own {@code ConfigDef} has none),
 * and never repeats a setting's value in the message.
 */
public final class ConnectorChecks {

    public static final String KEY_CONVERTER = "key.converter";
    public static final String VALUE_CONVERTER = "value.converter";
    public static final String BYTE_ARRAY_CONVERTER = "org.apache.kafka.connect.converters.ByteArrayConverter";
    public static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";

    private ConnectorChecks() {
    }

    /**
     * Radar's values are Avro in the Confluent wire format, written and read by the tasks themselves, and its
     * keys are strings: the connector's converters must pass them through unchanged. An absent converter is
     * accepted (the worker's default applies; the README says what it must be).
     */
    public static void passThroughConverters(Map<String, String> props, Config config) {
        requireOneOf(props, VALUE_CONVERTER, Set.of(BYTE_ARRAY_CONVERTER), config,
                "Radar's connectors read and write Avro (Confluent wire format) themselves: set value.converter="
                        + BYTE_ARRAY_CONVERTER);
        requireOneOf(props, KEY_CONVERTER, Set.of(STRING_CONVERTER), config,
                "Radar's record keys are strings: set key.converter=" + STRING_CONVERTER);
    }

    /** Adds {@code message} to {@code key}'s errors unless it is absent or one of {@code allowed} (trimmed). */
    public static void requireOneOf(Map<String, String> props, String key, Set<String> allowed, Config config,
                                    String message) {
        String value = props.get(key);
        if (value == null || allowed.contains(value.trim())) {
            return;
        }
        addError(config, key, value, message);
    }

    /** Adds {@code message} to the errors of {@code key}; {@code value} is shown only for non-secret settings. */
    public static void addError(Config config, String key, Object value, String message) {
        ConfigValue entry = config.configValues().stream().filter(v -> v.name().equals(key)).findFirst()
                .orElseGet(() -> {
                    ConfigValue added = new ConfigValue(key, value, List.of(), new ArrayList<>());
                    config.configValues().add(added);
                    return added;
                });
        entry.addErrorMessage(message);
    }
}
