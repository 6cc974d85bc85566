package org.releaseradar.search.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where Elasticsearch is and how to reach it.
 *
 * @param urls           one or more node URLs ({@code http://} or {@code https://})
 * @param engine         {@link Engine#LOCAL_7_10} only for Radar's embedded engine
 * @param username       basic-auth user, or null
 * @param password       basic-auth password, or null
 * @param apiKey         an encoded API key ({@code Authorization: ApiKey ...}), or null; wins over basic auth
 * @param caCertificate  a PEM CA certificate that signed the cluster's HTTP certificate, or null
 * @param caFingerprint  the SHA-256 fingerprint of that CA certificate, or null
 * @param connectTimeout TCP connect timeout
 * @param socketTimeout  time to wait for a response
 */
public record ElasticsearchSettings(
        List<URI> urls,
        Engine engine,
        String username,
        Secret password,
        Secret apiKey,
        Path caCertificate,
        String caFingerprint,
        Duration connectTimeout,
        Duration socketTimeout) {

    /** Configuration keys, as used in {@code radar.properties} and by the connectors. */
    public static final String URL = "elasticsearch.url";
    /** {@code standard} (8.x/9.x, the default) or {@code local-7.10} (only Radar's embedded engine). */
    public static final String ENGINE = "elasticsearch.engine";
    public static final String USERNAME = "elasticsearch.username";
    public static final String PASSWORD = "elasticsearch.password";
    public static final String API_KEY = "elasticsearch.api.key";
    public static final String CA_CERTIFICATE = "elasticsearch.ssl.ca.certificate";
    public static final String CA_FINGERPRINT = "elasticsearch.ssl.ca.fingerprint";
    public static final String CONNECT_TIMEOUT_MS = "elasticsearch.connect.timeout.ms";
    public static final String SOCKET_TIMEOUT_MS = "elasticsearch.socket.timeout.ms";

    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(60);

    public ElasticsearchSettings {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch URL is needed");
        }
        for (URI url : urls) {
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("Elasticsearch URL must be http:// or https://, got " + url);
            }
            if (url.getHost() == null) {
                throw new IllegalArgumentException("Elasticsearch URL has no host: " + url);
            }
        }
        Objects.requireNonNull(engine, "engine");
        if (password != null && username == null) {
            throw new IllegalArgumentException(PASSWORD + " is set but " + USERNAME + " is not");
        }
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        socketTimeout = socketTimeout == null ? DEFAULT_SOCKET_TIMEOUT : socketTimeout;
    }

    /** The embedded 7.10 engine of the local stack: compatibility switch on, no auth, no TLS. */
    public static ElasticsearchSettings local(URI url) {
        return new ElasticsearchSettings(List.of(url), Engine.LOCAL_7_10, null, null, null, null, null, null, null);
    }

    /**
     * A cluster configured by properties ({@link #URL} is required). The local-engine compatibility
     * switch is on only when {@link #ENGINE} says {@code local-7.10}: a configured cluster is
     * normally a real 8.x/9.x.
     */
    public static ElasticsearchSettings fromProperties(Properties properties) {
        String urls = properties.getProperty(URL);
        if (urls == null || urls.isBlank()) {
            throw new IllegalArgumentException("missing " + URL + " (e.g. https://es.example.org:9200)");
        }
        return new ElasticsearchSettings(
                Arrays.stream(urls.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(URI::create).toList(),
                Engine.fromConfig(properties.getProperty(ENGINE)),
                blankToNull(properties.getProperty(USERNAME)),
                Secret.ofNullable(properties.getProperty(PASSWORD)),
                Secret.ofNullable(properties.getProperty(API_KEY)),
                pathOrNull(properties.getProperty(CA_CERTIFICATE)),
                blankToNull(properties.getProperty(CA_FINGERPRINT)),
                millisOrNull(properties, CONNECT_TIMEOUT_MS),
                millisOrNull(properties, SOCKET_TIMEOUT_MS));
    }

    /**
     * These settings as the {@code elasticsearch.*} keys {@link #fromProperties} reads (and the
     * Elasticsearch sink connector takes), secrets revealed: for a configuration handed to a
     * component, never for printing.
     */
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(URL, String.join(",", urls.stream().map(URI::toString).toList()));
        p.put(ENGINE, engine.configValue());
        if (username != null) {
            p.put(USERNAME, username);
        }
        if (password != null) {
            p.put(PASSWORD, password.reveal());
        }
        if (apiKey != null) {
            p.put(API_KEY, apiKey.reveal());
        }
        if (caCertificate != null) {
            p.put(CA_CERTIFICATE, caCertificate.toString());
        }
        if (caFingerprint != null) {
            p.put(CA_FINGERPRINT, caFingerprint);
        }
        p.put(CONNECT_TIMEOUT_MS, Long.toString(connectTimeout.toMillis()));
        p.put(SOCKET_TIMEOUT_MS, Long.toString(socketTimeout.toMillis()));
        return p;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Path pathOrNull(String value) {
        String v = blankToNull(value);
        return v == null ? null : Path.of(v);
    }

    private static Duration millisOrNull(Properties properties, String key) {
        String v = blankToNull(properties.getProperty(key));
        if (v == null) {
            return null;
        }
        try {
            return Duration.ofMillis(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number of milliseconds, got '" + v + "'", e);
        }
    }
}
