package org.releaseradar.connectors.slack;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;
import org.releaseradar.connectors.common.ConnectorVersion;
import org.releaseradar.connectors.common.config.ConverterChecks;

/**
 * Posts the alerts of {@code radar.alerts} to Slack incoming webhooks: a default webhook and named routes
 * by rule and severity, Block Kit messages within Slack's limits, one message per second per webhook,
 * {@code Retry-After} honoured, transient failures retried, permanent refusals to the dead-letter queue,
 * each alert id posted at most once (see {@link SlackSinkTask}), optionally low-severity alerts as a digest.
 *
 * <p>One task, whatever {@code tasks.max} says: the per-webhook rate limit and the per-rule order are the
 * state of one process, and alerts are a trickle (Slack's one message per second is the bottleneck, not the
 * task).
 */
public final class SlackSinkConnector extends SinkConnector {

    static final String ERRORS_TOLERANCE = "errors.tolerance";
    static final String DLQ_TOPIC = "errors.deadletterqueue.topic.name";

    private Map<String, String> props;

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        new SlackConfig(props); // fails the connector with a clear message when the configuration is wrong
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return SlackSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public void stop() {
        // the task owns every resource
    }

    /** The settings that do not depend on route names; {@link #validate} also checks every route's keys. */
    @Override
    public ConfigDef config() {
        return SlackConfig.CONFIG_DEF;
    }

    /**
     * Validates the route keys too (defined from {@code slack.routes}, webhook URLs as passwords, so their values
     * show as {@code [hidden]}), and insists on what the connector relies on: pass-through converters
     * (String keys, Avro bytes) and Connect's dead-letter queue with {@code errors.tolerance=all}.
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = new Config(SlackConfig.configDef(connectorConfigs).validate(connectorConfigs));
        ConverterChecks.requirePassThrough(connectorConfigs, config, "The Slack sink reads Avro (Confluent wire"
                + " format) itself: set value.converter=" + ConverterChecks.BYTE_ARRAY_CONVERTER);
        String tolerance = connectorConfigs.getOrDefault(ERRORS_TOLERANCE, "none").trim();
        if (!tolerance.equals("all")) {
            ConverterChecks.addError(config, ERRORS_TOLERANCE, tolerance, "The Slack sink sends alerts Slack refuses"
                    + " (invalid_payload, no_service, channel_not_found…) to the dead-letter queue and goes on: set"
                    + " errors.tolerance=all");
        }
        String dlq = connectorConfigs.getOrDefault(DLQ_TOPIC, "").trim();
        if (dlq.isEmpty()) {
            ConverterChecks.addError(config, DLQ_TOPIC, dlq, "Set the dead-letter topic for alerts Slack refuses, e.g."
                    + " errors.deadletterqueue.topic.name=radar.dlq (and errors.deadletterqueue.context.headers.enable=true"
                    + " for Connect's __connect.errors.* headers)");
        }
        List<String> routes = SlackConfig.routeNames(connectorConfigs.get(SlackConfig.ROUTES));
        for (String route : routes) {
            String rules = SlackConfig.routeKey(route, SlackConfig.ROUTE_RULES);
            String severities = SlackConfig.routeKey(route, SlackConfig.ROUTE_SEVERITIES);
            if (SlackConfig.routeNames(connectorConfigs.get(rules)).isEmpty()
                    && SlackConfig.routeNames(connectorConfigs.get(severities)).isEmpty()
                    && hasEntry(config, rules)) {
                ConverterChecks.addError(config, rules, connectorConfigs.get(rules), "route '" + route
                        + "' names no rule and no severity, so it would take every alert: give " + rules + " or "
                        + severities);
            }
        }
        Set<String> known = Set.copyOf(routes);
        for (String key : connectorConfigs.keySet()) {
            if (key.startsWith(SlackConfig.ROUTE_PREFIX)) {
                String rest = key.substring(SlackConfig.ROUTE_PREFIX.length());
                int dot = rest.indexOf('.');
                String route = dot < 0 ? rest : rest.substring(0, dot);
                if (!known.contains(route)) {
                    ConverterChecks.addError(config, key, key.endsWith(SlackConfig.ROUTE_WEBHOOK_URL)
                            ? new Password(connectorConfigs.get(key)) : connectorConfigs.get(key),
                            "route '" + route + "' is not listed in " + SlackConfig.ROUTES + ", so this setting is unused");
                }
            }
        }
        long digest = parseLong(connectorConfigs.get(SlackConfig.DIGEST_INTERVAL_MS), 0);
        long min = parseLong(connectorConfigs.get(SlackConfig.MIN_INTERVAL_MS), SlackConfig.SLACK_MIN_INTERVAL_MS);
        if (digest > 0 && digest < min) {
            ConverterChecks.addError(config, SlackConfig.DIGEST_INTERVAL_MS, digest, "must be 0 (no digest) or at least "
                    + SlackConfig.MIN_INTERVAL_MS + " (" + min + " ms)");
        }
        return config;
    }

    private static boolean hasEntry(Config config, String key) {
        return config.configValues().stream().map(ConfigValue::name).anyMatch(key::equals);
    }

    private static long parseLong(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback; // the key's own validator reports it
        }
    }
}
