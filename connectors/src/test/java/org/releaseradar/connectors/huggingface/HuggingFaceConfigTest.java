package org.releaseradar.connectors.huggingface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class HuggingFaceConfigTest {

    private static Map<String, String> settings(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        map.put("schema.registry.url", "http://127.0.0.1:1/apis/ccompat/v7");
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static List<String> errors(Map<String, String> settings, String key) {
        Config config = new HuggingFaceSourceConnector().validate(settings);
        return config.configValues().stream().filter(v -> v.name().equals(key)).findFirst()
                .map(ConfigValue::errorMessages).orElseThrow();
    }

    @Test
    void everyKeyIsDocumented() {
        ConfigDef def = HuggingFaceConfig.configDef();
        assertThat(def.configKeys()).containsKeys("hf.base.url", "hf.token", "hf.mode", "hf.authors", "hf.since",
                "hf.page.size", "poll.interval.ms", "refresh.interval.ms", "item.max.bytes", "topic", "dlq.topic");
        for (ConfigDef.ConfigKey key : def.configKeys().values()) {
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(key.group).as(key.name).isNotBlank();
            assertThat(key.displayName).as(key.name).isNotBlank();
            assertThat(key.importance).as(key.name).isNotNull();
        }
        assertThat(def.configKeys().get("hf.token").type).isEqualTo(ConfigDef.Type.PASSWORD);
        assertThat(def.configKeys().get("topic").defaultValue).isEqualTo("radar.hf.models");
    }

    @Test
    void typedValues() {
        HuggingFaceConfig config = new HuggingFaceConfig(settings("hf.authors", " Qwen, mistralai ,Qwen",
                "hf.since", "2025-01-01", "hf.token", "hf_secret", "hf.mode", "AUTHORS"));
        assertThat(config.authors()).containsExactly("Qwen", "mistralai");
        assertThat(config.since()).contains(java.time.Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(config.mode()).isEqualTo(ListingMode.AUTHORS);
        assertThat(config.token()).contains("hf_secret");
        assertThat(config.toString()).doesNotContain("hf_secret");
        assertThat(config.pageSize()).isEqualTo(500);
        assertThat(config.itemMaxBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void modeAllNeedsSince() {
        assertThat(errors(settings("hf.mode", "all"), "hf.since")).singleElement().asString()
                .contains("hf.mode=all").contains("hf.since");
        assertThatThrownBy(() -> new HuggingFaceConfig(settings("hf.mode", "all")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("needs hf.since");
        assertThat(errors(settings("hf.mode", "all", "hf.since", "2025-06-01T00:00:00Z"), "hf.since")).isEmpty();
    }

    @Test
    void authorsModeNeedsAuthors() {
        assertThat(errors(settings(), "hf.authors")).singleElement().asString()
                .isEqualTo("hf.mode=authors needs at least one author in hf.authors");
        assertThat(errors(settings("hf.authors", "Qwen"), "hf.authors")).isEmpty();
    }

    @Test
    void singleFieldErrors() {
        assertThat(errors(settings("hf.authors", "Qwen", "hf.page.size", "1001"), "hf.page.size")).isNotEmpty();
        assertThat(errors(settings("hf.authors", "Qwen/Qwen3-8B"), "hf.authors")).singleElement().asString()
                .contains("is not a Hub namespace");
        assertThat(errors(settings("hf.authors", "Qwen", "hf.since", "last year"), "hf.since")).singleElement()
                .asString().contains("ISO date");
        assertThat(errors(settings("hf.authors", "Qwen", "hf.base.url", "ftp://x"), "hf.base.url")).isNotEmpty();
        assertThat(errors(settings("hf.authors", "Qwen", "hf.mode", "some"), "hf.mode")).isNotEmpty();
    }

    @Test
    void authorsAreSpreadOverTasksAndTheWholeHubRunsOne() {
        HuggingFaceSourceConnector connector = new HuggingFaceSourceConnector();
        connector.start(settings("hf.authors", "a,b,c,d,e"));
        List<Map<String, String>> tasks = connector.taskConfigs(2);
        assertThat(tasks).extracting(t -> t.get("hf.authors")).containsExactly("a,b,c", "d,e");
        assertThat(connector.taskConfigs(10)).hasSize(5);

        connector.start(settings("hf.mode", "all", "hf.since", "2025-01-01"));
        assertThat(connector.taskConfigs(4)).hasSize(1);
    }
}
