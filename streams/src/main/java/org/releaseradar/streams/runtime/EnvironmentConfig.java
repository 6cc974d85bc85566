package org.releaseradar.streams.runtime;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.releaseradar.streams.alerts.AlertSettings;

/**
 * The streams application's configuration from an optional properties file and environment variables, so a
 * container is configured like any other: {@code RADAR_STREAMS_<KEY>} sets the property {@code <key>}, e.g.
 * {@code RADAR_STREAMS_BOOTSTRAP_SERVERS=kafka:9092} sets {@code bootstrap.servers}. Environment variables win
 * over the file.
 *
 * <p>Names map as in Confluent's container images: after the prefix, upper case becomes lower case, {@code _}
 * becomes {@code .}, {@code __} becomes {@code _} and {@code ___} becomes {@code -}
 * ({@code RADAR_STREAMS_NUM_STREAM_THREADS} → {@code num.stream.threads}).
 */
public final class EnvironmentConfig {

    public static final String PREFIX = "RADAR_STREAMS_";

    /** Radar's own keys, besides Kafka Streams' and its clients'. */
    public static final Set<String> RADAR_KEYS = Set.of("schema.registry.url", HealthFile.CONFIG,
            StreamsRuntime.TOPIC_PARTITIONS, StreamsRuntime.TOPIC_REPLICATION, AlertSettings.RULES_FILE_CONFIG);

    /** The prefixes Kafka Streams strips before handing a setting to one of its clients. */
    private static final List<String> CLIENT_PREFIXES = List.of(StreamsConfig.MAIN_CONSUMER_PREFIX,
            StreamsConfig.RESTORE_CONSUMER_PREFIX, StreamsConfig.GLOBAL_CONSUMER_PREFIX, StreamsConfig.CONSUMER_PREFIX,
            StreamsConfig.PRODUCER_PREFIX, StreamsConfig.ADMIN_CLIENT_PREFIX);

    private EnvironmentConfig() {
    }

    /**
     * The properties of {@code file} (if not null) with the {@code RADAR_STREAMS_*} variables of {@code env}
     * over them.
     */
    public static Properties load(Path file, Map<String, String> env) throws IOException {
        Properties properties = new Properties();
        if (file != null) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        properties.putAll(fromEnvironment(env));
        return properties;
    }

    /** The settings the {@code RADAR_STREAMS_*} variables of {@code env} give, by property key. */
    public static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> settings = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                settings.put(propertyKey(name), value);
            }
        });
        return settings;
    }

    /** {@code RADAR_STREAMS_SCHEMA_REGISTRY_URL} → {@code schema.registry.url}. */
    public static String propertyKey(String variable) {
        String name = variable.startsWith(PREFIX) ? variable.substring(PREFIX.length()) : variable;
        StringBuilder key = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c != '_') {
                key.append(Character.toLowerCase(c));
                i++;
                continue;
            }
            int run = 0;
            while (i + run < name.length() && name.charAt(i + run) == '_' && run < 3) {
                run++;
            }
            key.append(run == 1 ? '.' : run == 2 ? '_' : '-');
            i += run;
        }
        return key.toString();
    }

    /** {@code schema.registry.url} → {@code RADAR_STREAMS_SCHEMA_REGISTRY_URL}: the inverse of {@link #propertyKey}. */
    public static String variable(String key) {
        StringBuilder name = new StringBuilder(PREFIX);
        for (char c : key.toCharArray()) {
            switch (c) {
                case '.' -> name.append('_');
                case '_' -> name.append("__");
                case '-' -> name.append("___");
                default -> name.append(Character.toUpperCase(c));
            }
        }
        return name.toString();
    }

    /**
     * True when the streams application uses {@code key}: one of {@link #RADAR_KEYS}, a Kafka Streams setting, or
     * a producer, consumer or admin setting (alone, as Kafka Streams passes them on, or with its client prefixes).
     */
    public static boolean isKnownKey(String key) {
        if (RADAR_KEYS.contains(key) || StreamsConfig.configDef().names().contains(key) || isClientKey(key)) {
            return true;
        }
        for (String prefix : CLIENT_PREFIXES) {
            if (key.startsWith(prefix) && isClientKey(key.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClientKey(String key) {
        return ProducerConfig.configNames().contains(key) || ConsumerConfig.configNames().contains(key)
                || AdminClientConfig.configNames().contains(key);
    }
}
