package org.releaseradar.schemas.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the registry is and how to talk to it.
 *
 * <p>Read from the same keys Confluent's clients use, plus Radar's timeout and retry keys:
 * <ul>
 *   <li>{@value #URL} (required): base URL, e.g. {@code http://127.0.0.1:8081} for Confluent Schema
 *       Registry or {@code http://127.0.0.1:8080/apis/ccompat/v7} for Apicurio Registry</li>
 *   <li>{@value #BASIC_AUTH_USER_INFO}: {@code user:password} for HTTP basic auth</li>
 *   <li>{@value #CONNECT_TIMEOUT_MS} (default 5000), {@value #REQUEST_TIMEOUT_MS} (default 10000)</li>
 *   <li>{@value #MAX_ATTEMPTS} (default 5): attempts per request on 5xx answers and connection errors</li>
 *   <li>{@value #RETRY_BACKOFF_MS} (default 100), {@value #RETRY_BACKOFF_MAX_MS} (default 5000)</li>
 * </ul>
 *
 * @param userInfo {@code user:password}, if any; {@link #toString()} never shows the password
 */
public record RegistryConfig(
        URI url,
        Optional<String> userInfo,
        Duration connectTimeout,
        Duration requestTimeout,
        RetryPolicy retry) {

    public static final String URL = "schema.registry.url";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String CONNECT_TIMEOUT_MS = "schema.registry.connect.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";
    public static final String MAX_ATTEMPTS = "schema.registry.retry.max.attempts";
    public static final String RETRY_BACKOFF_MS = "schema.registry.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "schema.registry.retry.backoff.max.ms";

    public RegistryConfig {
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException(URL + " must be an absolute http(s) URL, got " + redacted(url));
        }
        if (url.getRawUserInfo() != null) {
            // Credentials in the URL would end up in logs and messages: make users put them where we redact them.
            throw new IllegalArgumentException(URL + " must not contain credentials; set " + BASIC_AUTH_USER_INFO + " instead");
        }
        userInfo.ifPresent(info -> {
            if (info.indexOf(':') < 0) {
                throw new IllegalArgumentException(BASIC_AUTH_USER_INFO + " must be 'user:password'");
            }
        });
    }

    /** A config with default timeouts and retries and no auth. */
    public static RegistryConfig of(String url) {
        return new RegistryConfig(URI.create(url), Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(10),
                RetryPolicy.DEFAULT);
    }

    /** Reads the keys above; values may be strings or numbers, as in Kafka client configs. */
    public static RegistryConfig from(Map<String, ?> configs) {
        Object url = configs.get(URL);
        if (url == null || url.toString().isBlank()) {
            throw new IllegalArgumentException(URL + " is required");
        }
        // Confluent accepts a comma-separated list; Radar uses the first registry only.
        String first = url.toString().split(",")[0].trim();
        Optional<String> userInfo = Optional.ofNullable(configs.get(BASIC_AUTH_USER_INFO))
                .map(Object::toString).filter(s -> !s.isEmpty());
        RetryPolicy retry = new RetryPolicy(
                (int) longValue(configs, MAX_ATTEMPTS, RetryPolicy.DEFAULT.maxAttempts()),
                Duration.ofMillis(longValue(configs, RETRY_BACKOFF_MS, RetryPolicy.DEFAULT.initialBackoff().toMillis())),
                Duration.ofMillis(longValue(configs, RETRY_BACKOFF_MAX_MS, RetryPolicy.DEFAULT.maxBackoff().toMillis())));
        return new RegistryConfig(URI.create(stripTrailingSlash(first)), userInfo,
                Duration.ofMillis(longValue(configs, CONNECT_TIMEOUT_MS, 5_000)),
                Duration.ofMillis(longValue(configs, REQUEST_TIMEOUT_MS, 10_000)),
                retry);
    }

    public RegistryConfig withUserInfo(String userInfo) {
        return new RegistryConfig(url, Optional.of(userInfo), connectTimeout, requestTimeout, retry);
    }

    public RegistryConfig withRetry(RetryPolicy retry) {
        return new RegistryConfig(url, userInfo, connectTimeout, requestTimeout, retry);
    }

    public RegistryConfig withTimeouts(Duration connectTimeout, Duration requestTimeout) {
        return new RegistryConfig(url, userInfo, connectTimeout, requestTimeout, retry);
    }

    @Override
    public String toString() {
        return "RegistryConfig[url=" + url
                + ", user=" + userInfo.map(info -> info.substring(0, info.indexOf(':'))).orElse("(none)")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", retry=" + retry + "]";
    }

    private static long longValue(Map<String, ?> configs, String key, long defaultValue) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'", e);
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String redacted(URI url) {
        return url.getRawUserInfo() == null ? url.toString() : url.toString().replace(url.getRawUserInfo() + "@", "***@");
    }
}
