package org.releaseradar.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.ModelSnapshot;

class HttpSchemaRegistryTest {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Schema SCHEMA = ModelSnapshot.getClassSchema();
    private static final RetryPolicy FAST_RETRY = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5));

    private StubRegistryServer server;
    private HttpSchemaRegistry registry;

    @BeforeEach
    void start() throws IOException {
        server = new StubRegistryServer();
        registry = new HttpSchemaRegistry(RegistryConfig.of(server.url()).withRetry(FAST_RETRY));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void registersSchemaUnderSubjectAndReturnsItsId() throws IOException {
        server.then(200, "{\"id\":7}");

        assertThat(registry.register("radar.hf.models-value", SCHEMA)).isEqualTo(7);

        StubRegistryServer.Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/subjects/radar.hf.models-value/versions");
        assertThat(request.contentType()).isEqualTo(CONTENT_TYPE);
        String sent = new ObjectMapper().readTree(request.body()).get("schema").asText();
        assertThat(new Schema.Parser().parse(sent)).isEqualTo(SCHEMA);
    }

    @Test
    void cachesIdsPerSubjectAndSchemaAndSchemasPerId() {
        server.then(200, "{\"id\":7}").then(200, "{\"id\":7}");

        registry.register("radar.hf.models-value", SCHEMA);
        registry.register("radar.hf.models-value", SCHEMA);
        assertThat(registry.getById(7)).isEqualTo(SCHEMA);
        registry.register("other-value", SCHEMA);
        registry.register("other-value", SCHEMA);

        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void fetchesSchemaByIdOnce() {
        server.then(200, json(Map.of("schema", SCHEMA.toString())));

        assertThat(registry.getById(3)).isEqualTo(SCHEMA);
        assertThat(registry.getById(3)).isEqualTo(SCHEMA);

        assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo("/schemas/ids/3"));
    }

    @Test
    void unknownIdIsAClearErrorNamingTheId() {
        server.then(404, "{\"error_code\":40403,\"message\":\"Schema 42 not found\"}");

        assertThatThrownBy(() -> registry.getById(42))
                .isInstanceOf(SchemaNotFoundException.class)
                .hasMessageContaining("schema id 42").hasMessageContaining("HTTP 404").hasMessageContaining("Schema 42 not found");
    }

    @Test
    void unknownSubjectIsAClearErrorNamingTheSubject() {
        server.then(404, "{\"error_code\":40401,\"message\":\"Subject 'nope-value' not found.\"}");

        assertThatThrownBy(() -> registry.latest("nope-value"))
                .isInstanceOf(SchemaNotFoundException.class)
                .hasMessageContaining("'nope-value'").hasMessageContaining("HTTP 404");
    }

    @Test
    void readsLatestVersionSubjectsAndVersions() {
        server.then(200, json(Map.of("subject", "radar.orgs-value", "id", 5, "version", 2, "schema", SCHEMA.toString())))
                .then(200, "[\"radar.orgs-value\",\"radar.hf.models-value\"]")
                .then(200, "[1,2]");

        RegisteredSchema latest = registry.latest("radar.orgs-value");
        assertThat(latest).isEqualTo(new RegisteredSchema("radar.orgs-value", 2, 5, SCHEMA));
        assertThat(registry.subjects()).containsExactly("radar.orgs-value", "radar.hf.models-value");
        assertThat(registry.versions("radar.orgs-value")).containsExactly(1, 2);
        assertThat(server.requests()).extracting(StubRegistryServer.Request::path)
                .containsExactly("/subjects/radar.orgs-value/versions/latest", "/subjects", "/subjects/radar.orgs-value/versions");
    }

    @Test
    void retriesOn503ThenSucceeds() {
        server.then(503, "{\"message\":\"starting\"}").then(503, "{\"message\":\"starting\"}").then(200, "{\"id\":1}");

        assertThat(registry.register("radar.orgs-value", SCHEMA)).isEqualTo(1);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() {
        server.then(503, "{\"message\":\"down\"}").then(503, "{\"message\":\"down\"}").then(503, "{\"message\":\"down\"}");

        assertThatThrownBy(() -> registry.register("radar.orgs-value", SCHEMA))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("after 3 attempt(s)").hasMessageContaining("HTTP 503").hasMessageContaining("down");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void retriesConnectionErrorsThenFailsClearly() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpSchemaRegistry unreachable = new HttpSchemaRegistry(
                RegistryConfig.of("http://127.0.0.1:" + closedPort).withRetry(FAST_RETRY));

        assertThatThrownBy(() -> unreachable.getById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("schema id 1").hasMessageContaining("after 3 attempt(s)")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).httpStatus()).isEqualTo(SchemaRegistryException.NO_RESPONSE));
    }

    @Test
    void doesNotRetryClientErrors() {
        server.then(422, "{\"error_code\":42201,\"message\":\"Invalid schema\"}");

        assertThatThrownBy(() -> registry.register("radar.orgs-value", SCHEMA))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("'radar.orgs-value'").hasMessageContaining("HTTP 422").hasMessageContaining("Invalid schema");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void conflictOnRegisterSaysTheSchemaIsIncompatibleAndWhy() {
        server.then(409, "{\"error_code\":409,\"message\":\"Schema being registered is incompatible with an earlier schema; reader field 'x' has no default\"}");

        assertThatThrownBy(() -> registry.register("radar.hf.models-value", SCHEMA))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("'radar.hf.models-value'")
                .hasMessageContaining("HTTP 409")
                .hasMessageContaining("incompatible with the subject's earlier versions")
                .hasMessageContaining("reader field 'x' has no default");
    }

    @Test
    void testsCompatibilityVerboselyAndReturnsTheMessages() {
        server.then(200, "{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE at /fields/3\"]}");

        CompatibilityResult result = registry.testCompatibility("radar.hf.models-value", SCHEMA);

        assertThat(result.compatible()).isFalse();
        assertThat(result.messages()).containsExactly("READER_FIELD_MISSING_DEFAULT_VALUE at /fields/3");
        StubRegistryServer.Request request = server.requests().get(0);
        assertThat(request.path()).isEqualTo("/compatibility/subjects/radar.hf.models-value/versions/latest");
        assertThat(request.query()).isEqualTo("verbose=true");
    }

    @Test
    void aSubjectWithoutVersionsAcceptsAnySchema() {
        server.then(404, "{\"error_code\":40401,\"message\":\"Subject not found\"}");

        assertThat(registry.testCompatibility("new-value", SCHEMA).compatible()).isTrue();
    }

    @Test
    void setsGlobalAndSubjectCompatibility() {
        server.then(200, "{\"compatibility\":\"BACKWARD\"}").then(200, "{\"compatibility\":\"FULL\"}");

        registry.setCompatibility(CompatibilityLevel.BACKWARD);
        registry.setCompatibility("radar.alerts-value", CompatibilityLevel.FULL);

        assertThat(server.requests()).extracting(r -> r.method() + " " + r.path() + " " + r.body())
                .containsExactly("PUT /config {\"compatibility\":\"BACKWARD\"}",
                        "PUT /config/radar.alerts-value {\"compatibility\":\"FULL\"}");
    }

    @Test
    void worksUnderABasePathSuchAsApicuriosCcompatApi() {
        HttpSchemaRegistry apicurio = new HttpSchemaRegistry(RegistryConfig.from(Map.of(
                RegistryConfig.URL, server.url() + "/apis/ccompat/v7/")));
        server.then(200, "{\"id\":1}");

        apicurio.register("radar.orgs-value", SCHEMA);

        assertThat(server.requests().get(0).path()).isEqualTo("/apis/ccompat/v7/subjects/radar.orgs-value/versions");
    }

    @Test
    void sendsBasicAuthAndNeverShowsThePassword() {
        RegistryConfig config = RegistryConfig.from(Map.of(
                RegistryConfig.URL, server.url(),
                RegistryConfig.BASIC_AUTH_USER_INFO, "radar:s3cret-pa55",
                RegistryConfig.MAX_ATTEMPTS, "1"));
        HttpSchemaRegistry secured = new HttpSchemaRegistry(config);
        server.then(401, "{\"error_code\":401,\"message\":\"Unauthorized\"}")
                .then(503, "{\"message\":\"down\"}");

        Throwable unauthorized = catchThrown(() -> secured.register("radar.orgs-value", SCHEMA));
        Throwable down = catchThrown(() -> secured.getById(9));

        String expected = "Basic " + Base64.getEncoder().encodeToString("radar:s3cret-pa55".getBytes(StandardCharsets.UTF_8));
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo(expected));
        assertThat(unauthorized).hasMessageContaining("HTTP 401").hasMessageContaining(RegistryConfig.BASIC_AUTH_USER_INFO);
        assertThat(unauthorized.getMessage() + down.getMessage() + config).doesNotContain("s3cret-pa55");
        assertThat(config.toString()).contains("user=radar");
    }

    @Test
    void rejectsCredentialsInTheUrlWithoutEchoingThem() {
        assertThatThrownBy(() -> RegistryConfig.from(Map.of(RegistryConfig.URL, "http://radar:s3cret@127.0.0.1:8081")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(RegistryConfig.BASIC_AUTH_USER_INFO)
                .hasMessageNotContaining("s3cret");
    }

    private static Throwable catchThrown(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected an exception");
    }

    private static String json(Map<String, ?> fields) {
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
