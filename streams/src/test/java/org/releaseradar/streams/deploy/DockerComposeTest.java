package org.releaseradar.streams.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.runtime.SinkConnectorConfig;
import org.apache.kafka.connect.runtime.SourceConnectorConfig;
import org.apache.kafka.connect.runtime.distributed.DistributedConfig;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.Topics;
import org.releaseradar.streams.runtime.EnvironmentConfig;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this reads it, its Dockerfile and the connector files
 * it creates, and checks them against the code: pinned images, the services Radar expects, health checks and
 * dependencies, every connector key defined by the connector's ConfigDef (or Connect's own) and valid, every
 * worker and streams environment variable a setting Connect or Kafka Streams knows, topics that are Radar's, and
 * every host:port one service gives another a port that service listens on.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> EXPECTED_SERVICES = Set.of("kafka", "schema-registry", "connect", "connect-init",
            "elasticsearch", "kibana", "kibana-init", "radar-streams");
    private static final Set<String> ONE_SHOT = Set.of("connect-init", "elasticsearch-init", "kibana-init");
    /** Values for the variables compose requires (`${X:?...}`) or leaves empty, as a user's .env would give them. */
    private static final Map<String, String> DOT_ENV = Map.of(
            "ELASTIC_PASSWORD", "elastic-secret", "KIBANA_SYSTEM_PASSWORD", "kibana-secret",
            "RADAR_ES_PASSWORD", "radar-secret", "KIBANA_ENCRYPTION_KEY", "0123456789abcdef0123456789abcdef",
            "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T000/B000/XXXX");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}");
    private static final Pattern HOST_PORT = Pattern.compile("(?:^|[/@,\\s\"'\\[(])([a-z][a-z0-9-]*):(\\d{2,5})\\b");

    private final JsonNode compose = YAML.readTree(interpolate(Files.readString(ROOT.resolve("docker-compose.yml"))));
    private final JsonNode services = compose.get("services");

    DockerComposeTest() throws IOException {
    }

    @Test
    void everyServiceRadarExpectsIsThere() {
        assertThat(fieldNames(services)).containsAll(EXPECTED_SERVICES);
    }

    @Test
    void everyImageIsPinned() throws IOException {
        List<String> images = new ArrayList<>();
        services.fields().forEachRemaining(s -> images.add(s.getValue().path("image").asText()));
        for (String line : Files.readAllLines(ROOT.resolve("deploy/streams/Dockerfile"))) {
            if (line.startsWith("FROM ")) {
                images.add(line.substring(5).trim().split("\\s+")[0]);
            }
        }
        // The commented alternative registry is pinned too.
        Matcher commented = Pattern.compile("#\\s+image:\\s+(\\S+)").matcher(Files.readString(ROOT.resolve("docker-compose.yml")));
        while (commented.find()) {
            images.add(commented.group(1));
        }
        assertThat(images).hasSizeGreaterThan(services.size());
        assertThat(images).allSatisfy(image -> {
            assertThat(image).as("image").isNotBlank();
            assertThat(image).as(image).matches(".+:(?!latest$)[A-Za-z0-9._-]*[0-9][A-Za-z0-9._-]*(@sha256:[0-9a-f]{64})?");
        });
        // Kafka and Connect run the Kafka version the project is built and tested with.
        assertThat(services.at("/kafka/image").asText()).isEqualTo("apache/kafka:" + kafkaVersion());
        assertThat(services.at("/connect/image").asText()).isEqualTo("apache/kafka:" + kafkaVersion());
        // Kibana must be Elasticsearch's version.
        assertThat(tag(services.at("/kibana/image").asText())).isEqualTo(tag(services.at("/elasticsearch/image").asText()));
    }

    @Test
    void longRunningServicesHaveHealthChecksAndOneShotsDoNotRestart() {
        services.fields().forEachRemaining(e -> {
            JsonNode service = e.getValue();
            if (ONE_SHOT.contains(e.getKey())) {
                assertThat(service.path("restart").asText()).as(e.getKey()).isEqualTo("no");
            } else {
                assertThat(service.path("healthcheck").path("test").isMissingNode()).as(e.getKey() + " healthcheck").isFalse();
                assertThat(service.path("restart").asText()).as(e.getKey()).isEqualTo("unless-stopped");
            }
        });
    }

    @Test
    void dependenciesWaitForHealthOrCompletion() {
        Set<String> names = fieldNames(services);
        services.fields().forEachRemaining(e -> e.getValue().path("depends_on").fields().forEachRemaining(d -> {
            assertThat(names).as(e.getKey() + " depends on").contains(d.getKey());
            String condition = d.getValue().path("condition").asText();
            String expected = ONE_SHOT.contains(d.getKey()) ? "service_completed_successfully" : "service_healthy";
            assertThat(condition).as(e.getKey() + " -> " + d.getKey()).isEqualTo(expected);
        }));
        // The connectors are created once Connect is up, the topics exist (the streams app made them) and the
        // sink's Elasticsearch user exists; the saved objects once Kibana is up.
        assertThat(fieldNames(services.at("/connect-init/depends_on"))).contains("connect", "radar-streams", "elasticsearch-init");
        assertThat(fieldNames(services.at("/kibana-init/depends_on"))).contains("kibana");
    }

    @Test
    void namedVolumesAreDeclaredAndMountedFilesExist() {
        Set<String> declared = fieldNames(compose.get("volumes"));
        assertThat(declared).contains("kafka-data", "es-data", "streams-state");
        services.fields().forEachRemaining(e -> e.getValue().path("volumes").forEach(v -> {
            String source = v.asText().split(":")[0];
            if (source.startsWith(".")) {
                if (source.contains("radar-connect-plugin-")) {
                    // Built by `mvn package`: the name the connectors' assembly gives it.
                    assertThat(source).isEqualTo("./connectors/target/radar-connect-plugin-" + projectVersion() + ".zip");
                } else {
                    assertThat(ROOT.resolve(source)).as(e.getKey() + " mounts").exists();
                }
            } else {
                assertThat(declared).as(e.getKey() + " volume").contains(source);
            }
        }));
    }

    @Test
    void connectorFilesUseOnlyKeysTheirConnectorsDefineAndValidate() throws Exception {
        Map<String, String> connectEnv = environment("connect");
        for (Map.Entry<String, Map<String, String>> file : connectorFiles().entrySet()) {
            Map<String, String> config = file.getValue();
            Connector connector = (Connector) Class.forName(config.get("connector.class")).getDeclaredConstructor().newInstance();
            Set<String> known = new TreeSet<>(connector.config().names());
            known.addAll(connector instanceof SinkConnector ? SinkConnectorConfig.configDef().names()
                    : SourceConnectorConfig.configDef().names());
            for (String key : config.keySet()) {
                assertThat(known.contains(key) || key.startsWith("transforms.") || key.startsWith("predicates.")
                        || key.startsWith("producer.override.") || key.startsWith("consumer.override."))
                        .as(file.getKey() + ": " + key + " is not a setting of " + config.get("connector.class") + " or of Connect")
                        .isTrue();
            }
            // With the worker's environment substituted (EnvVarConfigProvider), the connector accepts the file.
            Map<String, String> resolved = resolveEnv(config, connectEnv, file.getKey());
            Config validated = connector.validate(resolved);
            List<String> errors = validated.configValues().stream().filter(v -> !v.errorMessages().isEmpty())
                    .map(v -> v.name() + ": " + v.errorMessages()).toList();
            assertThat(errors).as(file.getKey()).isEmpty();
        }
    }

    @Test
    void connectorFilesNameRadarsTopics() throws Exception {
        Set<String> radarTopics = topicConstants();
        Map<String, Map<String, String>> files = connectorFiles();
        assertThat(files.keySet()).containsExactlyInAnyOrder("hugging-face", "feeds", "epoch", "orgs", "elasticsearch-sink", "slack-sink");
        Set<String> sourceTopics = new TreeSet<>();
        for (Map.Entry<String, Map<String, String>> file : files.entrySet()) {
            Map<String, String> c = file.getValue();
            for (String key : List.of("topic", "topics", "dlq.topic", "errors.deadletterqueue.topic.name", "delivered.topic")) {
                if (c.containsKey(key)) {
                    assertThat(radarTopics).as(file.getKey() + " " + key).containsAll(List.of(c.get(key).split(",")));
                }
            }
            if (c.containsKey("topic")) {
                sourceTopics.add(c.get("topic"));
            }
            if (c.containsKey("topic.index.map")) {
                Set<String> mapped = new TreeSet<>();
                for (String pair : c.get("topic.index.map").split(",")) {
                    mapped.add(pair.split(":")[0]);
                }
                assertThat(mapped).as("topic.index.map").isEqualTo(new TreeSet<>(List.of(c.get("topics").split(","))));
            }
        }
        assertThat(sourceTopics).containsExactlyInAnyOrder(Topics.HF_MODELS, Topics.NEWS_RAW, Topics.EPOCH_MODELS, Topics.ORGS);
        assertThat(files.get("elasticsearch-sink").get("topics").split(",")).containsExactlyInAnyOrder(Topics.RELEASES,
                Topics.NEWS, Topics.STATS_ORIGIN_MONTH, Topics.STATS_ORG_MONTH, Topics.ALERTS);
        assertThat(files.get("slack-sink").get("topics")).isEqualTo(Topics.ALERTS);
        assertThat(files.get("slack-sink").get("delivered.topic")).isEqualTo(Topics.SLACK_DELIVERED);
    }

    @Test
    void connectorFilesKeepSecretsInTheEnvironment() throws IOException {
        for (Map.Entry<String, Map<String, String>> file : connectorFiles().entrySet()) {
            for (String key : List.of("slack.webhook.url", "elasticsearch.password", "elasticsearch.api.key", "hf.token",
                    "basic.auth.user.info")) {
                String value = file.getValue().get(key);
                if (value != null) {
                    assertThat(value).as(file.getKey() + " " + key).matches("\\$\\{env:[A-Z_]+}");
                }
            }
        }
        // ...and the worker lets connectors read only those variables.
        String allow = environment("connect").get("CONNECT_CONFIG_PROVIDERS_ENV_PARAM_ALLOWLIST_PATTERN");
        assertThat("SLACK_WEBHOOK_URL").matches(allow);
        assertThat("RADAR_ES_PASSWORD").matches(allow);
        assertThat("ELASTIC_PASSWORD").doesNotMatch(allow);
        assertThat("PATH").doesNotMatch(allow);
    }

    @Test
    void connectWorkerVariablesAreWorkerSettings() throws Exception {
        Map<String, String> worker = new TreeMap<>();
        environment("connect").forEach((name, value) -> {
            if (name.startsWith("CONNECT_")) {
                worker.put(EnvironmentConfig.propertyKey(name.substring("CONNECT".length()).replaceFirst("^_", "RADAR_STREAMS_")), value);
            }
        });
        DistributedConfig parsed = new DistributedConfig(worker);
        Set<String> defined = parsed.values().keySet();
        for (String key : worker.keySet()) {
            boolean provider = key.matches("config\\.providers\\.[a-z]+\\.(class|param\\..+)");
            assertThat(defined.contains(key) || provider).as("Connect worker setting " + key).isTrue();
        }
        assertThat(worker).containsEntry("plugin.discovery", "service_load")
                .containsEntry("config.providers.env.class", "org.apache.kafka.common.config.provider.EnvVarConfigProvider");
        assertThat(worker.get("config.providers")).isEqualTo("env");
        // The start script names the variables the same way (run with this machine's sh).
        String script = Files.readString(ROOT.resolve("deploy/connect/start-connect.sh"));
        Matcher line = Pattern.compile("key=\\$\\((.+)\\)\\n").matcher(script);
        assertThat(line.find()).isTrue();
        for (String name : List.of("CONNECT_GROUP_ID", "CONNECT_CONFIG_PROVIDERS_ENV_PARAM_ALLOWLIST_PATTERN", "CONNECT_A__B___C")) {
            Process sh = new ProcessBuilder("sh", "-c", "name=" + name + "; " + line.group(1)).redirectErrorStream(true).start();
            String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(sh.waitFor()).isZero();
            assertThat(out).isEqualTo(EnvironmentConfig.propertyKey("RADAR_STREAMS_" + name.substring("CONNECT_".length())));
        }
    }

    @Test
    void streamsVariablesAreSettingsTheStreamsAppUnderstands() throws IOException {
        Map<String, String> env = new LinkedHashMap<>(environment("radar-streams"));
        for (String line : Files.readAllLines(ROOT.resolve("deploy/streams/Dockerfile"))) {
            Matcher m = Pattern.compile("(RADAR_STREAMS_[A-Z0-9_]+)=(\\S+)").matcher(line);
            while (m.find()) {
                env.putIfAbsent(m.group(1), m.group(2));
            }
        }
        Map<String, String> settings = EnvironmentConfig.fromEnvironment(env);
        assertThat(settings).containsKeys("bootstrap.servers", "schema.registry.url", "state.dir");
        assertThat(settings.keySet()).allSatisfy(key -> assertThat(EnvironmentConfig.isKnownKey(key)).as(key).isTrue());
        assertThat(settings.get("state.dir")).startsWith("/var/lib/radar-streams/");
        assertThat(settings.get("radar.health.file")).isEqualTo("/var/lib/radar-streams/healthy");
        assertThat(services.at("/radar-streams/healthcheck/test").toString()).contains("/var/lib/radar-streams/healthy");
    }

    @Test
    void everyHostAndPortOneServiceGivesAnotherIsAListenerOfThatService() throws IOException {
        Map<String, Set<Integer>> listeners = listeners();
        assertThat(listeners).containsOnlyKeys("kafka", "schema-registry", "connect", "elasticsearch", "kibana");

        List<String> references = new ArrayList<>();
        services.fields().forEachRemaining(e -> {
            environment(e.getKey()).forEach((k, v) -> references.add(e.getKey() + " " + k + "=" + v));
            references.add(e.getKey() + " healthcheck " + e.getValue().path("healthcheck").path("test"));
        });
        Map<String, String> connectEnv = environment("connect");
        for (Map.Entry<String, Map<String, String>> file : connectorFiles().entrySet()) {
            resolveEnv(file.getValue(), connectEnv, file.getKey()).forEach((k, v) -> references.add(file.getKey() + ".json " + k + "=" + v));
        }
        try (Stream<Path> scripts = Files.walk(ROOT.resolve("deploy"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                references.add(script.getFileName() + " " + Files.readString(script));
            }
        }
        int checked = 0;
        for (String reference : references) {
            Matcher m = HOST_PORT.matcher(reference);
            while (m.find()) {
                String host = m.group(1);
                int port = Integer.parseInt(m.group(2));
                if (host.equals("localhost")) {
                    String self = reference.substring(0, reference.indexOf(' '));
                    if (listeners.containsKey(self)) {
                        assertThat(listeners.get(self)).as(reference).contains(port);
                        checked++;
                    }
                } else if (fieldNames(services).contains(host)) {
                    assertThat(listeners).as(reference).containsKey(host);
                    assertThat(listeners.get(host)).as(reference).contains(port);
                    checked++;
                }
            }
        }
        assertThat(checked).as("references checked").isGreaterThan(20);

        // Published ports: the container side is a listener; Kafka's published one is its EXTERNAL listener.
        services.fields().forEachRemaining(e -> e.getValue().path("ports").forEach(p -> {
            String[] parts = p.asText().split(":");
            assertThat(listeners.get(e.getKey())).as(e.getKey() + " publishes " + p.asText()).contains(Integer.parseInt(parts[parts.length - 1]));
            assertThat(parts).as("bound to an address").hasSize(3);
        }));
        Map<String, String> kafka = environment("kafka");
        assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).contains("EXTERNAL://").contains(":9094").contains("PLAINTEXT://kafka:9092");
        assertThat(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo("1@kafka:9093");
        assertThat(kafka.get("KAFKA_LISTENERS")).contains("CONTROLLER://0.0.0.0:9093");
    }

    // ------------------------------------------------------------------ helpers

    /** The port(s) each server listens on, read from its own settings in the compose file. */
    private Map<String, Set<Integer>> listeners() {
        Map<String, Set<Integer>> listeners = new TreeMap<>();
        listeners.put("kafka", ports(environment("kafka").get("KAFKA_LISTENERS")));
        listeners.put("schema-registry", ports(environment("schema-registry").get("SCHEMA_REGISTRY_LISTENERS")));
        listeners.put("connect", ports(environment("connect").get("CONNECT_LISTENERS")));
        listeners.put("elasticsearch", Set.of(Integer.parseInt(environment("elasticsearch").get("http.port"))));
        listeners.put("kibana", Set.of(Integer.parseInt(environment("kibana").get("SERVER_PORT"))));
        return listeners;
    }

    private static Set<Integer> ports(String listenerList) {
        Set<Integer> ports = new TreeSet<>();
        for (String listener : listenerList.split(",")) {
            ports.add(Integer.parseInt(listener.substring(listener.lastIndexOf(':') + 1)));
        }
        return ports;
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = services.path(service).path("environment");
        if (node.isArray()) {
            node.forEach(v -> {
                String[] kv = v.asText().split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            });
        } else {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    private static Map<String, Map<String, String>> connectorFiles() throws IOException {
        Map<String, Map<String, String>> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(ROOT.resolve("deploy/connectors"))) {
            for (Path file : list.filter(p -> p.toString().endsWith(".json")).toList()) {
                Map<String, String> config = new LinkedHashMap<>();
                JSON.readTree(file.toFile()).fields().forEachRemaining(e -> {
                    assertThat(e.getValue().isTextual()).as(file + " " + e.getKey() + " is a string (Connect's REST API)").isTrue();
                    config.put(e.getKey(), e.getValue().asText());
                });
                files.put(file.getFileName().toString().replace(".json", ""), config);
            }
        }
        return files;
    }

    /** ${env:NAME} as the worker's EnvVarConfigProvider resolves it from the connect service's environment. */
    private static Map<String, String> resolveEnv(Map<String, String> config, Map<String, String> env, String file) {
        Map<String, String> resolved = new HashMap<>();
        Pattern reference = Pattern.compile("\\$\\{env:([A-Z_]+)}");
        config.forEach((key, value) -> {
            Matcher m = reference.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                assertThat(env).as(file + " " + key + " needs " + m.group(1) + " in the connect service").containsKey(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(env.get(m.group(1))));
            }
            m.appendTail(out);
            resolved.put(key, out.toString());
        });
        return resolved;
    }

    /** Compose's variable interpolation with a user's .env ({@link #DOT_ENV}); "$$" is a literal "$". */
    static String interpolate(String text) {
        Matcher m = INTERPOLATION.matcher(text.replace("$$", "\u0000"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String given = DOT_ENV.get(name);
            String op = m.group(2);
            String arg = m.group(3) == null ? "" : m.group(3);
            String value;
            if (op == null || op.contains("?")) {
                value = given == null ? "" : given;
            } else if (op.contains("+")) {
                value = given == null || given.isEmpty() ? "" : arg;
            } else {
                value = given == null || given.isEmpty() ? arg : given;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replace("\u0000", "$");
    }

    private static Set<String> topicConstants() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                topics.add((String) f.get(null));
            }
        }
        return topics;
    }

    /** The project's version, as the connectors' assembly names the plugin archive. */
    private static String projectVersion() {
        try {
            Matcher m = Pattern.compile("<artifactId>radar-parent</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(Files.readString(ROOT.resolve("pom.xml")));
            assertThat(m.find()).isTrue();
            return m.group(1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String kafkaVersion() {
        return org.apache.kafka.common.utils.AppInfoParser.getVersion();
    }

    private static String tag(String image) {
        return image.substring(image.lastIndexOf(':') + 1);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
