package org.releaseradar.connectors.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.releaseradar.connectors.elasticsearch.bulk.BulkSettings;
import org.releaseradar.schemas.registry.RegistryConfig;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.search.client.Engine;
import org.releaseradar.search.client.Secret;

/**
 * Settings of {@link ElasticsearchSinkConnector}. The {@code elasticsearch.*} keys are those of
 * {@link ElasticsearchSettings} (the CLI's {@code radar.properties} uses the same names), plus
 * {@value #ENGINE} for Radar's embedded 7.10 engine.
 *
 * <p>Secrets ({@value #PASSWORD}, {@value #API_KEY}, {@value #SCHEMA_REGISTRY_USER_INFO}) are
 * {@code PASSWORD} entries: Connect's REST API, its config log line and {@link #toString()} show
 * {@code [hidden]}.
 */
public final class ElasticsearchSinkConfig extends AbstractConfig {

    public static final String GROUP_ELASTICSEARCH = "Elasticsearch";
    public static final String GROUP_INDICES = "Indices";
    public static final String GROUP_BULK = "Bulk requests";
    public static final String GROUP_RETRIES = "Retries";
    public static final String GROUP_ERRORS = "Rejected documents";
    public static final String GROUP_REGISTRY = "Schema registry";

    public static final String URL = ElasticsearchSettings.URL;
    public static final String USERNAME = ElasticsearchSettings.USERNAME;
    public static final String PASSWORD = ElasticsearchSettings.PASSWORD;
    public static final String API_KEY = ElasticsearchSettings.API_KEY;
    public static final String CA_CERTIFICATE = ElasticsearchSettings.CA_CERTIFICATE;
    public static final String CA_FINGERPRINT = ElasticsearchSettings.CA_FINGERPRINT;
    public static final String CONNECT_TIMEOUT_MS = ElasticsearchSettings.CONNECT_TIMEOUT_MS;
    public static final String SOCKET_TIMEOUT_MS = ElasticsearchSettings.SOCKET_TIMEOUT_MS;
    public static final String ENGINE = ElasticsearchSettings.ENGINE;

    public static final String TOPIC_INDEX_MAP = "topic.index.map";
    public static final String INSTALL_TEMPLATES = "index.templates.install";

    public static final String BULK_MAX_ACTIONS = "bulk.max.actions";
    public static final String BULK_MAX_BYTES = "bulk.max.bytes";
    public static final String BULK_LINGER_MS = "bulk.linger.ms";
    public static final String BULK_MAX_IN_FLIGHT = "bulk.max.in.flight";
    public static final String BUFFER_MAX_RECORDS = "buffer.max.records";
    public static final String BUFFER_MAX_BYTES = "buffer.max.bytes";

    public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "retry.backoff.max.ms";
    public static final String RETRY_MAX_DURATION_MS = "retry.max.duration.ms";

    public static final String BEHAVIOR_ON_REJECTED = "behavior.on.rejected.document";

    public static final String SCHEMA_REGISTRY_URL = RegistryConfig.URL;
    public static final String SCHEMA_REGISTRY_USER_INFO = RegistryConfig.BASIC_AUTH_USER_INFO;

    /** {@value #ENGINE} values. */
    public static final String ENGINE_STANDARD = Engine.STANDARD.configValue();
    public static final String ENGINE_LOCAL_7_10 = Engine.LOCAL_7_10.configValue();

    public static final ConfigDef CONFIG_DEF = define();

    /** @throws ConfigException for a bad value or a rule between settings that does not hold */
    public ElasticsearchSinkConfig(Map<String, String> props) {
        this(props, true);
    }

    private ElasticsearchSinkConfig(Map<String, String> props, boolean checkRules) {
        super(CONFIG_DEF, props);
        if (checkRules) {
            crossFieldProblems().entrySet().stream().findFirst().ifPresent(problem -> {
                throw new ConfigException(problem.getKey(), valueShown(problem.getKey()), problem.getValue());
            });
        }
    }

    /**
     * The rules between settings that do not hold, by the key to blame; empty when all hold. For
     * {@code validate()}, which reports each at its key (single values must be valid already).
     */
    static Map<String, String> crossFieldProblems(Map<String, String> props) {
        return new ElasticsearchSinkConfig(props, false).crossFieldProblems();
    }

