package org.releaseradar.connectors.feeds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.util.ConnectorUtils;
import org.releaseradar.connectors.common.config.RadarSourceConnector;

/**
 * Reads RSS and Atom news feeds into {@code radar.news.raw}: one {@code NewsArticle} per item, keyed
 * by a stable article id, its HTML reduced to plain text, each article emitted once across restarts
 * (see {@link FeedCursor}). A feed that is not valid XML, and an item with neither id nor link, go to
 * the dead-letter topic; the other feeds carry on.
 */
public final class FeedSourceConnector extends RadarSourceConnector {

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new FeedConfig(props); // fail fast with the validator's message
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FeedSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<String> urls = new FeedConfig(props).feedUrls();
        return ConnectorUtils.groupPartitions(urls, Math.min(maxTasks, urls.size())).stream()
                .map(group -> {
                    Map<String, String> task = new HashMap<>(props);
                    task.put(FeedConfig.FEEDS_URLS, String.join(",", group));
                    return Map.copyOf(task);
                })
                .toList();
    }

    @Override
    public void stop() {
        // nothing to release: the tasks own their HTTP clients
    }

    @Override
    public ConfigDef config() {
        return FeedConfig.CONFIG_DEF;
    }
}
