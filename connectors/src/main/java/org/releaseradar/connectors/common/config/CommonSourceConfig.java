package org.releaseradar.connectors.common.config;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.types.Password;
import org.releaseradar.connectors.common.ConnectorVersion;
import org.releaseradar.connectors.common.dlq.DeadLetters;
import org.releaseradar.connectors.common.http.HttpFetchSettings;
import org.releaseradar.schemas.Topics;

/**
 * The settings every Radar source connector shares: output and dead-letter topics, the schema
 * registry, and HTTP behaviour. Each connector's own {@code ConfigDef} starts from {@link #define}.
 */
public final class CommonSourceConfig {

    public static final String GROUP_KAFKA = "Kafka";
    public static final String GROUP_REGISTRY = "Schema registry";
    public static final String GROUP_HTTP = "HTTP";

    public static final String TOPIC = "topic";
    public static final String DLQ_TOPIC = "dlq.topic";
    public static final String DLQ_MAX_BYTES = "dlq.max.bytes";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String SCHEMA_REGISTRY_USER_INFO = "basic.auth.user.info";
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String HTTP_REQUEST_TIMEOUT_MS = "http.request.timeout.ms";
    public static final String HTTP_RETRY_MAX_ATTEMPTS = "http.retry.max.attempts";
    public static final String HTTP_RETRY_BACKOFF_MS = "http.retry.backoff.ms";
    public static final String HTTP_RETRY_BACKOFF_MAX_MS = "http.retry.backoff.max.ms";
    public static final String HTTP_RETRY_AFTER_MAX_MS = "http.retry.after.max.ms";
    public static final String HTTP_MAX_BODY_BYTES = "http.max.body.bytes";
    public static final String HTTP_USER_AGENT = "http.user.agent";

    private CommonSourceConfig() {
    }

