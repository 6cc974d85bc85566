package org.releaseradar.connectors.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.releaseradar.connectors.common.ConnectorVersion;
import org.releaseradar.connectors.common.config.CommonSourceConfig;
import org.releaseradar.connectors.common.http.HttpFetchSettings;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.Severity;

/**
 * Settings of {@link SlackSinkConnector}.
 *
 * <p>Every webhook URL is a {@code PASSWORD} setting: the default one ({@value #WEBHOOK_URL}) and one per
 * named route ({@code slack.route.<name>.webhook.url}). Routes are named in {@value #ROUTES}; their keys are
 * defined from that list ({@link #configDef(Map)}), so Connect's validation, its logs of the configuration
 * and this class's {@link #toString()} all show them as {@code [hidden]}. No error message built here repeats
 * a webhook URL: it names the setting.
 */
public final class SlackConfig extends AbstractConfig {

    public static final String GROUP_SLACK = "Slack";
    public static final String GROUP_ROUTES = "Slack routes";
    public static final String GROUP_DIGEST = "Slack digest";
    public static final String GROUP_DELIVERED = "Delivered log";

    public static final String WEBHOOK_URL = "slack.webhook.url";
    public static final String ROUTES = "slack.routes";
    public static final String ROUTE_PREFIX = "slack.route.";
    public static final String ROUTE_WEBHOOK_URL = ".webhook.url";
    public static final String ROUTE_RULES = ".rules";
    public static final String ROUTE_SEVERITIES = ".severities";
    public static final String MIN_INTERVAL_MS = "slack.min.interval.ms";
    public static final String MAX_PENDING_ALERTS = "slack.max.pending.alerts";
    public static final String DIGEST_INTERVAL_MS = "slack.digest.interval.ms";
    public static final String DIGEST_MAX_SEVERITY = "slack.digest.max.severity";

    public static final String DELIVERED_TOPIC = "delivered.topic";
    public static final String DELIVERED_BOOTSTRAP_SERVERS = "delivered.bootstrap.servers";
    public static final String DELIVERED_REPLICATION_FACTOR = "delivered.topic.replication.factor";
    /** Prefix of extra Kafka client settings (security) for the delivered log's producer and consumer. */
    public static final String DELIVERED_CLIENT_PREFIX = "delivered.client.";
    public static final String DEFAULT_DELIVERED_TOPIC = Topics.SLACK_DELIVERED;

    public static final String HTTP_RETRY_UNANSWERED = "http.retry.unanswered";

    /** Slack documents one message per second per incoming webhook. */
    public static final long SLACK_MIN_INTERVAL_MS = 1_000L;

    private static final Pattern ROUTE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    /** The settings that do not depend on the route names (what {@code GET /connector-plugins/…/config} lists). */
    public static final ConfigDef CONFIG_DEF = base();

    private final Router router;

    public SlackConfig(Map<String, String> props) {
        super(configDef(props), props);
        List<Route> routes = new ArrayList<>();
        for (String name : getList(ROUTES)) {
            List<String> rules = getList(routeKey(name, ROUTE_RULES));
            List<String> severities = getList(routeKey(name, ROUTE_SEVERITIES));
            if (rules.isEmpty() && severities.isEmpty()) {
                throw new ConfigException(routeKey(name, ROUTE_RULES) + ": route '" + name
                        + "' names no rule and no severity, so it would take every alert; give it "
                        + routeKey(name, ROUTE_RULES) + " or " + routeKey(name, ROUTE_SEVERITIES));
            }
            routes.add(new Route(name, getPassword(routeKey(name, ROUTE_WEBHOOK_URL)), new LinkedHashSet<>(rules),
                    severities.stream().map(SlackConfig::severity).collect(Collectors.toCollection(LinkedHashSet::new))));
        }
        if (getLong(DIGEST_INTERVAL_MS) > 0 && getLong(DIGEST_INTERVAL_MS) < getLong(MIN_INTERVAL_MS)) {
            throw new ConfigException(DIGEST_INTERVAL_MS + " must be 0 (no digest) or at least "
                    + MIN_INTERVAL_MS + " (" + getLong(MIN_INTERVAL_MS) + " ms)");
        }
        this.router = new Router(routes, Route.fallback(getPassword(WEBHOOK_URL)));
    }

    /** {@code slack.route.<name><suffix>}. */
    public static String routeKey(String name, String suffix) {
        return ROUTE_PREFIX + name + suffix;
    }

