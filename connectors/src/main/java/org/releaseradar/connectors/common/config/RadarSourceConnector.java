package org.releaseradar.connectors.common.config;

import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.releaseradar.connectors.common.ConnectorVersion;

/**
 * What Radar's source connectors have in common: the version, exactly-once support (offsets travel
 * with the records), and a check that the worker will pass the tasks' Avro bytes through as they are.
 */
public abstract class RadarSourceConnector extends SourceConnector {

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
        ConverterChecks.requirePassThrough(connectorConfigs, config,
                "Radar's connectors write Avro (Confluent wire format) themselves: set value.converter="
                        + ConverterChecks.BYTE_ARRAY_CONVERTER);
        return config;
    }
}