    /** A new {@code ConfigDef} with the shared settings; {@code defaultTopic} is the connector's output topic. */
    public static ConfigDef define(String defaultTopic) {
        ConfigDef def = new ConfigDef();
        int k = 0;
        def.define(TOPIC, Type.STRING, defaultTopic, new ConfigDef.NonEmptyString(), Importance.HIGH,
                "Topic the connector writes its records to.", GROUP_KAFKA, ++k, Width.MEDIUM, "Output topic");
        def.define(DLQ_TOPIC, Type.STRING, Topics.DLQ, new ConfigDef.NonEmptyString(), Importance.HIGH,
                "Dead-letter topic for input that cannot be used (malformed responses or items), with the"
                        + " source, URL and reason in headers.", GROUP_KAFKA, ++k, Width.MEDIUM, "Dead-letter topic");
        def.define(DLQ_MAX_BYTES, Type.INT, 900_000, Range.between(1_024, 16 * 1024 * 1024), Importance.LOW,
                "Original input larger than this is truncated in the dead-letter record (header"
                        + " radar.dlq.truncated=true); keep it under the topic's max.message.bytes.",
                GROUP_KAFKA, ++k, Width.SHORT, "Dead-letter max bytes");

        int r = 0;
        def.define(SCHEMA_REGISTRY_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                Importance.HIGH, "Base URL of a Confluent-API schema registry (Confluent Schema Registry, or"
                        + " Apicurio's http://host:port/apis/ccompat/v7). Values are Avro in the Confluent wire format.",
                GROUP_REGISTRY, ++r, Width.LONG, "Schema registry URL");
        def.define(SCHEMA_REGISTRY_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM,
                "Basic-auth credentials for the registry, as user:password.", GROUP_REGISTRY, ++r, Width.MEDIUM,
                "Registry credentials");

        int h = 0;
        def.define(HTTP_CONNECT_TIMEOUT_MS, Type.LONG, 10_000L, Range.atLeast(1), Importance.LOW,
                "TCP connect timeout for source requests.", GROUP_HTTP, ++h, Width.SHORT, "Connect timeout (ms)");
        def.define(HTTP_REQUEST_TIMEOUT_MS, Type.LONG, 60_000L, Range.atLeast(1), Importance.LOW,
                "Time allowed for one whole response.", GROUP_HTTP, ++h, Width.SHORT, "Request timeout (ms)");
        def.define(HTTP_RETRY_MAX_ATTEMPTS, Type.INT, 6, Range.between(1, 100), Importance.MEDIUM,
                "Attempts per request (the first included) on HTTP 429, 5xx and connection errors; then the"
                        + " failure is reported and the source is tried again at its next poll.",
                GROUP_HTTP, ++h, Width.SHORT, "Max attempts");
        def.define(HTTP_RETRY_BACKOFF_MS, Type.LONG, 500L, Range.atLeast(1), Importance.LOW,
                "First wait before a retry; it doubles each attempt, randomised (jitter).", GROUP_HTTP, ++h,
                Width.SHORT, "Initial backoff (ms)");
        def.define(HTTP_RETRY_BACKOFF_MAX_MS, Type.LONG, 30_000L, Range.atLeast(1), Importance.LOW,
                "Longest wait between two attempts.", GROUP_HTTP, ++h, Width.SHORT, "Max backoff (ms)");
        def.define(HTTP_RETRY_AFTER_MAX_MS, Type.LONG, 300_000L, Range.atLeast(0), Importance.LOW,
                "A server's Retry-After (HTTP 429) is honoured up to this long.", GROUP_HTTP, ++h, Width.SHORT,
                "Max Retry-After (ms)");
        def.define(HTTP_MAX_BODY_BYTES, Type.LONG, 64L * 1024 * 1024, Range.atLeast(1_024), Importance.LOW,
                "A larger response is refused and reported, never buffered without bound.", GROUP_HTTP, ++h,
                Width.SHORT, "Max body bytes");
        def.define(HTTP_USER_AGENT, Type.STRING, "ReleaseRadar/" + ConnectorVersion.get(), Importance.LOW,
                "User-Agent sent with every request.", GROUP_HTTP, ++h, Width.MEDIUM, "User agent");
        return def;
    }

    /** The HTTP settings from a parsed configuration built on {@link #define}. */
    public static HttpFetchSettings http(AbstractConfig config) {
        return new HttpFetchSettings(
                Duration.ofMillis(config.getLong(HTTP_CONNECT_TIMEOUT_MS)),
                Duration.ofMillis(config.getLong(HTTP_REQUEST_TIMEOUT_MS)),
                config.getInt(HTTP_RETRY_MAX_ATTEMPTS),
                Duration.ofMillis(config.getLong(HTTP_RETRY_BACKOFF_MS)),
                Duration.ofMillis(config.getLong(HTTP_RETRY_BACKOFF_MAX_MS)),
                Duration.ofMillis(config.getLong(HTTP_RETRY_AFTER_MAX_MS)),
                config.getLong(HTTP_MAX_BODY_BYTES),
                config.getString(HTTP_USER_AGENT));
    }

    /** The serializer settings for {@code AvroRecordEncoder}. */
    public static Map<String, Object> registry(AbstractConfig config) {
        Map<String, Object> registry = new HashMap<>();
        registry.put(SCHEMA_REGISTRY_URL, config.getString(SCHEMA_REGISTRY_URL));
        Password userInfo = config.getPassword(SCHEMA_REGISTRY_USER_INFO);
        if (userInfo != null) {
            registry.put(SCHEMA_REGISTRY_USER_INFO, userInfo.value());
        }
        return registry;
    }

    /** The dead-letter writer for a source named {@code source} (header value). */
    public static DeadLetters deadLetters(AbstractConfig config, String source, Clock clock) {
        return new DeadLetters(config.getString(DLQ_TOPIC), source, config.getInt(DLQ_MAX_BYTES), clock);
    }
}
