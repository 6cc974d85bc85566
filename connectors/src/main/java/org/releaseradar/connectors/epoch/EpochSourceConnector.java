package org.releaseradar.connectors.epoch;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.releaseradar.connectors.common.config.SingleTaskSourceConnector;

/**
 * Reads Epoch AI's "Data on Notable AI Models" (https://epoch.ai/data/notable-ai-models, CC BY 4.0;
 * credit: Epoch AI) into {@code radar.epoch.models}: one {@code EpochModel} per row, keyed by the
 * model name, re-emitted only when the row's emitted fields change. Rows without a model name go to
 * the dead-letter topic. One document, so one task.
 */
public final class EpochSourceConnector extends SingleTaskSourceConnector {

    @Override
    protected void checkConfig(Map<String, String> props) {
        new EpochConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return EpochSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return EpochConfig.CONFIG_DEF;
    }
}
