package org.releaseradar.connectors.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.releaseradar.search.client.Engine;

/** Configuration: every key documented, validate() explains, secrets never shown. */
class ElasticsearchSinkConnectorTest {

    /** Keys whose value has no constraint to validate: secrets. */
    private static final Set<String> UNVALIDATED = Set.of("elasticsearch.password", "elasticsearch.api.key",
            "basic.auth.user.info", "index.templates.install");

    private final ElasticsearchSinkConnector connector = new ElasticsearchSinkConnector();

    /** A configuration that validates: Radar's topics into Radar's aliases, dead letters to radar.dlq. */
    static Map<String, String> valid() {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", ElasticsearchSinkConnector.class.getName());
        config.put("topics", "radar.releases,radar.news,radar.stats.origin-month,radar.stats.org-month,radar.alerts");
        config.put("elasticsearch.url", "https://es1.example.org:9200,https://es2.example.org:9200");
        config.put("schema.registry.url", "http://registry:8081");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", "radar.dlq");
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        return config;
    }

    private List<String> errors(Map<String, String> config, String key) {
        Config result = connector.validate(config);
        return result.configValues().stream().filter(v -> v.name().equals(key)).findFirst()
                .map(ConfigValue::errorMessages).orElse(List.of());
    }

    private Map<String, String> with(String key, String value) {
        Map<String, String> config = valid();
        if (value == null) {
            config.remove(key);
        } else {
            config.put(key, value);
        }
        return config;
    }

    @Test
    void everySettingIsDocumented() {
        connector.config().configKeys().values().forEach(key -> {
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(key.group).as(key.name).isNotBlank();
            assertThat(key.displayName).as(key.name).isNotBlank();
            assertThat(key.importance).as(key.name).isNotNull();
            assertThat(key.orderInGroup).as(key.name).isPositive();
            if (!UNVALIDATED.contains(key.name)) {
                assertThat(key.validator).as(key.name + " validator").isNotNull();
            }
        });
        assertThat(connector.config().configKeys()).containsKeys("elasticsearch.url", "elasticsearch.engine",
                "elasticsearch.username", "elasticsearch.password", "elasticsearch.api.key",
                "elasticsearch.ssl.ca.certificate", "elasticsearch.ssl.ca.fingerprint", "elasticsearch.connect.timeout.ms",
                "elasticsearch.socket.timeout.ms", "topic.index.map", "bulk.max.actions", "bulk.max.bytes",
                "bulk.linger.ms", "bulk.max.in.flight", "buffer.max.records", "buffer.max.bytes", "retry.backoff.ms",
                "retry.backoff.max.ms", "retry.max.duration.ms", "behavior.on.rejected.document", "schema.registry.url");
    }

    @Test
    void aGoodConfigurationValidatesAndStarts() {
        Config result = connector.validate(valid());
        assertThat(result.configValues()).allSatisfy(v -> assertThat(v.errorMessages()).as(v.name()).isEmpty());

        connector.start(valid());
        assertThat(connector.taskConfigs(3)).hasSize(3).allSatisfy(c -> assertThat(c).isEqualTo(valid()));
        assertThat(connector.taskClass()).isEqualTo(ElasticsearchSinkTask.class);
    }

    @Test
    void defaultsFollowTheContract() {
        ElasticsearchSinkConfig config = new ElasticsearchSinkConfig(valid());
        assertThat(config.routing().aliasFor("radar.releases")).hasValue("radar-releases");
        assertThat(config.routing().aliasFor("radar.stats.org-month")).hasValue("radar-stats-org");
        assertThat(config.behaviorOnRejected()).isEqualTo(RejectedDocumentBehavior.DLQ);
        assertThat(config.bulk().maxRetryDuration().toMinutes()).isEqualTo(15);
        assertThat(config.elasticsearch().engine()).isEqualTo(Engine.STANDARD);
        assertThat(config.elasticsearch().urls()).containsExactly(URI.create("https://es1.example.org:9200"),
                URI.create("https://es2.example.org:9200"));
        assertThat(new ElasticsearchSinkConfig(with("elasticsearch.engine", "local-7.10")).elasticsearch().engine())
                .isEqualTo(Engine.LOCAL_7_10);
    }

    @Test
    void theConvertersMustPassBytesAndStringsThrough() {
        assertThat(errors(with("value.converter", "org.apache.kafka.connect.json.JsonConverter"), "value.converter"))
                .singleElement().asString().contains("ByteArrayConverter");
        assertThat(errors(with("key.converter", "org.apache.kafka.connect.json.JsonConverter"), "key.converter"))
                .singleElement().asString().contains("StringConverter");
    }

