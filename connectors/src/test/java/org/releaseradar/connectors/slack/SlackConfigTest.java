package org.releaseradar.connectors.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.Severity;

class SlackConfigTest {

    static final String DEFAULT_URL = "https://hooks.slack.com/services/T0001/B0001/defaultSecretToken123";
    static final String CRITICAL_URL = "https://hooks.slack.com/services/T0001/B0002/criticalSecretToken45";
    static final String MODELS_URL = "https://hooks.slack.com/services/T0001/B0003/modelsSecretToken6789";

    static Map<String, String> props() {
        Map<String, String> props = new HashMap<>();
        props.put("name", "slack-test");
        props.put("topics", "radar.alerts");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        props.put("errors.tolerance", "all");
        props.put("errors.deadletterqueue.topic.name", "radar.dlq");
        props.put("schema.registry.url", "http://127.0.0.1:8081/apis/ccompat/v7");
        props.put("delivered.bootstrap.servers", "127.0.0.1:9092");
        props.put("slack.webhook.url", DEFAULT_URL);
        props.put("slack.routes", "critical, models");
        props.put("slack.route.critical.webhook.url", CRITICAL_URL);
        props.put("slack.route.critical.severities", "CRITICAL");
        props.put("slack.route.models.webhook.url", MODELS_URL);
        props.put("slack.route.models.rules", "watched-lab-release,downloads-milestone");
        props.put("slack.route.models.severities", "notice, info");
        return props;
    }

    private static List<String> errors(Config config) {
        return config.configValues().stream().flatMap(v -> v.errorMessages().stream().map(m -> v.name() + ": " + m)).toList();
    }

    private static List<String> errorsOf(Config config, String key) {
        return config.configValues().stream().filter(v -> v.name().equals(key)).findFirst()
                .map(ConfigValue::errorMessages).orElse(List.of());
    }

    @Test
    void routesByRuleAndSeverityFirstMatchWinsElseTheDefault() {
        Router router = new SlackConfig(props()).router();
        assertThat(router.all()).extracting(Route::name).containsExactly("critical", "models", "default");
        assertThat(router.route(TestAlerts.alert("1", "downloads-milestone", Severity.CRITICAL)).name()).isEqualTo("critical");
        assertThat(router.route(TestAlerts.alert("2", "downloads-milestone", Severity.INFO)).name()).isEqualTo("models");
        assertThat(router.route(TestAlerts.alert("3", "watched-lab-release", Severity.NOTICE)).name()).isEqualTo("models");
        assertThat(router.route(TestAlerts.alert("4", "watched-lab-release", Severity.WARNING)).name()).isEqualTo("default");
        assertThat(router.route(TestAlerts.alert("5", "org-news-burst", Severity.NOTICE)).name()).isEqualTo("default");
        Route models = router.all().get(1);
        assertThat(models.severities()).containsExactlyInAnyOrder(Severity.NOTICE, Severity.INFO);
        assertThat(models.webhook().value()).isEqualTo(MODELS_URL);
    }

    @Test
    void secretsAreHiddenInToStringAndInTheRoutes() {
        SlackConfig config = new SlackConfig(props());
        String shown = config.toString() + config.router().all();
        assertThat(shown).contains("slack.route.critical.webhook.url=[hidden]", "slack.webhook.url=[hidden]",
                "Route[critical, webhook=[hidden]");
        assertNoSecret(shown);
    }

    @Test
    void everyWebhookUrlIsAPasswordSettingIncludingTheRoutes() {
        ConfigDef def = SlackConfig.configDef(props());
        assertThat(def.configKeys().get("slack.webhook.url").type).isEqualTo(ConfigDef.Type.PASSWORD);
        assertThat(def.configKeys().get("slack.route.critical.webhook.url").type).isEqualTo(ConfigDef.Type.PASSWORD);
        assertThat(def.configKeys().get("slack.route.models.webhook.url").type).isEqualTo(ConfigDef.Type.PASSWORD);
        def.configKeys().values().forEach(key -> {
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(key.group).as(key.name).isNotBlank();
            assertThat(key.displayName).as(key.name).isNotBlank();
            assertThat(key.orderInGroup).as(key.name).isPositive();
            if (!Set.of("basic.auth.user.info", "http.user.agent", "http.retry.unanswered").contains(key.name)) {
                assertThat(key.validator).as(key.name + " validator").isNotNull();
            }
        });
    }

    @Test
    void validateAcceptsAGoodConfigurationAndShowsNoSecret() {
        Config config = new SlackSinkConnector().validate(props());
        assertThat(errors(config)).isEmpty();
        config.configValues().forEach(v -> assertNoSecret(String.valueOf(v.value())));
    }

