package org.releaseradar.connectors.huggingface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.ModelSnapshot;

class HubPageReaderTest {

    private static final Path MALFORMED = Path.of("..", "data", "hub", "malformed");
    private static final URI URL = URI.create("http://127.0.0.1:1/api/models?author=x");
    private static final Instant POLLED = Instant.parse("2026-03-18T06:00:00Z");

    private final HubPageReader reader = new HubPageReader(new ObjectMapper(), new HubModelParser(1024 * 1024));

    private List<ParsedItem> read(String json) throws UnusablePageException {
        return reader.read(URL, json.getBytes(StandardCharsets.UTF_8), Optional.empty(), POLLED).items();
    }

    private ModelSnapshot good(String item) throws UnusablePageException {
        ParsedItem parsed = read("[" + item + "]").get(0);
        assertThat(parsed).isInstanceOf(ParsedItem.Snapshot.class);
        return ((ParsedItem.Snapshot) parsed).snapshot();
    }

    private ParsedItem.Rejected bad(String item) throws UnusablePageException {
        ParsedItem parsed = read("[" + item + "]").get(0);
        assertThat(parsed).isInstanceOf(ParsedItem.Rejected.class);
        return (ParsedItem.Rejected) parsed;
    }

    @Test
    void readsEveryFieldRadarUses() throws Exception {
        ModelSnapshot s = good("""
                {"_id":"699c4cbbee8fb734dfad2f5a","id":"Qwen/Qwen3-8B","author":"Qwen","gated":"manual",
                 "lastModified":"2026-03-17T20:11:15.616Z","likes":420,"pipeline_tag":"text-generation",
                 "tags":["transformers","license:apache-2.0"],"downloads":190000,"library_name":"transformers",
                 "createdAt":"2026-02-23T12:48:59.320Z","downloadsAllTime":454829,
                 "cardData":{"license":"Apache-2.0","base_model":"Qwen/Qwen3-8B-Base","base_model_relation":"finetune"},
                 "safetensors":{"parameters":{"BF16":8000000000},"total":8190735360}}""");
        assertThat(s.getRepoId()).isEqualTo("Qwen/Qwen3-8B");
        assertThat(s.getHubId()).isEqualTo("699c4cbbee8fb734dfad2f5a");
        assertThat(s.getAuthor()).isEqualTo("Qwen");
        assertThat(s.getCreatedAt()).isEqualTo(Instant.parse("2026-02-23T12:48:59.320Z"));
        assertThat(s.getCreatedAtIsPlaceholder()).isFalse();
        assertThat(s.getLastModified()).isEqualTo(Instant.parse("2026-03-17T20:11:15.616Z"));
        assertThat(s.getDownloads()).isEqualTo(190000);
        assertThat(s.getDownloadsAllTime()).isEqualTo(454829);
        assertThat(s.getLikes()).isEqualTo(420);
        assertThat(s.getPipelineTag()).isEqualTo("text-generation");
        assertThat(s.getLibraryName()).isEqualTo("transformers");
        assertThat(s.getTags()).containsExactly("transformers", "license:apache-2.0");
        assertThat(s.getLicense()).isEqualTo("apache-2.0");
        assertThat(s.getBaseModels()).containsExactly("Qwen/Qwen3-8B-Base");
        assertThat(s.getBaseModelRelation()).isEqualTo("finetune");
        assertThat(s.getGated()).isEqualTo("manual");
        assertThat(s.getParameterCount()).isEqualTo(8190735360L);
        assertThat(s.getPolledAt()).isEqualTo(POLLED);
    }

    @Test
    void flagsThePlaceholderCreatedAt() throws Exception {
        ModelSnapshot s = good("{\"id\":\"openai-community/gpt2\",\"createdAt\":\"2022-03-02T23:29:04.000Z\"}");
        assertThat(s.getCreatedAtIsPlaceholder()).isTrue();
    }

    @Test
    void baseModelAsAListAndNoCardData() throws Exception {
        assertThat(good("{\"id\":\"a/m\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"cardData\":{\"base_model\":[\"x/a\",\"y/b\"]}}")
                .getBaseModels()).containsExactly("x/a", "y/b");
        ModelSnapshot bare = good("{\"id\":\"a/m\",\"createdAt\":\"2025-01-01T00:00:00Z\"}");
        assertThat(bare.getBaseModels()).isEmpty();
        assertThat(bare.getLicense()).isNull();
        assertThat(bare.getLicenseName()).isNull();
        assertThat(bare.getGated()).isNull();
        assertThat(bare.getParameterCount()).isNull();
        assertThat(bare.getDownloads()).isZero();
        assertThat(bare.getTags()).isEmpty();
    }

