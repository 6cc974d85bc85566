package org.releaseradar.search.client;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;

/**
 * Which Elasticsearch the client talks to, and what that engine needs from the client.
 *
 * <p>elasticsearch-java 8.x refuses a server that does not send {@code X-Elastic-Product} and asks
 * for {@code compatible-with=8} media types, which Elasticsearch 7.10 rejects with 406. There is no
 * supported switch, so for the embedded 7.10 engine only, the client sends plain JSON media types
 * and a response interceptor supplies the product header. Against a real 8.x/9.x cluster both stay
 * off: 9.x accepts {@code compatible-with=8} and sends the header itself.
 */
public enum Engine {

    /** Elasticsearch 8.x or 9.x (any configured cluster): the client as it ships. */
    STANDARD("standard") {
        @Override
        void configure(HttpAsyncClientBuilder http) {
            // nothing to adapt
        }

        @Override
        ElasticsearchClient adapt(ElasticsearchClient client) {
            return client;
        }
    },

    /** The embedded Elasticsearch 7.10.2 of Radar's local stack. */
    LOCAL_7_10("local-7.10") {
        private static final String PRODUCT_HEADER = "X-Elastic-Product";

        @Override
        void configure(HttpAsyncClientBuilder http) {
            http.addInterceptorLast((HttpResponseInterceptor) (response, context) -> {
                if (!response.containsHeader(PRODUCT_HEADER)) {
                    response.addHeader(PRODUCT_HEADER, "Elasticsearch");
                }
            });
        }

        @Override
        ElasticsearchClient adapt(ElasticsearchClient client) {
            return client.withTransportOptions(options -> options
                    .setHeader("Accept", "application/json")
                    .setHeader("Content-Type", "application/json"));
        }
    };

    /** Adapts the low-level HTTP client (interceptors). */
    private final String configValue;

    Engine(String configValue) {
        this.configValue = configValue;
    }

    /** The value of {@link ElasticsearchSettings#ENGINE} that selects this engine. */
    public String configValue() {
        return configValue;
    }

    /** The engine a configuration value names (case-insensitive); blank means {@link #STANDARD}. */
    public static Engine fromConfig(String value) {
        if (value == null || value.isBlank()) {
            return STANDARD;
        }
        for (Engine engine : values()) {
            if (engine.configValue.equalsIgnoreCase(value.trim())) {
                return engine;
            }
        }
        throw new IllegalArgumentException(ElasticsearchSettings.ENGINE + " must be 'standard' or 'local-7.10', got '"
                + value + "'");
    }

    abstract void configure(HttpAsyncClientBuilder http);

    /** Adapts the typed client (per-request transport options). */
    abstract ElasticsearchClient adapt(ElasticsearchClient client);
}
