package org.releaseradar.connectors.orgs;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.releaseradar.connectors.common.config.CommonSourceConfig;
import org.releaseradar.connectors.tabular.DocumentLocation;
import org.releaseradar.connectors.tabular.TabularConfigs;
import org.releaseradar.schemas.Topics;

/** Settings of {@link OrgRegistrySourceConnector}: the shared ones plus where the registry is and how often to read it. */
public final class OrgConfig extends AbstractConfig {

    public static final String GROUP_ORGS = "Org registry";
    public static final String CSV_URL = "orgs.csv.url";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";

    public static final ConfigDef CONFIG_DEF = define();

    public OrgConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    private static ConfigDef define() {
        ConfigDef def = CommonSourceConfig.define(Topics.ORGS);
        int k = 0;
        def.define(CSV_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, TabularConfigs.location(), Importance.HIGH,
                "Where the org registry CSV (format of data/orgs.csv, see data/README.md) is read from: an"
                        + " http(s) URL (conditional GET), a file: URL or a file path.",
                GROUP_ORGS, ++k, Width.LONG, "Org registry location");
        def.define(POLL_INTERVAL_MS, Type.LONG, 60_000L, ConfigDef.Range.atLeast(100), Importance.MEDIUM,
                "Time between two reads of the registry. Changed rows are emitted again (one record per"
                        + " namespace); namespaces gone from it get a tombstone.",
                GROUP_ORGS, ++k, Width.SHORT, "Poll interval (ms)");
        return def;
    }

    public DocumentLocation location() {
        return DocumentLocation.parse(getString(CSV_URL));
    }

    public Duration pollInterval() {
        return Duration.ofMillis(getLong(POLL_INTERVAL_MS));
    }
}