    private Map<String, String> crossFieldProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (getPassword(PASSWORD) != null && blankToNull(getString(USERNAME)) == null) {
            problems.put(PASSWORD, "is set but " + USERNAME + " is not");
        }
        if (getInt(BUFFER_MAX_RECORDS) < getInt(BULK_MAX_ACTIONS)) {
            problems.put(BUFFER_MAX_RECORDS, "must be at least " + BULK_MAX_ACTIONS + " (" + getInt(BULK_MAX_ACTIONS)
                    + "), or no bulk request could fill up");
        }
        if (getLong(BUFFER_MAX_BYTES) < getLong(BULK_MAX_BYTES)) {
            problems.put(BUFFER_MAX_BYTES, "must be at least " + BULK_MAX_BYTES + " (" + getLong(BULK_MAX_BYTES) + ")");
        }
        if (getLong(RETRY_BACKOFF_MAX_MS) < getLong(RETRY_BACKOFF_MS)) {
            problems.put(RETRY_BACKOFF_MAX_MS, "must be at least " + RETRY_BACKOFF_MS + " (" + getLong(RETRY_BACKOFF_MS) + ")");
        }
        if (problems.isEmpty()) {
            try {
                elasticsearch();
            } catch (IllegalArgumentException e) {
                problems.put(URL, e.getMessage());
            }
        }
        return problems;
    }

    private Object valueShown(String key) {
        Object value = values().get(key);
        return value instanceof Password ? Password.HIDDEN : value;
    }

    private static ConfigDef define() {
        ConfigDef def = new ConfigDef();
        int e = 0;
        def.define(URL, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, new HttpUrls(), Importance.HIGH,
                "Comma-separated URLs of Elasticsearch nodes (http:// or https://), e.g. https://es1:9200,https://es2:9200."
                        + " Credentials belong in " + USERNAME + "/" + PASSWORD + " or " + API_KEY + ", never in the URL.",
                GROUP_ELASTICSEARCH, ++e, Width.LONG, "Elasticsearch URLs");
        def.define(ENGINE, Type.STRING, ENGINE_STANDARD,
                ConfigDef.CaseInsensitiveValidString.in(ENGINE_STANDARD, ENGINE_LOCAL_7_10), Importance.LOW,
                "Which Elasticsearch the URLs point at. '" + ENGINE_STANDARD + "': Elasticsearch 8.x or 9.x, the client as"
                        + " it ships. '" + ENGINE_LOCAL_7_10 + "': only for Radar's embedded Elasticsearch 7.10 (the local"
                        + " stack of `radar demo` and the tests); it sends plain JSON media types and accepts a response"
                        + " without the X-Elastic-Product header.",
                GROUP_ELASTICSEARCH, ++e, Width.SHORT, "Engine");
        def.define(USERNAME, Type.STRING, null, new OptionalNonBlank(), Importance.MEDIUM,
                "User for HTTP basic authentication (with " + PASSWORD + ").", GROUP_ELASTICSEARCH, ++e, Width.MEDIUM,
                "Username");
        def.define(PASSWORD, Type.PASSWORD, null, Importance.MEDIUM,
                "Password of " + USERNAME + ". Never logged.", GROUP_ELASTICSEARCH, ++e, Width.MEDIUM, "Password");
        def.define(API_KEY, Type.PASSWORD, null, Importance.MEDIUM,
                "An encoded Elasticsearch API key (sent as 'Authorization: ApiKey ...'); wins over basic authentication."
                        + " Never logged.", GROUP_ELASTICSEARCH, ++e, Width.LONG, "API key");
        def.define(CA_CERTIFICATE, Type.STRING, null, new OptionalNonBlank(), Importance.LOW,
                "Path of a PEM CA certificate that signed the cluster's HTTP certificate (e.g. Elasticsearch's"
                        + " config/certs/http_ca.crt), on every worker. Unset: the JVM's trust store applies.",
                GROUP_ELASTICSEARCH, ++e, Width.LONG, "CA certificate");
        def.define(CA_FINGERPRINT, Type.STRING, null, new Sha256Fingerprint(), Importance.LOW,
                "SHA-256 fingerprint (hex, colons allowed) of the CA certificate, as Elasticsearch prints it at first"
                        + " start; an alternative to " + CA_CERTIFICATE + ".",
                GROUP_ELASTICSEARCH, ++e, Width.LONG, "CA fingerprint");
        def.define(CONNECT_TIMEOUT_MS, Type.LONG, 5_000L, Range.between(1, 600_000), Importance.LOW,
                "TCP connect timeout for requests to Elasticsearch.", GROUP_ELASTICSEARCH, ++e, Width.SHORT,
                "Connect timeout (ms)");
        def.define(SOCKET_TIMEOUT_MS, Type.LONG, 60_000L, Range.between(1, 3_600_000), Importance.LOW,
                "Time to wait for Elasticsearch's answer to one request; a request that times out is retried.",
                GROUP_ELASTICSEARCH, ++e, Width.SHORT, "Socket timeout (ms)");

        int i = 0;
        def.define(TOPIC_INDEX_MAP, Type.LIST, String.join(",", IndexRouting.DEFAULT_MAP), new TopicIndexMap(),
                Importance.HIGH,
                "Comma-separated topic:alias pairs: the documents of each topic are written to that alias (or index)."
                        + " Every topic the connector reads must be listed. Radar's aliases point at a concrete index"
                        + " <alias>-000001, so a reindex is an alias swap.",
                GROUP_INDICES, ++i, Width.LONG, "Topic to index");
        def.define(INSTALL_TEMPLATES, Type.BOOLEAN, true, null, Importance.MEDIUM,
                "Before the first bulk request, put Radar's index templates for the mapped aliases that are Radar's"
                        + " (radar-releases, radar-news, radar-stats, radar-stats-org, radar-alerts) and create"
                        + " <alias>-000001 behind any of these aliases that does not exist yet. Other aliases are left as"
                        + " they are.",
                GROUP_INDICES, ++i, Width.SHORT, "Install templates");

        int b = 0;
        def.define(BULK_MAX_ACTIONS, Type.INT, 1_000, Range.between(1, 100_000), Importance.MEDIUM,
                "Most index/delete actions in one bulk request.", GROUP_BULK, ++b, Width.SHORT, "Max actions per bulk");
        def.define(BULK_MAX_BYTES, Type.LONG, 5L * 1024 * 1024, Range.between(1_024, 100L * 1024 * 1024),
                Importance.MEDIUM,
                "Most bytes of documents in one bulk request (a single larger document is sent alone). Keep it well"
                        + " under the cluster's http.max_content_length (100 MB by default).",
                GROUP_BULK, ++b, Width.SHORT, "Max bytes per bulk");
        def.define(BULK_LINGER_MS, Type.LONG, 50L, Range.between(0, 60_000), Importance.LOW,
                "How long a document may wait for more to fill its bulk request before the request goes anyway.",
                GROUP_BULK, ++b, Width.SHORT, "Linger (ms)");
        def.define(BULK_MAX_IN_FLIGHT, Type.INT, 2, Range.between(1, 32), Importance.MEDIUM,
                "Most bulk requests of one task in flight (each retried until Elasticsearch takes it). Two in-flight"
                        + " requests never carry the same document id.",
                GROUP_BULK, ++b, Width.SHORT, "Max bulks in flight");
        def.define(BUFFER_MAX_RECORDS, Type.INT, 20_000, Range.between(1, 10_000_000), Importance.MEDIUM,
                "Records a task holds that Elasticsearch has not acknowledged yet (buffered or in flight). Above this"
                        + " the task pauses its partitions until half of them are acknowledged, instead of buffering"
                        + " without limit; at least " + BULK_MAX_ACTIONS + ".",
                GROUP_BULK, ++b, Width.SHORT, "Max buffered records");
        def.define(BUFFER_MAX_BYTES, Type.LONG, 100L * 1024 * 1024, Range.between(1_024, 16L * 1024 * 1024 * 1024),
                Importance.MEDIUM,
                "Document bytes a task holds that Elasticsearch has not acknowledged yet; above this the task pauses"
                        + " its partitions like " + BUFFER_MAX_RECORDS + "; at least " + BULK_MAX_BYTES + ".",
                GROUP_BULK, ++b, Width.SHORT, "Max buffered bytes");

        int r = 0;
        def.define(RETRY_BACKOFF_MS, Type.LONG, 200L, Range.between(1, 600_000), Importance.LOW,
                "First wait before retrying a bulk request or its items that Elasticsearch answered with 429 or 5xx"
                        + " (e.g. es_rejected_execution_exception), or that failed to connect; it doubles each attempt and"
                        + " is randomised between half and all of it (jitter).",
                GROUP_RETRIES, ++r, Width.SHORT, "Initial backoff (ms)");
        def.define(RETRY_BACKOFF_MAX_MS, Type.LONG, 10_000L, Range.between(1, 3_600_000), Importance.LOW,
                "Longest wait between two attempts.", GROUP_RETRIES, ++r, Width.SHORT, "Max backoff (ms)");
        def.define(RETRY_MAX_DURATION_MS, Type.LONG, 900_000L, Range.between(1_000, 7L * 24 * 3_600_000),
                Importance.MEDIUM,
                "How long a bulk request is retried before the task fails with the last error (default 15 min, so an"
                        + " Elasticsearch restart or an outage of minutes is ridden out). Offsets of records Elasticsearch has"
                        + " not acknowledged are never committed, so a failed task loses nothing: restart it.",
                GROUP_RETRIES, ++r, Width.SHORT, "Max retry duration (ms)");

        int x = 0;
        def.define(BEHAVIOR_ON_REJECTED, Type.STRING, RejectedDocumentBehavior.DLQ.configValue(),
                ConfigDef.CaseInsensitiveValidString.in(Arrays.stream(RejectedDocumentBehavior.values())
                        .map(RejectedDocumentBehavior::configValue).toArray(String[]::new)),
                Importance.HIGH,
                "What happens to a record Elasticsearch rejects for good (a mapping or parsing error, any other 4xx item"
                        + " answer) or whose value is not readable Avro. 'dlq': it goes to Connect's dead-letter queue with"
                        + " Elasticsearch's error type and reason in the header __connect.errors.exception.message, and the"
                        + " rest of the batch is indexed; needs errors.tolerance=all, errors.deadletterqueue.topic.name and"
                        + " errors.deadletterqueue.context.headers.enable=true. 'fail': the task fails with the reason.",
                GROUP_ERRORS, ++x, Width.SHORT, "On rejected document");

        int s = 0;
        def.define(SCHEMA_REGISTRY_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                Importance.HIGH,
                "Base URL of a Confluent-API schema registry (Confluent Schema Registry, or Apicurio's"
                        + " http://host:port/apis/ccompat/v7): record values are Avro in the Confluent wire format, read"
                        + " with the writer's schema.",
                GROUP_REGISTRY, ++s, Width.LONG, "Schema registry URL");
        def.define(SCHEMA_REGISTRY_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM,
                "Basic-auth credentials for the registry, as user:password. Never logged.", GROUP_REGISTRY, ++s,
                Width.MEDIUM, "Registry credentials");
        return def;
    }

    /** Where Elasticsearch is and how to reach it. */
    public ElasticsearchSettings elasticsearch() {
        return new ElasticsearchSettings(
                getList(URL).stream().map(String::trim).filter(u -> !u.isEmpty()).map(URI::create).toList(),
                Engine.fromConfig(getString(ENGINE)),
                blankToNull(getString(USERNAME)),
                secret(PASSWORD),
                secret(API_KEY),
                blankToNull(getString(CA_CERTIFICATE)) == null ? null : Path.of(getString(CA_CERTIFICATE).trim()),
                blankToNull(getString(CA_FINGERPRINT)) == null ? null : getString(CA_FINGERPRINT).replace(":", "").trim(),
                Duration.ofMillis(getLong(CONNECT_TIMEOUT_MS)),
                Duration.ofMillis(getLong(SOCKET_TIMEOUT_MS)));
    }

    public IndexRouting routing() {
        return IndexRouting.parse(getList(TOPIC_INDEX_MAP));
    }

    public boolean installTemplates() {
        return getBoolean(INSTALL_TEMPLATES);
    }

    public BulkSettings bulk() {
        return new BulkSettings(getInt(BULK_MAX_ACTIONS), getLong(BULK_MAX_BYTES), Duration.ofMillis(getLong(BULK_LINGER_MS)),
                getInt(BULK_MAX_IN_FLIGHT), getInt(BUFFER_MAX_RECORDS), getLong(BUFFER_MAX_BYTES),
                Duration.ofMillis(getLong(RETRY_BACKOFF_MS)), Duration.ofMillis(getLong(RETRY_BACKOFF_MAX_MS)),
                Duration.ofMillis(getLong(RETRY_MAX_DURATION_MS)));
    }

    public RejectedDocumentBehavior behaviorOnRejected() {
        return RejectedDocumentBehavior.parse(getString(BEHAVIOR_ON_REJECTED));
    }

    /** The settings for {@code AvroDeserializer}: registry URL and, if set, its credentials. */
    public Map<String, Object> registry() {
        Map<String, Object> registry = new HashMap<>();
        registry.put(SCHEMA_REGISTRY_URL, getString(SCHEMA_REGISTRY_URL));
        Password userInfo = getPassword(SCHEMA_REGISTRY_USER_INFO);
        if (userInfo != null && !userInfo.value().isEmpty()) {
            registry.put(SCHEMA_REGISTRY_USER_INFO, userInfo.value());
        }
        return registry;
    }

    /** Every setting, secrets as {@code [hidden]}: safe to log. */
    @Override
    public String toString() {
        StringBuilder shown = new StringBuilder("ElasticsearchSinkConfig{");
        values().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Object value = entry.getValue();
            shown.append(entry.getKey()).append('=').append(value instanceof Password ? Password.HIDDEN : value).append(", ");
        });
        if (shown.length() > "ElasticsearchSinkConfig{".length()) {
            shown.setLength(shown.length() - 2);
        }
        return shown.append('}').toString();
    }

    private Secret secret(String key) {
        Password password = getPassword(key);
        return password == null ? null : Secret.ofNullable(password.value());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Each entry an absolute http(s) URL with a host and without credentials; at least one. */
    static final class HttpUrls implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            @SuppressWarnings("unchecked")
            List<String> urls = (List<String>) value;
            if (urls == null || urls.stream().allMatch(String::isBlank)) {
                throw new ConfigException(name, value, "list at least one Elasticsearch URL");
            }
            for (String raw : urls) {
                String url = raw.trim();
                URI uri;
                try {
                    uri = new URI(url);
                } catch (java.net.URISyntaxException e) {
                    throw new ConfigException(name, url, "not a URL: " + e.getMessage());
                }
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new ConfigException(name, url, "an Elasticsearch URL must be http://host:port or https://host:port");
                }
                if (uri.getRawUserInfo() != null) {
                    // Say so without repeating the value: it holds a password.
                    throw new ConfigException(name + " must not contain credentials; set " + USERNAME + "/" + PASSWORD
                            + " or " + API_KEY);
                }
            }
        }

        @Override
        public String toString() {
            return "comma-separated http(s) URLs";
        }
    }

    /** {@code topic:alias} pairs that {@link IndexRouting#parse} accepts. */
    static final class TopicIndexMap implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            @SuppressWarnings("unchecked")
            List<String> entries = (List<String>) value;
            try {
                IndexRouting.parse(entries == null ? List.of() : entries);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "comma-separated topic:alias pairs";
        }
    }

    /** Null (unset) or a non-blank string. */
    static final class OptionalNonBlank implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value != null && value.toString().isBlank()) {
                throw new ConfigException(name, value, "must not be blank; leave it unset instead");
            }
        }

        @Override
        public String toString() {
            return "unset, or a non-blank string";
        }
    }

    /** Null or 32 bytes in hex, colons allowed. */
    static final class Sha256Fingerprint implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null) {
                return;
            }
            String hex = value.toString().replace(":", "").trim();
            if (!hex.matches("(?i)[0-9a-f]{64}")) {
                throw new ConfigException(name, value, "must be a SHA-256 fingerprint: 64 hex digits, colons allowed");
            }
        }

        @Override
        public String toString() {
            return "unset, or 64 hex digits (colons allowed)";
        }
    }
}
