package org.releaseradar.connectors.slack;

import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.config.types.Password;

/**
 * One incoming webhook and the routes that post to it (routes may share a URL: they then share its rate
 * limit). {@link #name()} (the route names joined with '+') is how logs and errors refer to it.
 */
record Webhook(String name, Password url, List<String> routes) {

    Webhook {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        routes = List.copyOf(routes);
    }

    @Override
    public String toString() {
        return "Webhook[" + name + "]";
    }
}
