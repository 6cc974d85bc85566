package org.releaseradar.connectors.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task's metrics through Connect's plugin metrics (Kafka 4.1+; on older workers there are none), tagged
 * with the route or webhook <em>name</em>, never its URL: alerts posted, dead-lettered, retried, HTTP 429s
 * per webhook, and the alerts pending in the task.
 */
final class SlackMetrics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackMetrics.class);

    private final PluginMetrics metrics;
    private final Map<String, Sensor> sensors = new ConcurrentHashMap<>();
    private MetricName pendingGauge;

    private SlackMetrics(PluginMetrics metrics) {
        this.metrics = metrics;
    }

    /** Metrics through {@code metrics}; a no-op when it is null (a worker without plugin metrics). */
    static SlackMetrics of(PluginMetrics metrics) {
        return new SlackMetrics(metrics);
    }

    void pendingGauge(IntSupplier pending) {
        if (metrics == null) {
            return;
        }
        pendingGauge = metrics.metricName("alerts-pending", "Alerts read and not yet posted or dead-lettered",
                new LinkedHashMap<>());
        metrics.addMetric(pendingGauge, (Gauge<Integer>) (config, now) -> pending.getAsInt());
    }

    void posted(String route, int alerts) {
        count("alerts-posted-total", "Alerts Slack accepted", "route", route, alerts);
    }

    void deadLettered(String route, int alerts) {
        count("alerts-dead-lettered-total", "Alerts sent to the dead-letter queue", "route", route, alerts);
    }

    void retried(String webhook) {
        count("retries-total", "Requests retried after a 5xx or connection error", "webhook", webhook, 1);
    }

    void rateLimited(String webhook) {
        count("rate-limited-total", "HTTP 429 answers", "webhook", webhook, 1);
    }

    private void count(String metric, String description, String tag, String value, int n) {
        if (metrics == null) {
            return;
        }
        try {
            sensors.computeIfAbsent(metric + "/" + value, key -> {
                Sensor sensor = metrics.addSensor("slack-" + key);
                LinkedHashMap<String, String> tags = new LinkedHashMap<>();
                tags.put(tag, value);
                sensor.add(metrics.metricName(metric, description, tags), new CumulativeSum());
                return sensor;
            }).record(n);
        } catch (RuntimeException e) {
            log.debug("metric {} not recorded: {}", metric, e.toString());
        }
    }

    @Override
    public void close() {
        if (metrics == null) {
            return;
        }
        for (String key : List.copyOf(sensors.keySet())) {
            try {
                metrics.removeSensor("slack-" + key);
            } catch (RuntimeException e) {
                log.debug("sensor {} not removed: {}", key, e.toString());
            }
        }
        sensors.clear();
        if (pendingGauge != null) {
            try {
                metrics.removeMetric(pendingGauge);
            } catch (RuntimeException e) {
                log.debug("gauge not removed: {}", e.toString());
            }
            pendingGauge = null;
        }
    }
}
