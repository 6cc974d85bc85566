package org.releaseradar.connectors.common.config;

import java.util.List;
import java.util.Map;

/**
 * A source connector whose one task reads one document (a CSV file or URL): the configuration is
 * checked at start and handed to that task unchanged; the task owns every resource.
 */
public abstract class SingleTaskSourceConnector extends RadarSourceConnector {

    private Map<String, String> props;

    /** Parses {@code props} with the connector's config class, throwing on an invalid configuration. */
    protected abstract void checkConfig(Map<String, String> props);

    @Override
    public final void start(Map<String, String> props) {
        checkConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public final List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public final void stop() {
        // the task owns every resource
    }
}