    /**
     * {@link #CONFIG_DEF} plus the keys of every route named in {@code props}' {@value #ROUTES} (names that are
     * not valid route names are left out; the {@value #ROUTES} validator reports them).
     */
    public static ConfigDef configDef(Map<String, ?> props) {
        ConfigDef def = new ConfigDef(CONFIG_DEF);
        int order = 0;
        for (String name : routeNames(props.get(ROUTES))) {
            if (!ROUTE_NAME.matcher(name).matches() || name.equals(Route.DEFAULT)) {
                continue;
            }
            String key = routeKey(name, "");
            def.define(key + ROUTE_WEBHOOK_URL, Type.PASSWORD, ConfigDef.NO_DEFAULT_VALUE, new WebhookUrl(),
                    Importance.HIGH, "Incoming-webhook URL of route '" + name + "'. A secret: never logged.",
                    GROUP_ROUTES, ++order, Width.LONG, "Route " + name + " webhook URL");
            def.define(key + ROUTE_RULES, Type.LIST, "", new NonNullList(), Importance.MEDIUM,
                    "Rule ids (the alert's 'rule') route '" + name + "' takes; empty = any rule.",
                    GROUP_ROUTES, ++order, Width.LONG, "Route " + name + " rules");
            def.define(key + ROUTE_SEVERITIES, Type.LIST, "", new Severities(), Importance.MEDIUM,
                    "Severities (INFO, NOTICE, WARNING, CRITICAL) route '" + name + "' takes; empty = any severity.",
                    GROUP_ROUTES, ++order, Width.MEDIUM, "Route " + name + " severities");
        }
        return def;
    }

    /** The route names as listed (trimmed, empty entries dropped, duplicates kept for the validator to report). */
    static List<String> routeNames(Object value) {
        if (value == null) {
            return List.of();
        }
        List<?> raw = value instanceof List<?> list ? list : Arrays.asList(value.toString().split(","));
        return raw.stream().map(o -> o.toString().trim()).filter(s -> !s.isEmpty()).toList();
    }

