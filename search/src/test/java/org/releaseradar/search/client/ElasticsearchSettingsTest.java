package org.releaseradar.search.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ElasticsearchSettingsTest {

    @Test
    void localStackUsesTheLocalEngineSwitch() {
        ElasticsearchSettings local = ElasticsearchSettings.local(URI.create("http://127.0.0.1:9201"));

        assertThat(local.engine()).isEqualTo(Engine.LOCAL_7_10);
        assertThat(local.username()).isNull();
        assertThat(local.apiKey()).isNull();
    }

    @Test
    void configuredClusterUsesTheStandardEngineByDefault() {
        Properties p = new Properties();
        p.setProperty(ElasticsearchSettings.URL, "https://es1.example.org:9200, https://es2.example.org:9200");
        p.setProperty(ElasticsearchSettings.USERNAME, "radar");
        p.setProperty(ElasticsearchSettings.PASSWORD, "s3cret-pw");
        p.setProperty(ElasticsearchSettings.SOCKET_TIMEOUT_MS, "15000");

        ElasticsearchSettings settings = ElasticsearchSettings.fromProperties(p);

        assertThat(settings.engine()).isEqualTo(Engine.STANDARD);
        assertThat(settings.urls()).containsExactly(
                URI.create("https://es1.example.org:9200"), URI.create("https://es2.example.org:9200"));
        assertThat(settings.socketTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aConfigurationMaySelectTheEmbeddedEngine() {
        Properties p = new Properties();
        p.setProperty(ElasticsearchSettings.URL, "http://127.0.0.1:9200");
        p.setProperty(ElasticsearchSettings.ENGINE, "Local-7.10");
        assertThat(ElasticsearchSettings.fromProperties(p).engine()).isEqualTo(Engine.LOCAL_7_10);

        p.setProperty(ElasticsearchSettings.ENGINE, "opensearch");
        assertThatThrownBy(() -> ElasticsearchSettings.fromProperties(p))
                .hasMessageContaining(ElasticsearchSettings.ENGINE).hasMessageContaining("opensearch");
    }

    @Test
    void settingsSurviveTheirOwnProperties() {
        Properties p = new Properties();
        p.setProperty(ElasticsearchSettings.URL, "https://es1.example.org:9200,https://es2.example.org:9200");
        p.setProperty(ElasticsearchSettings.USERNAME, "radar");
        p.setProperty(ElasticsearchSettings.PASSWORD, "s3cret-pw");
        p.setProperty(ElasticsearchSettings.CA_FINGERPRINT, "AB:CD");
        p.setProperty(ElasticsearchSettings.SOCKET_TIMEOUT_MS, "15000");
        ElasticsearchSettings settings = ElasticsearchSettings.fromProperties(p);

        Properties again = new Properties();
        again.putAll(settings.toProperties());
        assertThat(ElasticsearchSettings.fromProperties(again)).isEqualTo(settings);
        assertThat(settings.toProperties()).containsEntry(ElasticsearchSettings.PASSWORD, "s3cret-pw");
        assertThat(ElasticsearchSettings.local(URI.create("http://127.0.0.1:9200")).toProperties())
                .containsEntry(ElasticsearchSettings.ENGINE, "local-7.10");
    }

    @Test
    void secretsNeverShowInToString() {
        Properties p = new Properties();
        p.setProperty(ElasticsearchSettings.URL, "https://es.example.org:9200");
        p.setProperty(ElasticsearchSettings.USERNAME, "radar");
        p.setProperty(ElasticsearchSettings.PASSWORD, "s3cret-pw");
        p.setProperty(ElasticsearchSettings.API_KEY, "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");

        String shown = ElasticsearchSettings.fromProperties(p).toString();

        assertThat(shown).doesNotContain("s3cret-pw").doesNotContain("VnVhQ2ZH").contains("[hidden]");
    }

    @Test
    void missingUrlIsAClearError() {
        assertThatThrownBy(() -> ElasticsearchSettings.fromProperties(new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ElasticsearchSettings.URL);
    }

    @Test
    void badValuesAreClearErrors() {
        assertThatThrownBy(() -> ElasticsearchSettings.local(URI.create("ftp://127.0.0.1:9200")))
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> new ElasticsearchSettings(List.of(URI.create("http://h:1")), Engine.STANDARD,
                null, Secret.ofNullable("pw"), null, null, null, null, null))
                .hasMessageContaining(ElasticsearchSettings.USERNAME);
        Properties p = new Properties();
        p.setProperty(ElasticsearchSettings.URL, "http://h:9200");
        p.setProperty(ElasticsearchSettings.CONNECT_TIMEOUT_MS, "soon");
        assertThatThrownBy(() -> ElasticsearchSettings.fromProperties(p))
                .hasMessageContaining(ElasticsearchSettings.CONNECT_TIMEOUT_MS).hasMessageContaining("soon");
    }
}
