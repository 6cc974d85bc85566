package org.releaseradar.connectors.orgs;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.releaseradar.connectors.common.config.SingleTaskSourceConnector;

/**
 * Reads the org registry (HF namespace -> organisation -> country) into the compacted topic
 * {@code radar.orgs}: one {@code Organization} per namespace, keyed by the namespace in lower case.
 * A corrected row is emitted again for each of its namespaces, so every consumer re-attributes; a
 * namespace that leaves the registry gets a tombstone. Invalid rows go to the dead-letter topic with
 * the reason; the other rows still arrive. One document, so one task.
 */
public final class OrgRegistrySourceConnector extends SingleTaskSourceConnector {

    @Override
    protected void checkConfig(Map<String, String> props) {
        new OrgConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return OrgRegistrySourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return OrgConfig.CONFIG_DEF;
    }
}
