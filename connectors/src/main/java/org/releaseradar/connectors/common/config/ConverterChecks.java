package org.releaseradar.connectors.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Radar's connectors handle Avro in the Confluent wire format themselves (sources write it, the
 * Elasticsearch sink reads it), so the worker must pass values through as bytes and keys as
 * strings. {@code validate()} of each connector uses this to say so instead of failing later.
 */
public final class ConverterChecks {

    public static final String KEY_CONVERTER = "key.converter";
    public static final String VALUE_CONVERTER = "value.converter";
    public static final String BYTE_ARRAY_CONVERTER = "org.apache.kafka.connect.converters.ByteArrayConverter";
    public static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";

    private ConverterChecks() {
    }

    /**
     * Adds an error to {@code config} for a key or value converter other than those above.
     *
     * @param valueMessage what to tell the user when the value converter is wrong
     */
    public static void requirePassThrough(Map<String, String> configs, Config config, String valueMessage) {
        check(configs, VALUE_CONVERTER, Set.of(BYTE_ARRAY_CONVERTER), config, valueMessage);
        check(configs, KEY_CONVERTER, Set.of(STRING_CONVERTER), config,
                "Radar's record keys are strings: set key.converter=" + STRING_CONVERTER);
    }

    /** Adds {@code message} to the errors of {@code key}, creating its entry when the connector does not define it. */
    public static void addError(Config config, String key, Object value, String message) {
        ConfigValue entry = config.configValues().stream().filter(v -> v.name().equals(key)).findFirst()
                .orElseGet(() -> {
                    ConfigValue added = new ConfigValue(key, value, List.of(), new ArrayList<>());
                    config.configValues().add(added);
                    return added;
                });
        entry.addErrorMessage(message);
    }

    private static void check(Map<String, String> configs, String key, Set<String> allowed, Config config,
                              String message) {
        String value = configs.get(key);
        if (value == null || allowed.contains(value.trim())) {
            return; // the worker's default applies; the README says what it must be
        }
        addError(config, key, value, message);
    }
}
