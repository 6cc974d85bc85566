package org.releaseradar.connectors.common.config;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.releaseradar.connectors.common.ConnectorVersion;

/**
 * What Radar's source connectors have in common: the version, exactly-once support (offsets travel
 * with the records), and a check that the worker will pass the tasks' Avro bytes through as they are.
 */
public abstract class RadarSourceConnector extends SourceConnector {

    static final String KEY_CONVERTER = "key.converter";
    static final String VALUE_CONVERTER = "value.converter";
    private static final Set<String> PASS_THROUGH_VALUE_CONVERTERS = Set.of(
            "org.apache.kafka.connect.converters.ByteArrayConverter");
    private static final Set<String> STRING_KEY_CONVERTERS = Set.of(
            "org.apache.kafka.connect.storage.StringConverter");

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }

    /**
     * Adds an error when the connector's own converters would re-encode the records: the tasks
     * write Avro in the Confluent wire format themselves (see {@code AvroRecordEncoder}).
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = super.validate(connectorConfigs);
        check(connectorConfigs, VALUE_CONVERTER, PASS_THROUGH_VALUE_CONVERTERS, config,
                "Radar's connectors write Avro (Confluent wire format) themselves: set value.converter="
                        + "org.apache.kafka.connect.converters.ByteArrayConverter");
        check(connectorConfigs, KEY_CONVERTER, STRING_KEY_CONVERTERS, config,
                "Radar's record keys are strings: set key.converter=org.apache.kafka.connect.storage.StringConverter");
        return config;
    }

    private static void check(Map<String, String> configs, String key, Set<String> allowed, Config config,
                              String message) {
        String value = configs.get(key);
        if (value == null || allowed.contains(value.trim())) {
            return; // the worker's default applies; the README says what it must be
        }
        ConfigValue entry = config.configValues().stream().filter(v -> v.name().equals(key)).findFirst()
                .orElseGet(() -> {
                    ConfigValue added = new ConfigValue(key, value, java.util.List.of(), new java.util.ArrayList<>());
                    config.configValues().add(added);
                    return added;
                });
        entry.addErrorMessage(message);
    }
}
