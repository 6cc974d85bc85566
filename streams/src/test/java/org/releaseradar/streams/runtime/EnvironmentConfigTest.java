package org.releaseradar.streams.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentConfigTest {

    @Test
    void variablesNameKeysAsConfluentImagesDo() {
        assertThat(EnvironmentConfig.propertyKey("RADAR_STREAMS_BOOTSTRAP_SERVERS")).isEqualTo("bootstrap.servers");
        assertThat(EnvironmentConfig.propertyKey("RADAR_STREAMS_SCHEMA_REGISTRY_URL")).isEqualTo("schema.registry.url");
        assertThat(EnvironmentConfig.propertyKey("RADAR_STREAMS_RADAR_ALERTS_RULES_FILE")).isEqualTo("radar.alerts.rules.file");
        assertThat(EnvironmentConfig.propertyKey("RADAR_STREAMS_A__B")).isEqualTo("a_b");
        assertThat(EnvironmentConfig.propertyKey("RADAR_STREAMS_A___B_C")).isEqualTo("a-b.c");
        for (String key : new String[] {"num.stream.threads", "producer.linger.ms", "a_b.c-d", "sasl.jaas.config"}) {
            assertThat(EnvironmentConfig.propertyKey(EnvironmentConfig.variable(key))).isEqualTo(key);
        }
        assertThat(EnvironmentConfig.variable("state.dir")).isEqualTo("RADAR_STREAMS_STATE_DIR");
    }

    @Test
    void environmentWinsOverTheFileAndOtherVariablesAreIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("radar-streams.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\napplication.id=from-file\n");
        Properties p = EnvironmentConfig.load(file, Map.of(
                "RADAR_STREAMS_BOOTSTRAP_SERVERS", "kafka:9092",
                "RADAR_STREAMS_NUM_STREAM_THREADS", "4",
                "RADAR_STREAMS_", "ignored",
                "PATH", "/usr/bin",
                "RADAR_OTHER_X", "ignored"));
        assertThat(p).containsOnly(
                Map.entry("bootstrap.servers", "kafka:9092"),
                Map.entry("application.id", "from-file"),
                Map.entry("num.stream.threads", "4"));
        assertThat(EnvironmentConfig.load(null, Map.of("RADAR_STREAMS_STATE_DIR", "/state")))
                .containsOnly(Map.entry("state.dir", "/state"));
    }

    @Test
    void knownKeys() {
        assertThat(EnvironmentConfig.isKnownKey("bootstrap.servers")).isTrue();
        assertThat(EnvironmentConfig.isKnownKey("num.stream.threads")).isTrue();
        assertThat(EnvironmentConfig.isKnownKey("schema.registry.url")).isTrue();
        assertThat(EnvironmentConfig.isKnownKey("radar.topic.partitions")).isTrue();
        assertThat(EnvironmentConfig.isKnownKey("producer.linger.ms")).isTrue();
        assertThat(EnvironmentConfig.isKnownKey("main.consumer.max.poll.records")).isTrue();
        assertThat(EnvironmentConfig.isKnownKey("security.protocol")).isTrue();
        assertThat(EnvironmentConfig.isKnownKey("num.stream.thread")).isFalse();
        assertThat(EnvironmentConfig.isKnownKey("producer.num.stream.threads")).isFalse();
    }
}