    private static ConfigDef base() {
        ConfigDef def = new ConfigDef();
        int s = 0;
        def.define(WEBHOOK_URL, Type.PASSWORD, ConfigDef.NO_DEFAULT_VALUE, new WebhookUrl(), Importance.HIGH,
                "The default incoming-webhook URL (https://hooks.slack.com/services/…): every alert no route"
                        + " takes. A secret: never logged, never in errors, metrics or dead letters.",
                GROUP_SLACK, ++s, Width.LONG, "Default webhook URL");
        def.define(ROUTES, Type.LIST, "", new RouteNames(), Importance.MEDIUM,
                "Names of routes to other webhooks, in the order they are tried: an alert goes to the first"
                        + " route whose rules and severities it matches, else to the default webhook. Each route"
                        + " <name> has slack.route.<name>.webhook.url (required, a secret), .rules and"
                        + " .severities (lists; give at least one).",
                GROUP_SLACK, ++s, Width.LONG, "Routes");
        def.define(MIN_INTERVAL_MS, Type.LONG, SLACK_MIN_INTERVAL_MS, Range.atLeast(SLACK_MIN_INTERVAL_MS),
                Importance.LOW, "Least time between the end of one request to a webhook and the start of the"
                        + " next (Slack allows one message per second per webhook).",
                GROUP_SLACK, ++s, Width.SHORT, "Min interval per webhook (ms)");
        def.define(MAX_PENDING_ALERTS, Type.INT, 1_000, Range.between(1, 1_000_000), Importance.LOW,
                "Alerts read but not yet posted above which the task stops reading (pauses its partitions)"
                        + " until half of them are done.",
                GROUP_SLACK, ++s, Width.SHORT, "Max pending alerts");

        int d = 0;
        def.define(DIGEST_INTERVAL_MS, Type.LONG, 0L, Range.atLeast(0), Importance.MEDIUM,
                "0: every alert is its own message. Otherwise alerts at or below " + DIGEST_MAX_SEVERITY
                        + " are collected per webhook and posted as one digest message this long after the"
                        + " first of them arrived; their offsets are committed only after the digest was posted.",
                GROUP_DIGEST, ++d, Width.SHORT, "Digest interval (ms)");
        def.define(DIGEST_MAX_SEVERITY, Type.STRING, Severity.INFO.name(),
                ConfigDef.ValidString.in(Arrays.stream(Severity.values()).map(Enum::name).toArray(String[]::new)),
                Importance.MEDIUM, "Highest severity that goes to the digest (when " + DIGEST_INTERVAL_MS + " > 0).",
                GROUP_DIGEST, ++d, Width.SHORT, "Digest max severity");

        int k = 0;
        def.define(DELIVERED_TOPIC, Type.STRING, DEFAULT_DELIVERED_TOPIC, new ConfigDef.NonEmptyString(),
                Importance.MEDIUM, "Compacted topic recording every alert Slack accepted, keyed by"
                        + " '<connector name>/<alert id>'; read at task start so a restart or redelivery never"
                        + " posts an alert twice. Created (compacted, one partition) when missing.",
                GROUP_DELIVERED, ++k, Width.MEDIUM, "Delivered topic");
        def.define(DELIVERED_BOOTSTRAP_SERVERS, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                Importance.HIGH, "Kafka bootstrap servers for the delivered topic (the cluster of radar.alerts);"
                        + " extra client settings (security) go in " + DELIVERED_CLIENT_PREFIX + "*.",
                GROUP_DELIVERED, ++k, Width.LONG, "Delivered log bootstrap servers");
        def.define(DELIVERED_REPLICATION_FACTOR, Type.INT, -1, Range.between(-1, Short.MAX_VALUE), Importance.LOW,
                "Replication factor when the delivered topic is created; -1 = the broker's default.",
                GROUP_DELIVERED, ++k, Width.SHORT, "Delivered topic replication");

        int r = 0;
        def.define(CommonSourceConfig.SCHEMA_REGISTRY_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                new ConfigDef.NonEmptyString(), Importance.HIGH, "Base URL of a Confluent-API schema registry"
                        + " (Confluent Schema Registry, or Apicurio's http://host:port/apis/ccompat/v7), to read"
                        + " the alerts (Avro, Confluent wire format) and write the delivered log.",
                CommonSourceConfig.GROUP_REGISTRY, ++r, Width.LONG, "Schema registry URL");
        def.define(CommonSourceConfig.SCHEMA_REGISTRY_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM,
                "Basic-auth credentials for the registry, as user:password.", CommonSourceConfig.GROUP_REGISTRY,
                ++r, Width.MEDIUM, "Registry credentials");

        int h = 0;
        String group = CommonSourceConfig.GROUP_HTTP;
        def.define(CommonSourceConfig.HTTP_CONNECT_TIMEOUT_MS, Type.LONG, 5_000L, Range.atLeast(1), Importance.LOW,
                "TCP connect timeout for requests to Slack.", group, ++h, Width.SHORT, "Connect timeout (ms)");
        def.define(CommonSourceConfig.HTTP_REQUEST_TIMEOUT_MS, Type.LONG, 15_000L, Range.atLeast(1), Importance.LOW,
                "Time allowed for Slack's answer to one message.", group, ++h, Width.SHORT, "Request timeout (ms)");
        def.define(CommonSourceConfig.HTTP_RETRY_MAX_ATTEMPTS, Type.INT, 0, Range.atLeast(0), Importance.MEDIUM,
                "Attempts per message (the first included) on HTTP 5xx and connection errors before its alerts go"
                        + " to the dead-letter queue; 0 = keep retrying until Slack answers (an outage holds alerts"
                        + " back, it does not dead-letter them). 429 answers are not counted.",
                group, ++h, Width.SHORT, "Max attempts");
        def.define(CommonSourceConfig.HTTP_RETRY_BACKOFF_MS, Type.LONG, 1_000L, Range.atLeast(1), Importance.LOW,
                "First wait before a retry; it doubles each attempt, randomised (jitter).", group, ++h,
                Width.SHORT, "Initial backoff (ms)");
        def.define(CommonSourceConfig.HTTP_RETRY_BACKOFF_MAX_MS, Type.LONG, 60_000L, Range.atLeast(1), Importance.LOW,
                "Longest wait between two attempts.", group, ++h, Width.SHORT, "Max backoff (ms)");
        def.define(CommonSourceConfig.HTTP_RETRY_AFTER_MAX_MS, Type.LONG, 300_000L, Range.atLeast(0), Importance.LOW,
                "Slack's Retry-After (HTTP 429) is honoured up to this long.", group, ++h, Width.SHORT,
                "Max Retry-After (ms)");
        def.define(HTTP_RETRY_UNANSWERED, Type.BOOLEAN, true, Importance.MEDIUM,
                "Whether to retry a message whose answer never came (timeout or connection lost after it was"
                        + " sent). Slack may have posted it: true risks a duplicate message, false sends its alerts"
                        + " to the dead-letter queue instead (strict at-most-once).",
                group, ++h, Width.SHORT, "Retry unanswered");
        def.define(CommonSourceConfig.HTTP_USER_AGENT, Type.STRING, "ReleaseRadar/" + ConnectorVersion.get(),
                Importance.LOW, "User-Agent sent with every request.", group, ++h, Width.MEDIUM, "User agent");
        return def;
    }

    public Router router() {
        return router;
    }

    public Duration minInterval() {
        return Duration.ofMillis(getLong(MIN_INTERVAL_MS));
    }

    public int maxPendingAlerts() {
        return getInt(MAX_PENDING_ALERTS);
    }

    /** Zero when digests are off. */
    public Duration digestInterval() {
        return Duration.ofMillis(getLong(DIGEST_INTERVAL_MS));
    }

    public Severity digestMaxSeverity() {
        return Severity.valueOf(getString(DIGEST_MAX_SEVERITY));
    }

