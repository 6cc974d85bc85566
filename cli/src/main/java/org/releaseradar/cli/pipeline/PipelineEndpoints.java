package org.releaseradar.cli.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.releaseradar.search.client.ElasticsearchSettings;

/**
 * Where the pipeline's Kafka, schema registry and Elasticsearch are, with their security settings.
 *
 * @param bootstrapServers Kafka
 * @param registryUrl      a Confluent-API registry
 * @param registryAuth     {@code basic.auth.user.info} and friends for the registry (may be empty)
 * @param kafkaClient      Kafka client security settings ({@code security.protocol}, {@code sasl.*},
 *                         {@code ssl.*}) every client of the run gets (may be empty)
 * @param elasticsearch    every {@code elasticsearch.*} key, as the sink connector takes them
 * @param local            true for the local stack this run started
 */
public record PipelineEndpoints(String bootstrapServers, String registryUrl, Map<String, String> registryAuth,
                                Map<String, String> kafkaClient, Map<String, String> elasticsearch, boolean local) {

    private static final Set<String> REGISTRY_AUTH_KEYS = Set.of("basic.auth.user.info",
            "basic.auth.credentials.source", "bearer.auth.token", "bearer.auth.credentials.source");

    public PipelineEndpoints {
        registryAuth = Map.copyOf(registryAuth);
        kafkaClient = Map.copyOf(kafkaClient);
        elasticsearch = Map.copyOf(elasticsearch);
    }

    /** The local stack: no auth, the embedded Elasticsearch engine. */
    public static PipelineEndpoints local(String bootstrapServers, String registryUrl, String elasticsearchUrl) {
        return new PipelineEndpoints(bootstrapServers, registryUrl, Map.of(), Map.of(),
                Map.of(ElasticsearchSettings.URL, elasticsearchUrl, ElasticsearchSettings.ENGINE, "local-7.10"), true);
    }

    /**
     * An external cluster from a properties file: {@code bootstrap.servers}, {@code schema.registry.url},
     * {@code elasticsearch.url} are required; registry auth, Kafka security ({@code security.protocol},
     * {@code sasl.*}, {@code ssl.*}) and the other {@code elasticsearch.*} keys are passed through.
     */
    public static PipelineEndpoints fromFile(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such config file: " + file);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        return fromProperties(p, file.toString());
    }

    static PipelineEndpoints fromProperties(Properties p, String where) {
        String bootstrap = required(p, "bootstrap.servers", where);
        String registry = required(p, "schema.registry.url", where);
        required(p, ElasticsearchSettings.URL, where);
        Map<String, String> registryAuth = new HashMap<>();
        Map<String, String> kafka = new HashMap<>();
        Map<String, String> es = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).trim();
            if (key.startsWith("elasticsearch.")) {
                es.put(key, value);
            } else if (REGISTRY_AUTH_KEYS.contains(key)) {
                registryAuth.put(key, value);
            } else if (key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                kafka.put(key, value);
            }
        }
        try {
            ElasticsearchSettings.fromProperties(p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        return new PipelineEndpoints(bootstrap, registry, registryAuth, kafka, es, false);
    }

    /** The typed client settings for the report's queries. */
    public ElasticsearchSettings elasticsearchSettings() {
        Properties p = new Properties();
        p.putAll(elasticsearch);
        return ElasticsearchSettings.fromProperties(p);
    }

    /** Kafka client settings: bootstrap plus security. */
    public Map<String, Object> kafkaClientConfig() {
        Map<String, Object> config = new HashMap<>(kafkaClient);
        config.put("bootstrap.servers", bootstrapServers);
        return config;
    }

    /** The Elasticsearch URL(s), for messages (never credentials: URLs carry none, the sink checks that). */
    public String elasticsearchWhere() {
        return elasticsearch.get(ElasticsearchSettings.URL);
    }

    /** Host part of the registry URL, for messages. */
    public String registryWhere() {
        URI uri = URI.create(registryUrl);
        return uri.getScheme() + "://" + uri.getAuthority() + (uri.getPath() == null ? "" : uri.getPath());
    }

    private static String required(Properties p, String key, String where) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " has no " + key);
        }
        return value.trim();
    }
}