    @Test
    void licenseFromTagsWhenTheCardHasNone() throws Exception {
        assertThat(good("{\"id\":\"a/m\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"tags\":[\"region:us\",\"license:MIT\"]}")
                .getLicense()).isEqualTo("mit");
        ModelSnapshot other = good("{\"id\":\"a/m\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"cardData\":"
                + "{\"license\":\"other\",\"license_name\":\"qwen-research\"},\"tags\":[\"license:other\"]}");
        assertThat(other.getLicense()).isEqualTo("other");
        assertThat(other.getLicenseName()).isEqualTo("qwen-research");
    }

    @Test
    void gatedFalseAutoManual() throws Exception {
        String item = "{\"id\":\"a/m\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"gated\":%s}";
        assertThat(good(item.formatted("false")).getGated()).isNull();
        assertThat(good(item.formatted("\"auto\"")).getGated()).isEqualTo("auto");
        assertThat(good(item.formatted("\"manual\"")).getGated()).isEqualTo("manual");
        assertThat(bad(item.formatted("\"sometimes\"")).reason()).contains("gated");
    }

    @Test
    void rejectsItemsItCannotPlace() throws Exception {
        ParsedItem.Rejected noId = bad("{\"createdAt\":\"2025-01-01T00:00:00Z\"}");
        assertThat(noId.reason()).isEqualTo("item has no id");
        assertThat(noId.placement()).isEmpty();
        ParsedItem.Rejected badDate = bad("{\"id\":\"a/m\",\"createdAt\":\"yesterday\"}");
        assertThat(badDate.reason()).isEqualTo("a/m: createdAt \"yesterday\" is not an ISO-8601 time");
        assertThat(badDate.placement()).isEmpty();
        assertThat(bad("{\"id\":\"a/m\"}").reason()).contains("no createdAt");
        assertThat(bad("[1,2]").reason()).contains("not a JSON object");
    }

    @Test
    void rejectsInvalidTypesButKeepsThePlace() throws Exception {
        ParsedItem.Rejected number = bad("{\"id\":\"a/m\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"cardData\":{\"base_model\":42}}");
        assertThat(number.reason()).contains("cardData.base_model is a number (42)");
        assertThat(number.placement()).contains(new ParsedItem.Placement("a/m", Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(number.key()).isEqualTo("a/m");
        assertThat(bad("{\"id\":\"a/m\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"downloads\":\"many\"}").reason())
                .contains("downloads");
        assertThat(bad("{\"id\":\"a/m\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"lastModified\":\"later\"}").reason())
                .contains("lastModified");
        assertThat(bad("{\"id\":\"a/m\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"cardData\":\"x\"}").reason())
                .contains("cardData");
    }

    @Test
    void theRecordedBadItemsPage() throws Exception {
        byte[] body = Files.readAllBytes(MALFORMED.resolve("items-bad.json"));
        List<ParsedItem> items = reader.read(URL, body, Optional.empty(), POLLED).items();
        assertThat(items).hasSize(5);
        assertThat(items.get(0)).isInstanceOf(ParsedItem.Snapshot.class);
        assertThat(items.subList(1, 5)).allMatch(i -> i instanceof ParsedItem.Rejected);
        assertThat(((ParsedItem.Rejected) items.get(1)).reason()).isEqualTo("item has no id");
        assertThat(((ParsedItem.Rejected) items.get(2)).reason()).contains("\"yesterday\"");
        assertThat(((ParsedItem.Rejected) items.get(3)).reason()).contains("base_model");
        ParsedItem.Rejected huge = (ParsedItem.Rejected) items.get(4);
        assertThat(huge.reason()).startsWith("tiiuae/Falcon-H1-7B-Instruct: item is ").contains("over item.max.bytes=1048576");
        assertThat(huge.json()).startsWith("{").endsWith("}").hasSizeGreaterThan(1_200_000);
        assertThat(huge.placement()).isPresent();
    }

    @Test
    void aTruncatedArrayMakesThePageUnusable() throws Exception {
        byte[] body = Files.readAllBytes(MALFORMED.resolve("page-invalid-json.txt"));
        assertThatThrownBy(() -> reader.read(URL, body, Optional.empty(), POLLED))
                .isInstanceOfSatisfying(UnusablePageException.class, e -> {
                    assertThat(e.getMessage()).startsWith("malformed JSON");
                    assertThat(e.body()).isEqualTo(body);
                    assertThat(e.url()).isEqualTo(URL);
                });
        assertThatThrownBy(() -> read("{\"error\":\"x\"}")).hasMessage("body is not a JSON array");
    }

    @Test
    void latin1IsRefusedNotReplaced() throws Exception {
        byte[] body = Files.readAllBytes(MALFORMED.resolve("page-latin1.bin"));
        assertThatThrownBy(() -> reader.read(URL, body, Optional.empty(), POLLED))
                .isInstanceOfSatisfying(UnusablePageException.class, e -> {
                    assertThat(e.getMessage()).startsWith("body is not valid UTF-8 (malformed byte sequence at byte ");
                    assertThat(e.body()).isEqualTo(body);
                });
    }
}
