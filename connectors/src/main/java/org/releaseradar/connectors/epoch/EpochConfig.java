package org.releaseradar.connectors.epoch;

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

/** Settings of {@link EpochSourceConnector}: the shared ones plus where the CSV is and how often to read it. */
public final class EpochConfig extends AbstractConfig {

    public static final String GROUP_EPOCH = "Epoch AI";
    public static final String CSV_URL = "epoch.csv.url";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String DEFAULT_CSV_URL = "https://epoch.ai/data/notable_ai_models.csv";

    public static final ConfigDef CONFIG_DEF = define();

    public EpochConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    private static ConfigDef define() {
        ConfigDef def = CommonSourceConfig.define(Topics.EPOCH_MODELS);
        int k = 0;
        def.define(CSV_URL, Type.STRING, DEFAULT_CSV_URL, TabularConfigs.location(), Importance.HIGH,
                "Where Epoch AI's notable-models CSV (CC BY 4.0, credit Epoch AI) is read from: an http(s) URL"
                        + " (conditional GET), a file: URL or a file path.",
                GROUP_EPOCH, ++k, Width.LONG, "Epoch CSV location");
        def.define(POLL_INTERVAL_MS, Type.LONG, 21_600_000L, ConfigDef.Range.atLeast(100), Importance.MEDIUM,
                "Time between two reads of the CSV (Epoch updates it daily). Only rows that changed since"
                        + " they were last emitted are emitted again.",
                GROUP_EPOCH, ++k, Width.SHORT, "Poll interval (ms)");
        return def;
    }

    public DocumentLocation location() {
        return DocumentLocation.parse(getString(CSV_URL));
    }

    public Duration pollInterval() {
        return Duration.ofMillis(getLong(POLL_INTERVAL_MS));
    }
}