    @Test
    void dlqBehaviourNeedsConnectsDeadLetterQueueWithItsHeaders() {
        assertThat(errors(with("errors.tolerance", null), "behavior.on.rejected.document")).singleElement().asString()
                .contains("errors.tolerance=all").contains("behavior.on.rejected.document=fail");
        assertThat(errors(with("errors.deadletterqueue.topic.name", ""), "behavior.on.rejected.document"))
                .singleElement().asString().contains("errors.deadletterqueue.topic.name");
        assertThat(errors(with("errors.deadletterqueue.context.headers.enable", "false"), "behavior.on.rejected.document"))
                .singleElement().asString().contains("errors.deadletterqueue.context.headers.enable=true");

        Map<String, String> failFast = with("behavior.on.rejected.document", "fail");
        failFast.remove("errors.tolerance");
        failFast.remove("errors.deadletterqueue.topic.name");
        assertThat(errors(failFast, "behavior.on.rejected.document")).isEmpty();
        assertThat(errors(with("behavior.on.rejected.document", "drop"), "behavior.on.rejected.document")).isNotEmpty();
    }

    @Test
    void everyTopicNeedsAnIndexAndAliasesMustBeValidNames() {
        assertThat(errors(with("topics", "radar.releases,radar.orgs"), "topic.index.map")).singleElement().asString()
                .contains("radar.orgs");
        assertThat(errors(with("topic.index.map", "radar.releases:Radar-Releases"), "topic.index.map")).singleElement()
                .asString().contains("lower case");
        assertThat(errors(with("topic.index.map", "radar.releases"), "topic.index.map")).singleElement().asString()
                .contains("not topic:alias");
        assertThat(errors(with("topic.index.map", "a:x,a:y"), "topic.index.map")).singleElement().asString()
                .contains("mapped twice");
        Map<String, String> custom = with("topic.index.map", "radar.releases:releases-v2");
        custom.put("topics", "radar.releases");
        assertThat(errors(custom, "topic.index.map")).isEmpty();
    }

    @Test
    void badValuesAndRulesBetweenSettingsAreExplainedAtTheirKeys() {
        assertThat(errors(with("elasticsearch.url", "ftp://es:9200"), "elasticsearch.url")).isNotEmpty();
        assertThat(errors(with("elasticsearch.url", null), "elasticsearch.url")).isNotEmpty();
        assertThat(errors(with("schema.registry.url", null), "schema.registry.url")).isNotEmpty();
        assertThat(errors(with("elasticsearch.ssl.ca.fingerprint", "abc"), "elasticsearch.ssl.ca.fingerprint"))
                .isNotEmpty();
        assertThat(errors(with("bulk.max.in.flight", "0"), "bulk.max.in.flight")).isNotEmpty();
        assertThat(errors(with("elasticsearch.engine", "opensearch"), "elasticsearch.engine")).isNotEmpty();
        assertThat(errors(with("buffer.max.records", "10"), "buffer.max.records")).singleElement().asString()
                .contains("bulk.max.actions");
        assertThat(errors(with("elasticsearch.password", "pw"), "elasticsearch.password")).singleElement().asString()
                .contains("elasticsearch.username");
        assertThatThrownBy(() -> new ElasticsearchSinkConfig(with("retry.backoff.max.ms", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("retry.backoff.ms");
    }

    @Test
    void credentialsInTheUrlAreRefusedWithoutRepeatingThem() {
        List<String> problems = errors(with("elasticsearch.url", "https://elastic:s3cret-pw@es:9200"), "elasticsearch.url");
        assertThat(problems).singleElement().asString().contains("must not contain credentials").doesNotContain("s3cret");
    }

    @Test
    void secretsNeverShow() {
        Map<String, String> config = valid();
        config.put("elasticsearch.username", "radar");
        config.put("elasticsearch.password", "s3cret-pw");
        config.put("elasticsearch.api.key", "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
        config.put("basic.auth.user.info", "registry:r3g-pw");
        ElasticsearchSinkConfig parsed = new ElasticsearchSinkConfig(config);

        String shown = parsed + " " + parsed.elasticsearch() + " " + connector.validate(config).configValues();
        assertThat(shown).doesNotContain("s3cret-pw").doesNotContain("VnVhQ2ZH").doesNotContain("r3g-pw")
                .contains("[hidden]");
        assertThat(parsed.elasticsearch().password().reveal()).isEqualTo("s3cret-pw");
        assertThat(parsed.registry()).containsEntry("basic.auth.user.info", "registry:r3g-pw");
    }
}
