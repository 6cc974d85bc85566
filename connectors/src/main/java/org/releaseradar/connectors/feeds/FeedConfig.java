package org.releaseradar.connectors.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.releaseradar.connectors.common.config.CommonSourceConfig;
import org.releaseradar.schemas.Topics;

/** Settings of {@link FeedSourceConnector}: the shared ones plus the feeds and how often to read them. */
public final class FeedConfig extends AbstractConfig {

    public static final String GROUP_FEEDS = "Feeds";
    public static final String FEEDS_URLS = "feeds.urls";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String MAX_REMEMBERED_IDS = "feeds.max.remembered.ids";

    public static final ConfigDef CONFIG_DEF = define();

    public FeedConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    private static ConfigDef define() {
        ConfigDef def = CommonSourceConfig.define(Topics.NEWS_RAW);
        int k = 0;
        def.define(FEEDS_URLS, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, new FeedUrls(), Importance.HIGH,
                "Comma-separated http(s) URLs of RSS 0.9x/1.0/2.0 or Atom 1.0 feeds. Feeds are spread over the"
                        + " connector's tasks; each feed is one source partition.",
                GROUP_FEEDS, ++k, Width.LONG, "Feed URLs");
        def.define(POLL_INTERVAL_MS, Type.LONG, 900_000L, ConfigDef.Range.atLeast(100), Importance.MEDIUM,
                "Time between two reads of the same feed. Reads are conditional (If-None-Match /"
                        + " If-Modified-Since), so an unchanged feed costs a 304.",
                GROUP_FEEDS, ++k, Width.SHORT, "Poll interval (ms)");
        def.define(MAX_REMEMBERED_IDS, Type.INT, 1_000, ConfigDef.Range.between(10, 20_000), Importance.LOW,
                "Article ids remembered per feed in the source offset to emit each article once. Every id of"
                        + " the current feed document is always kept; this bounds the older ones.",
                GROUP_FEEDS, ++k, Width.SHORT, "Remembered ids per feed");
        return def;
    }

    public List<String> feedUrls() {
        return getList(FEEDS_URLS).stream().map(String::trim).toList();
    }

    public Duration pollInterval() {
        return Duration.ofMillis(getLong(POLL_INTERVAL_MS));
    }

    public int maxRememberedIds() {
        return getInt(MAX_REMEMBERED_IDS);
    }

    /** Every entry an absolute http(s) URL with a host, no duplicates, at least one. */
    static final class FeedUrls implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            @SuppressWarnings("unchecked")
            List<String> urls = (List<String>) value;
            if (urls == null || urls.isEmpty() || urls.stream().allMatch(String::isBlank)) {
                throw new ConfigException(name, value, "list at least one feed URL");
            }
            Set<String> seen = new HashSet<>();
            for (String raw : urls) {
                String url = raw.trim();
                try {
                    URI uri = new URI(url);
                    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                        throw new ConfigException(name, url, "a feed URL must be an absolute http:// or https:// URL");
                    }
                } catch (URISyntaxException e) {
                    throw new ConfigException(name, url, "not a valid URL: " + e.getMessage());
                }
                if (!seen.add(url)) {
                    throw new ConfigException(name, url, "feed listed twice");
                }
            }
        }

        @Override
        public String toString() {
            return "comma-separated http(s) URLs, at least one, no duplicates";
        }
    }
}
