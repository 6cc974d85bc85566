package org.releaseradar.connectors.slack;

import java.util.List;
import org.releaseradar.schemas.avro.Alert;

/**
 * Picks the one route an alert goes to: the first of {@code slack.routes}, in the order configured, that
 * matches its rule and severity; the default webhook when none does. One alert, one message: an alert is
 * never posted to two channels, so "posted at most once" is about one message.
 */
public final class Router {

    private final List<Route> routes;
    private final Route fallback;

    public Router(List<Route> routes, Route fallback) {
        this.routes = List.copyOf(routes);
        this.fallback = fallback;
    }

    public Route route(Alert alert) {
        for (Route route : routes) {
            if (route.matches(alert)) {
                return route;
            }
        }
        return fallback;
    }

    /** Every route, the default last. */
    public List<Route> all() {
        return java.util.stream.Stream.concat(routes.stream(), java.util.stream.Stream.of(fallback)).toList();
    }
}
