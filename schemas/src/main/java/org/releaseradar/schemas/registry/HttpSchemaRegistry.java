package org.releaseradar.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of the Confluent Schema Registry REST API, which Apicurio Registry also serves at
 * {@code /apis/ccompat/v7}.
 *
 * <p>Ids are cached per (subject, schema) and schemas per id, for the life of this instance: a schema id
 * never changes meaning, so serdes hit the registry once per schema, not once per record. Thread-safe.
 */
public final class HttpSchemaRegistry implements SchemaRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSchemaRegistry.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryConfig config;
    private final HttpClient http;
    private final Optional<String> authorization;
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    private record SubjectSchema(String subject, Schema schema) {
    }

    public HttpSchemaRegistry(RegistryConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        this.authorization = config.userInfo().map(info ->
                "Basic " + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int register(String subject, Schema schema) {
        return idsBySubjectSchema.computeIfAbsent(new SubjectSchema(subject, schema), key -> {
            JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema),
                    "register a schema under subject '" + subject + "'");
            int id = requiredInt(answer, "id", "register under subject '" + subject + "'");
            schemasById.putIfAbsent(id, schema);
            return id;
        });
    }

    @Override
    public int idOf(String subject, Schema schema) {
        return idsBySubjectSchema.computeIfAbsent(new SubjectSchema(subject, schema), key -> {
            JsonNode answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema),
                    "look up a schema under subject '" + subject + "'");
            int id = requiredInt(answer, "id", "look up under subject '" + subject + "'");
            schemasById.putIfAbsent(id, schema);
            return id;
        });
    }

    @Override
    public Schema getById(int id) {
        return schemasById.computeIfAbsent(id, key -> {
            JsonNode answer = send("GET", "/schemas/ids/" + id, null, "fetch schema id " + id);
            return parse(requiredText(answer, "schema", "fetch schema id " + id), "schema id " + id);
        });
    }

    @Override
    public RegisteredSchema latest(String subject) {
        String what = "fetch the latest version of subject '" + subject + "'";
        JsonNode answer = send("GET", "/subjects/" + encode(subject) + "/versions/latest", null, what);
        int id = requiredInt(answer, "id", what);
        Schema schema = schemasById.computeIfAbsent(id, key -> parse(requiredText(answer, "schema", what), "schema id " + id));
        return new RegisteredSchema(subject, requiredInt(answer, "version", what), id, schema);
    }

    @Override
    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        send("GET", "/subjects", null, "list subjects").forEach(node -> subjects.add(node.asText()));
        return subjects;
    }

    @Override
    public List<Integer> versions(String subject) {
        List<Integer> versions = new ArrayList<>();
        send("GET", "/subjects/" + encode(subject) + "/versions", null, "list the versions of subject '" + subject + "'")
                .forEach(node -> versions.add(node.asInt()));
        return versions;
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        String what = "test a schema's compatibility with subject '" + subject + "'";
        JsonNode answer;
        try {
            answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
                    schemaBody(schema), what);
        } catch (SchemaNotFoundException noSubject) {
            // Nothing registered yet, so nothing to break: the schema would be accepted as version 1.
            return new CompatibilityResult(true, List.of());
        }
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(node -> messages.add(node.asText()));
        CompatibilityResult result = new CompatibilityResult(answer.path("is_compatible").asBoolean(false), messages);
        if (!result.compatible()) {
            LOG.warn("Schema {} is not compatible with subject '{}': {}", schema.getFullName(), subject,
                    messages.isEmpty() ? "(the registry gave no reason)" : String.join("; ", messages));
        }
        return result;
    }

    @Override
    public void setCompatibility(CompatibilityLevel level) {
        send("PUT", "/config", compatibilityBody(level), "set the global compatibility level to " + level);
    }

    @Override
    public void setCompatibility(String subject, CompatibilityLevel level) {
        send("PUT", "/config/" + encode(subject), compatibilityBody(level),
                "set the compatibility level of subject '" + subject + "' to " + level);
    }

    private JsonNode send(String method, String path, String body, String what) {
        URI uri = URI.create(config.url() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("Accept", CONTENT_TYPE + ", application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        authorization.ifPresent(value -> request.header("Authorization", value));
        HttpRequest built = request.build();

        RetryPolicy retry = config.retry();
        for (int attempt = 1; ; attempt++) {
            String failure;
            Throwable cause = null;
            int status = SchemaRegistryException.NO_RESPONSE;
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return readJson(response.body(), what);
                }
                if (status < 500) {
                    throw clientError(status, registryMessage(response.body()), what);
                }
                failure = "HTTP " + status + ": " + registryMessage(response.body());
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                cause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("interrupted while trying to " + what + " at " + config.url(),
                        SchemaRegistryException.NO_RESPONSE, e);
            }
            if (attempt >= retry.maxAttempts()) {
                throw new SchemaRegistryException("could not " + what + " at " + config.url() + " after " + attempt
                        + " attempt(s): " + failure, status, cause);
            }
            Duration delay = retry.delayAfter(attempt, ThreadLocalRandom.current());
            LOG.warn("Attempt {} of {} to {} failed ({}); retrying in {} ms", attempt, retry.maxAttempts(), what, failure,
                    delay.toMillis());
            sleep(delay, what);
        }
    }

    private SchemaRegistryException clientError(int status, String registryMessage, String what) {
        String message = "registry at " + config.url() + " refused to " + what + ": HTTP " + status + ": " + registryMessage;
        return switch (status) {
            case 404 -> new SchemaNotFoundException(message);
            case 409 -> new IncompatibleSchemaException("registry at " + config.url() + " refused to " + what
                    + ": HTTP 409: the schema is incompatible with the subject's earlier versions: " + registryMessage);
            case 401, 403 -> new SchemaRegistryException(message + " (check " + RegistryConfig.BASIC_AUTH_USER_INFO + ")", status);
            default -> new SchemaRegistryException(message, status);
        };
    }

    private void sleep(Duration delay, String what) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("interrupted while waiting to retry to " + what,
                    SchemaRegistryException.NO_RESPONSE, e);
        }
    }

    private static String registryMessage(String body) {
        if (body == null || body.isBlank()) {
            return "(empty response)";
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node.hasNonNull("message")) {
                return node.get("message").asText();
            }
        } catch (JsonProcessingException notJson) {
            // Proxies answer with HTML or plain text: show the start of it.
        }
        String trimmed = body.strip();
        return trimmed.length() > 300 ? trimmed.substring(0, 300) + "…" : trimmed;
    }

    private JsonNode readJson(String body, String what) {
        try {
            return JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException("registry at " + config.url() + " answered a request to " + what
                    + " with something that is not JSON: " + registryMessage(body), 200, e);
        }
    }

    private int requiredInt(JsonNode answer, String field, String what) {
        JsonNode value = answer.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new SchemaRegistryException("registry at " + config.url() + " answered a request to " + what
                    + " without a numeric '" + field + "': " + answer, 200);
        }
        return value.asInt();
    }

    private String requiredText(JsonNode answer, String field, String what) {
        JsonNode value = answer.get(field);
        if (value == null || !value.isTextual()) {
            throw new SchemaRegistryException("registry at " + config.url() + " answered a request to " + what
                    + " without a '" + field + "' string", 200);
        }
        return value.asText();
    }

    private Schema parse(String schema, String what) {
        try {
            return new Schema.Parser().parse(schema);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException("registry at " + config.url() + " returned " + what
                    + " which is not a valid Avro schema: " + e.getMessage(), 200, e);
        }
    }

    private static String schemaBody(Schema schema) {
        ObjectNode body = JSON.createObjectNode();
        body.put("schema", schema.toString());
        return body.toString();
    }

    private static String compatibilityBody(CompatibilityLevel level) {
        ObjectNode body = JSON.createObjectNode();
        body.put("compatibility", level.name());
        return body.toString();
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
