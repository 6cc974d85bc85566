package org.releaseradar.connectors.huggingface;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.releaseradar.connectors.testing.EmbeddedConnect;
import org.releaseradar.connectors.testing.TopicReader;
import org.releaseradar.fixtures.DataDirLocator;
import org.releaseradar.fixtures.FixtureOptions;
import org.releaseradar.fixtures.FixtureServer;
import org.releaseradar.fixtures.RecordedRequest;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/** The connector in a real Connect worker, on the real stack, against the recorded Hub. */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuggingFaceSourceConnectorIT {

    /** Twelve namespaces from CN, FR, US, KR, AE and community; Qwen (52) pages at any size used here. */
    private static final List<String> AUTHORS = List.of("Qwen", "mistralai", "meta-llama", "deepseek-ai",
            "LGAI-EXAONE", "tiiuae", "mlx-community", "openai-community", "EleutherAI", "bartowski",
            "allknowingroger", "google");
    private static final List<String> MALFORMED = List.of("radar-fixture-invalid-json", "radar-fixture-bad-items",
            "radar-fixture-latin1", "radar-fixture-server-error");
    private static final Duration WAIT = Duration.ofSeconds(40);

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path data = DataDirLocator.locate();
    private LocalStack stack;
    private TopicReader reader;

    @BeforeAll
    void stack(LocalStack stack) {
        this.stack = stack;
        this.reader = new TopicReader(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl());
    }

    @Test
    void emitsEveryValidModelDeadLettersBadInputAndHonoursTheRateLimit(@TempDir Path dir) throws IOException {
        Map<String, JsonNode> expected = models(AUTHORS);
        JsonNode goodBadItem = mapper.readTree(data.resolve("hub/malformed/items-bad.json").toFile()).get(0);
        String topic = "radar.hf.models.it-" + UUID.randomUUID();
        String dlq = "radar.dlq.it-" + UUID.randomUUID();
        List<String> authors = new java.util.ArrayList<>(AUTHORS);
        authors.addAll(MALFORMED);

        try (FixtureServer hub = FixtureServer.start(FixtureOptions.defaults().withRateLimitOnce(true));
             EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), dir.resolve("offsets"))) {
            // A long poll interval: each author is listed once in this test, so the counts are exact.
            connect.putConnector("hf-" + UUID.randomUUID(), config(hub, topic, dlq, authors, 10, 60_000, 600_000));

            int expectedRecords = expected.size() + 1;
            List<ConsumerRecord<String, ModelSnapshot>> records = reader.read(topic, ModelSnapshot.class,
                    r -> r.size() >= expectedRecords, WAIT);
            assertThat(records).hasSize(expectedRecords);
            Set<String> keys = records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
            Set<String> expectedKeys = new HashSet<>(expected.keySet());
            expectedKeys.add(goodBadItem.get("id").asText());
            assertThat(keys).isEqualTo(expectedKeys);
            records.forEach(r -> assertThat(r.value().getRepoId()).isEqualTo(r.key()));

            Map<String, ModelSnapshot> byId = records.stream()
                    .filter(r -> expected.containsKey(r.key()))
                    .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> a));
            assertThat(byId.get("openai-community/gpt2").getCreatedAtIsPlaceholder()).isTrue();
            assertThat(byId.get("Qwen/Qwen3.5-122B-A10B").getCreatedAtIsPlaceholder()).isFalse();
            assertThat(byId.values().stream().filter(ModelSnapshot::getCreatedAtIsPlaceholder).count())
                    .isEqualTo(expected.values().stream()
                            .filter(m -> m.get("createdAt").asText().equals("2022-03-02T23:29:04.000Z")).count());
            expected.forEach((id, model) -> {
                ModelSnapshot s = byId.get(id);
                assertThat(s.getDownloads()).as(id).isEqualTo(model.path("downloads").asLong());
                assertThat(s.getGated()).as(id).isEqualTo(model.path("gated").isTextual() ? model.get("gated").asText() : null);
                assertThat(s.getParameterCount()).as(id).isEqualTo(
                        model.path("safetensors").has("total") ? model.get("safetensors").get("total").asLong() : null);
                JsonNode base = model.path("cardData").path("base_model");
                List<String> bases = base.isTextual() ? List.of(base.asText())
                        : base.isArray() ? mapper.convertValue(base, mapper.getTypeFactory()
                                .constructCollectionType(List.class, String.class)) : List.of();
                assertThat(s.getBaseModels()).as(id).isEqualTo(bases);
                if (model.path("cardData").path("license").isTextual()) {
                    assertThat(s.getLicense()).as(id).isEqualTo(model.get("cardData").get("license").asText().toLowerCase());
                }
            });
            // base_model as a list (mlx-community) and as a string (bartowski) both arrive as lists.
            assertThat(byId.values().stream().filter(s -> s.getRepoId().startsWith("mlx-community/"))
                    .allMatch(s -> !s.getBaseModels().isEmpty())).isTrue();
            assertThat(byId.values().stream().filter(s -> s.getRepoId().startsWith("bartowski/"))
                    .allMatch(s -> s.getBaseModels().size() == 1)).isTrue();
            assertThat(byId.values().stream().map(ModelSnapshot::getGated).collect(Collectors.toSet()))
                    .contains(null, "manual", "auto");
            assertThat(byId.get("Qwen/Qwen3.5-122B-A10B").getLicense()).isEqualTo("apache-2.0");
            assertThat(byId.get("Qwen/Qwen3.5-122B-A10B").getParameterCount()).isEqualTo(122000018658L);

            // Dead letters: a whole page each for the broken bodies and the dead server, four items of the bad page.
            List<ConsumerRecord<String, byte[]>> dead = reader.readRaw(dlq, r -> r.size() >= 7, WAIT);
            assertThat(dead).hasSize(7);
            dead.forEach(r -> assertThat(header(r, DeadLetterHeaders.SOURCE)).isEqualTo("huggingface"));
            Map<String, List<ConsumerRecord<String, byte[]>>> byAuthor = dead.stream().collect(Collectors.groupingBy(
                    r -> MALFORMED.stream().filter(a -> header(r, DeadLetterHeaders.URL).contains("author=" + a))
                            .findFirst().orElse("?")));
            assertThat(byAuthor.keySet()).containsExactlyInAnyOrderElementsOf(MALFORMED);
            ConsumerRecord<String, byte[]> invalid = byAuthor.get("radar-fixture-invalid-json").get(0);
            assertThat(header(invalid, DeadLetterHeaders.REASON)).startsWith("malformed JSON");
            assertThat(invalid.key()).startsWith("GET " + hub.hubUrl() + "/api/models?author=radar-fixture-invalid-json");
            assertThat(invalid.value()).isEqualTo(java.nio.file.Files.readAllBytes(
                    data.resolve("hub/malformed/page-invalid-json.txt")));
            ConsumerRecord<String, byte[]> latin1 = byAuthor.get("radar-fixture-latin1").get(0);
            assertThat(header(latin1, DeadLetterHeaders.REASON)).startsWith("body is not valid UTF-8");
            assertThat(latin1.value()).isEqualTo(java.nio.file.Files.readAllBytes(
                    data.resolve("hub/malformed/page-latin1.bin")));
            assertThat(header(byAuthor.get("radar-fixture-server-error").get(0), DeadLetterHeaders.REASON))
                    .contains("HTTP 503").contains("after 3 attempts");
            assertThat(new String(byAuthor.get("radar-fixture-server-error").get(0).value(), StandardCharsets.UTF_8))
                    .as("the server's own error body is kept").isNotBlank();
            assertThat(byAuthor.get("radar-fixture-bad-items")).hasSize(4)
                    .extracting(r -> header(r, DeadLetterHeaders.REASON))
                    .anySatisfy(reason -> assertThat(reason).isEqualTo("item has no id"))
                    .anySatisfy(reason -> assertThat(reason).contains("\"yesterday\" is not an ISO-8601 time"))
                    .anySatisfy(reason -> assertThat(reason).contains("cardData.base_model is a number (42)"))
                    .anySatisfy(reason -> assertThat(reason).contains("over item.max.bytes=1048576"));
            assertThat(byAuthor.get("radar-fixture-bad-items")).extracting(ConsumerRecord::key)
                    .contains("unsloth/Qwen3.5-122B-A10B-GGUF", "tiiuae/Falcon-H1-7B-Instruct");

            // The protocol: the first request was answered 429 and asked again; every request sorts and expands; pages follow Link.
            List<RecordedRequest> requests = hub.requests("/api/models");
            String first = requests.get(0).rawQuery();
            assertThat(requests).filteredOn(r -> r.rawQuery().equals(first)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(requests).allSatisfy(r -> {
                assertThat(r.param("sort")).contains("createdAt");
                assertThat(r.params("expand")).containsAll(HubModelsRequest.EXPAND);
                assertThat(r.param("limit")).contains("10");
                assertThat(r.authorizationPresent()).isTrue();
            });
            assertThat(requests).as("52 Qwen models, 10 a page: 5 next links followed")
                    .filteredOn(r -> r.param("author").equals(java.util.Optional.of("Qwen")) && r.param("cursor").isPresent())
                    .hasSize(5);
        }
    }

    @Test
    void aRestartResumesWithoutLossOrRepeatsAndRefreshesSnapshot(@TempDir Path dir) throws IOException {
        Map<String, JsonNode> expected = models(AUTHORS);
        String topic = "radar.hf.models.it-" + UUID.randomUUID();
        String dlq = "radar.dlq.it-" + UUID.randomUUID();
        String name = "hf-" + UUID.randomUUID();
        Path offsets = dir.resolve("offsets");

        // Latency makes a listing take long enough to stop the worker in the middle of it.
        try (FixtureServer hub = FixtureServer.start(FixtureOptions.defaults().withLatency(Duration.ofMillis(60)))) {
            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), offsets)) {
                connect.putConnector(name, config(hub, topic, dlq, AUTHORS, 5, 60_000, 600_000));
                Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(10))
                        .until(() -> hub.requests("/api/models").size() >= 15);
            }
            List<ConsumerRecord<String, ModelSnapshot>> beforeRestart = reader.read(topic, ModelSnapshot.class,
                    r -> false, Duration.ofSeconds(3));
            assertThat(beforeRestart.size()).as("stopped mid-run").isLessThan(expected.size());

            hub.clearRequests();
            try (EmbeddedConnect connect = EmbeddedConnect.start(stack.kafkaBootstrapServers(), offsets)) {
                connect.putConnector(name, config(hub, topic, dlq, AUTHORS, 5, 60_000, 600_000));
                // Every author listed again after the restart (incrementally where the offsets say so).
                Awaitility.await().atMost(WAIT).until(() -> hub.requests("/api/models").stream()
                        .map(r -> r.param("author").orElse("")).collect(Collectors.toSet()).containsAll(AUTHORS));
                List<ConsumerRecord<String, ModelSnapshot>> afterRestart = reader.read(topic, ModelSnapshot.class,
                        r -> r.size() >= expected.size(), WAIT);
                Set<String> keys = afterRestart.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
                assertThat(keys).as("no release lost").isEqualTo(expected.keySet());
                assertThat(afterRestart).as("no release emitted twice").hasSize(expected.size());

                // Second Hub generation and a short refresh interval: every model is emitted again, with new counts.
                hub.advanceHubSnapshot();
                connect.putConnector(name, config(hub, topic, dlq, AUTHORS, 5, 500, 1_000));
                Map<String, JsonNode> later = secondPoll(expected.keySet());
                assertThat(later).isNotEmpty();
                List<ConsumerRecord<String, ModelSnapshot>> refreshed = reader.read(topic, ModelSnapshot.class,
                        r -> latestDownloads(r).entrySet().stream().filter(e -> later.containsKey(e.getKey()))
                                .allMatch(e -> e.getValue() == later.get(e.getKey()).get("downloads").asLong())
                                && latestDownloads(r).keySet().containsAll(later.keySet())
                                && r.size() >= 2 * expected.size(), WAIT);
                Map<String, ModelSnapshot> latest = refreshed.stream().collect(Collectors.toMap(
                        ConsumerRecord::key, ConsumerRecord::value, (a, b) -> b));
                later.forEach((id, model) -> {
                    assertThat(latest.get(id).getDownloads()).as(id).isEqualTo(model.get("downloads").asLong());
                    assertThat(latest.get(id).getDownloadsAllTime()).as(id).isEqualTo(model.get("downloadsAllTime").asLong());
                    assertThat(latest.get(id).getLikes()).as(id).isEqualTo(model.get("likes").asLong());
                });
                assertThat(refreshed.size()).isGreaterThanOrEqualTo(2 * expected.size());
                Map<String, Long> snapshotsPerModel = refreshed.stream()
                        .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
                assertThat(snapshotsPerModel.values()).allMatch(n -> n >= 2);
            }
        }
    }

    private static Map<String, Long> latestDownloads(List<ConsumerRecord<String, ModelSnapshot>> records) {
        Map<String, Long> latest = new HashMap<>();
        records.forEach(r -> latest.put(r.key(), r.value().getDownloads()));
        return latest;
    }

    private Map<String, String> config(FixtureServer hub, String topic, String dlq, List<String> authors,
                                       int pageSize, long pollMs, long refreshMs) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", HuggingFaceSourceConnector.class.getName());
        config.put("tasks.max", "3");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.put("topic", topic);
        config.put("dlq.topic", dlq);
        config.put("schema.registry.url", stack.schemaRegistryUrl());
        config.put("hf.base.url", hub.hubUrl());
        config.put("hf.token", "hf_it_token");
        config.put("hf.authors", String.join(",", authors));
        config.put("hf.page.size", Integer.toString(pageSize));
        config.put("poll.interval.ms", Long.toString(pollMs));
        config.put("refresh.interval.ms", Long.toString(refreshMs));
        config.put("http.retry.max.attempts", "3");
        config.put("http.retry.backoff.ms", "50");
        config.put("http.retry.backoff.max.ms", "200");
        return config;
    }

    private Map<String, JsonNode> models(List<String> authors) throws IOException {
        Map<String, JsonNode> models = new HashMap<>();
        for (String author : authors) {
            mapper.readTree(data.resolve("hub/models/" + author + ".json").toFile())
                    .forEach(m -> models.put(m.get("id").asText(), m));
        }
        return models;
    }

    private Map<String, JsonNode> secondPoll(Set<String> ids) throws IOException {
        Map<String, JsonNode> later = new HashMap<>();
        mapper.readTree(data.resolve("hub/snapshots-2.json").toFile()).forEach(m -> {
            if (ids.contains(m.get("id").asText())) {
                later.put(m.get("id").asText(), m);
            }
        });
        return later;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