    @Test
    void validateExplainsBadWebhookUrlsWithoutRepeatingThem() {
        Map<String, String> props = props();
        props.put("slack.webhook.url", "http://hooks.slack.com/services/T1/B1/plainHttpSecretXYZ");
        props.put("slack.route.critical.webhook.url", "not a url secretABCDEFG");
        props.put("slack.route.models.webhook.url", "https://hooks.slack.com");
        Config config = new SlackSinkConnector().validate(props);
        assertThat(errorsOf(config, "slack.webhook.url")).singleElement().asString().contains("https://")
                .doesNotContain("plainHttpSecretXYZ", "hooks.slack.com");
        assertThat(errorsOf(config, "slack.route.critical.webhook.url")).singleElement().asString()
                .contains("not a URL").doesNotContain("secretABCDEFG");
        assertThat(errorsOf(config, "slack.route.models.webhook.url")).singleElement().asString().contains("no path");
        String all = errors(config) + " " + config.configValues().stream().map(v -> String.valueOf(v.value())).toList();
        assertThat(all).doesNotContain("plainHttpSecretXYZ", "secretABCDEFG");
        assertThatThrownBy(() -> new SlackConfig(props)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("plainHttpSecretXYZ", "secretABCDEFG"));
    }

    @Test
    void validateInsistsOnPassThroughConvertersAndTheDeadLetterQueue() {
        Map<String, String> props = props();
        props.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        props.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        props.remove("errors.tolerance");
        props.remove("errors.deadletterqueue.topic.name");
        Config config = new SlackSinkConnector().validate(props);
        assertThat(errorsOf(config, "value.converter")).singleElement().asString().contains("ByteArrayConverter");
        assertThat(errorsOf(config, "key.converter")).singleElement().asString().contains("StringConverter");
        assertThat(errorsOf(config, "errors.tolerance")).singleElement().asString().contains("errors.tolerance=all");
        assertThat(errorsOf(config, "errors.deadletterqueue.topic.name")).singleElement().asString().contains("radar.dlq");
    }

    @Test
    void validateExplainsRouteMistakes() {
        Map<String, String> props = props();
        props.put("slack.routes", "critical,models,everything,Bad Name");
        props.put("slack.route.everything.webhook.url", MODELS_URL);
        props.put("slack.route.typo.webhook.url", CRITICAL_URL);
        props.put("slack.route.critical.severities", "URGENT");
        props.put("slack.digest.interval.ms", "500");
        Config config = new SlackSinkConnector().validate(props);
        assertThat(errorsOf(config, "slack.routes")).singleElement().asString().contains("'Bad Name'");
        assertThat(errorsOf(config, "slack.route.critical.severities")).singleElement().asString().contains("'URGENT'");
        assertThat(errorsOf(config, "slack.route.typo.webhook.url")).singleElement().asString()
                .contains("not listed in slack.routes");
        assertThat(errorsOf(config, "slack.digest.interval.ms")).singleElement().asString().contains("at least");
        config.configValues().forEach(v -> assertNoSecret(String.valueOf(v.value()) + v.errorMessages()));

        Map<String, String> everything = props();
        everything.put("slack.routes", "critical,everything");
        everything.put("slack.route.everything.webhook.url", MODELS_URL);
        assertThat(errorsOf(new SlackSinkConnector().validate(everything), "slack.route.everything.rules"))
                .singleElement().asString().contains("would take every alert");
        assertThatThrownBy(() -> new SlackConfig(everything)).hasMessageContaining("would take every alert");

        Map<String, String> missing = props();
        missing.remove("slack.route.models.webhook.url");
        assertThat(errorsOf(new SlackSinkConnector().validate(missing), "slack.route.models.webhook.url")).isNotEmpty();
    }

    @Test
    void httpOnlyToLoopbackForTestsAndTheDemo() {
        Map<String, String> props = props();
        props.put("slack.webhook.url", "http://127.0.0.1:8080/services/T1/B1/localSecret1234");
        assertThat(errorsOf(new SlackSinkConnector().validate(props), "slack.webhook.url")).isEmpty();
        props.put("slack.webhook.url", "http://10.0.0.1:8080/services/T1/B1/localSecret1234");
        assertThat(errorsOf(new SlackSinkConnector().validate(props), "slack.webhook.url")).isNotEmpty();
    }

    @Test
    void oneTaskWhateverTasksMaxSays() {
        SlackSinkConnector connector = new SlackSinkConnector();
        connector.start(props());
        assertThat(connector.taskConfigs(8)).hasSize(1);
    }

    @Test
    void unlimitedRetriesByDefault() {
        SlackConfig config = new SlackConfig(props());
        assertThat(config.http().maxAttempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(config.minInterval().toMillis()).isEqualTo(1_000);
        assertThat(config.digestInterval()).isZero();
        assertThat(config.deliveredTopic()).isEqualTo("radar.slack.delivered");
        Map<String, String> faster = props();
        faster.put("slack.min.interval.ms", "200");
        assertThat(errorsOf(new SlackSinkConnector().validate(faster), "slack.min.interval.ms")).isNotEmpty();
    }

    static void assertNoSecret(String text) {
        assertThat(text).doesNotContain(DEFAULT_URL, CRITICAL_URL, MODELS_URL, "defaultSecretToken123",
                "criticalSecretToken45", "modelsSecretToken6789");
    }
}
