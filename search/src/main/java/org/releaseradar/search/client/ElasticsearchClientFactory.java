package org.releaseradar.search.client;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/** Builds the typed Elasticsearch client for the local engine or a configured cluster. */
public final class ElasticsearchClientFactory {

    private ElasticsearchClientFactory() {
    }

    /**
     * A client for {@code settings}. Closing the returned client closes its HTTP connections.
     * Documents are mapped with Jackson: Java names become the snake_case field names DESIGN.md
     * prescribes for documents, times are ISO-8601 strings.
     */
    public static ElasticsearchClient create(ElasticsearchSettings settings) {
        RestClientBuilder builder = RestClient.builder(settings.urls().stream()
                        .map(ElasticsearchClientFactory::host)
                        .toArray(HttpHost[]::new))
                .setDefaultHeaders(authHeaders(settings))
                .setRequestConfigCallback(request -> request
                        .setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setSocketTimeout((int) settings.socketTimeout().toMillis()))
                .setHttpClientConfigCallback(http -> {
                    SSLContext ssl = sslContext(settings);
                    if (ssl != null) {
                        http.setSSLContext(ssl);
                    }
                    settings.engine().configure(http);
                    return http;
                });
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        RestClientTransport transport = new RestClientTransport(builder.build(), new JacksonJsonpMapper(json));
        return settings.engine().adapt(new ElasticsearchClient(transport));
    }

    private static HttpHost host(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        return new HttpHost(url.getHost(), port, url.getScheme());
    }

    private static Header[] authHeaders(ElasticsearchSettings settings) {
        if (settings.apiKey() != null) {
            return new Header[] {new BasicHeader("Authorization", "ApiKey " + settings.apiKey().reveal())};
        }
        if (settings.username() != null) {
            String password = settings.password() == null ? "" : settings.password().reveal();
            String token = Base64.getEncoder().encodeToString(
                    (settings.username() + ":" + password).getBytes(StandardCharsets.UTF_8));
            return new Header[] {new BasicHeader("Authorization", "Basic " + token)};
        }
        return new Header[0];
    }

    private static SSLContext sslContext(ElasticsearchSettings settings) {
        if (settings.caFingerprint() != null) {
            return TransportUtils.sslContextFromCaFingerprint(settings.caFingerprint());
        }
        if (settings.caCertificate() != null) {
            try {
                return TransportUtils.sslContextFromHttpCaCrt(settings.caCertificate().toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Elasticsearch CA certificate "
                        + settings.caCertificate(), e);
            }
        }
        return null; // the JVM's default trust store applies to https:// URLs
    }
}
