package org.releaseradar.connectors.orgs;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.releaseradar.connectors.common.config.RadarSourceConnector;

/**
 * Reads the org registry (HF namespace -> organisation -> country) into the compacted topic
 * {@code radar.orgs}: one {@code Organization} per namespace, keyed by the namespace in lower case.
 * A corrected row is emitted again for each of its namespaces, so every consumer re-attributes; a
 * namespace that leaves the registry gets a tombstone. Invalid rows go to the dead-letter topic with
 * the reason; the other rows still arrive. One document, so one task.
 */
public final class OrgRegistrySourceConnector extends RadarSourceConnector {

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new OrgConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return OrgRegistrySourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public void stop() {
        // the task owns every resource
    }

    @Override
    public ConfigDef config() {
        return OrgConfig.CONFIG_DEF;
    }
}