    public boolean retryUnanswered() {
        return getBoolean(HTTP_RETRY_UNANSWERED);
    }

    /** HTTP behaviour; {@code maxAttempts} is {@link Integer#MAX_VALUE} for "until Slack answers". */
    public HttpFetchSettings http() {
        int attempts = getInt(CommonSourceConfig.HTTP_RETRY_MAX_ATTEMPTS);
        return new HttpFetchSettings(
                Duration.ofMillis(getLong(CommonSourceConfig.HTTP_CONNECT_TIMEOUT_MS)),
                Duration.ofMillis(getLong(CommonSourceConfig.HTTP_REQUEST_TIMEOUT_MS)),
                attempts == 0 ? Integer.MAX_VALUE : attempts,
                Duration.ofMillis(getLong(CommonSourceConfig.HTTP_RETRY_BACKOFF_MS)),
                Duration.ofMillis(getLong(CommonSourceConfig.HTTP_RETRY_BACKOFF_MAX_MS)),
                Duration.ofMillis(getLong(CommonSourceConfig.HTTP_RETRY_AFTER_MAX_MS)),
                64 * 1024,
                getString(CommonSourceConfig.HTTP_USER_AGENT));
    }

    /** Registry settings for the Avro serdes. */
    public Map<String, Object> registry() {
        return CommonSourceConfig.registry(this);
    }

    public String deliveredTopic() {
        return getString(DELIVERED_TOPIC);
    }

    /** Kafka client settings of the delivered log: the bootstrap servers plus every {@code delivered.client.*}. */
    public Map<String, Object> deliveredClient() {
        Map<String, Object> client = new HashMap<>(originalsWithPrefix(DELIVERED_CLIENT_PREFIX));
        client.put("bootstrap.servers", getString(DELIVERED_BOOTSTRAP_SERVERS));
        return client;
    }

    public short deliveredReplicationFactor() {
        return getInt(DELIVERED_REPLICATION_FACTOR).shortValue();
    }

    /** Every setting with its value, secrets as {@code [hidden]}. */
    @Override
    public String toString() {
        Map<String, Object> shown = new TreeMap<>();
        values().forEach((key, value) -> shown.put(key, value instanceof Password ? Password.HIDDEN : value));
        return "SlackConfig" + shown;
    }

    static Severity severity(String name) {
        return Severity.valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** https, or http to a loopback address (tests and the demo); the value is never repeated in an error. */
    static final class WebhookUrl implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null) {
                throw new ConfigException(name + " is required (the value is a secret and is not shown)");
            }
            String url = value instanceof Password p ? p.value() : value.toString();
            String problem = problem(url);
            if (problem != null) {
                throw new ConfigException(name + " " + problem + " (the value is a secret and is not shown)");
            }
        }

        static String problem(String url) {
            URI uri;
            try {
                uri = new URI(url.trim());
            } catch (URISyntaxException e) {
                return "is not a URL";
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || host.isEmpty()) {
                return "has no host";
            }
            boolean loopback = host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("[::1]");
            if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
                return "must be an https:// URL (http:// only to a loopback address, for tests)";
            }
            if (uri.getRawPath() == null || uri.getRawPath().length() < 2) {
                return "has no path (an incoming-webhook URL ends in its secret path)";
            }
            return null;
        }

        @Override
        public String toString() {
            return "an https:// incoming-webhook URL (a secret)";
        }
    }

    /** Route names: lower-case letters, digits, '-' and '_', unique, not 'default'. */
    static final class RouteNames implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            List<String> names = routeNames(value);
            Set<String> seen = new HashSet<>();
            for (String route : names) {
                if (!ROUTE_NAME.matcher(route).matches()) {
                    throw new ConfigException(name, value, "route name '" + route
                            + "' must be lower-case letters, digits, '-' or '_' (at most 63)");
                }
                if (route.equals(Route.DEFAULT)) {
                    throw new ConfigException(name, value, "'default' is the name of the default webhook ("
                            + WEBHOOK_URL + "), not a route");
                }
                if (!seen.add(route)) {
                    throw new ConfigException(name, value, "route '" + route + "' is listed twice");
                }
            }
        }

        @Override
        public String toString() {
            return "comma-separated route names";
        }
    }

    /** A list of severity names. */
    static final class Severities implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            for (String s : routeNames(value)) {
                try {
                    severity(s);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(name, value, "'" + s + "' is not a severity; use "
                            + Arrays.toString(Severity.values()));
                }
            }
        }

        @Override
        public String toString() {
            return "severities: " + Arrays.toString(Severity.values());
        }
    }

    /** Any list; present so every key of the connector has a validator. */
    static final class NonNullList implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null) {
                throw new ConfigException(name, null, "must be a list (may be empty)");
            }
        }

        @Override
        public String toString() {
            return "a comma-separated list";
        }
    }
}
