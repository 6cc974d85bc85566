package org.releaseradar.connectors.tabular;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Config validation shared by the connectors that read one document from a file or a URL. */
public final class TabularConfigs {

    private TabularConfigs() {
    }

    /** Accepts what {@link DocumentLocation#parse} accepts, with its message on failure. */
    public static ConfigDef.Validator location() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                try {
                    DocumentLocation.parse(value == null ? null : value.toString());
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(name, value, e.getMessage());
                }
            }

            @Override
            public String toString() {
                return "an http(s) URL, a file: URL or a file path";
            }
        };
    }
}
