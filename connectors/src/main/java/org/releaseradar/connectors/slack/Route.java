package org.releaseradar.connectors.slack;

import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.config.types.Password;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Severity;

/**
 * Where an alert goes: a named webhook and which alerts it takes. The URL stays a {@link Password}, so
 * printing a route (or anything holding one) shows {@code [hidden]}; logs, errors, metrics and the
 * delivered log name the route instead.
 *
 * @param name       the route's name: {@value #DEFAULT} for the default webhook, else one of {@code slack.routes}
 * @param webhook    the incoming-webhook URL (a secret: its path is the credential)
 * @param rules      rule ids it takes; empty = any rule
 * @param severities severities it takes; empty = any severity
 */
public record Route(String name, Password webhook, Set<String> rules, Set<Severity> severities) {

    public static final String DEFAULT = "default";

    public Route {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(webhook, "webhook");
        rules = Set.copyOf(rules);
        severities = Set.copyOf(severities);
    }

    /** The default route: every alert no named route takes. */
    public static Route fallback(Password webhook) {
        return new Route(DEFAULT, webhook, Set.of(), Set.of());
    }

    /** Whether this route takes the alert: its rule and its severity both match (an empty set matches all). */
    public boolean matches(Alert alert) {
        return (rules.isEmpty() || rules.contains(alert.getRule()))
                && (severities.isEmpty() || severities.contains(alert.getSeverity()));
    }

    @Override
    public String toString() {
        return "Route[" + name + ", webhook=" + Password.HIDDEN + ", rules=" + rules + ", severities=" + severities + "]";
    }
}
