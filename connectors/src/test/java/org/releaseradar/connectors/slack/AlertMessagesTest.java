package org.releaseradar.connectors.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releaseradar.fixtures.slack.SlackPayloadRules;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Severity;

class AlertMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AlertMessages messages = new AlertMessages();

    private static JsonNode parse(String payload) throws Exception {
        return JSON.readTree(payload);
    }

    @Test
    void rendersHeaderTextFactsLinksAndContext() throws Exception {
        String payload = messages.alert(TestAlerts.alert("a1", "downloads-milestone", Severity.WARNING));
        assertThat(SlackPayloadRules.check(payload)).isEmpty();
        JsonNode message = parse(payload);

        assertThat(message.path("text").asText()).isEqualTo("[WARNING] Qwen/Qwen3-8B passed 1,000,000 downloads (a1)");
        JsonNode blocks = message.path("blocks");
        assertThat(blocks).extracting(b -> b.path("type").asText())
                .containsExactly("header", "section", "section", "section", "context");
        assertThat(blocks.get(0).path("text").path("type").asText()).isEqualTo("plain_text");
        assertThat(blocks.get(0).path("text").path("text").asText()).isEqualTo("⚠️ Qwen/Qwen3-8B passed 1,000,000 downloads (a1)");
        assertThat(blocks.get(1).path("text").path("text").asText()).startsWith("Qwen/Qwen3-8B by Alibaba Qwen (CN)");
        List<String> fields = new ArrayList<>();
        blocks.get(2).path("fields").forEach(f -> fields.add(f.path("text").asText()));
        // the columns first, then the facts by name; the 'origin' fact is not repeated
        assertThat(fields).containsExactly("*Origin*\nCN", "*Organisation*\nalibaba-qwen", "*Month*\n2025-04",
                "*Downloads all time*\n1,234,567", "*Repo id*\nQwen/Qwen3-8B", "*Threshold*\n1,000,000");
        assertThat(blocks.get(3).path("text").path("text").asText())
                .isEqualTo("<https://huggingface.co/Qwen/Qwen3-8B|huggingface.co/Qwen/Qwen3-8B>");
        assertThat(blocks.get(4).path("elements").get(0).path("text").asText())
                .isEqualTo("rule downloads-milestone · WARNING · alert a1 · 2025-07-28 12:00 UTC");
    }

    @Test
    void escapesAlertTextSoItCannotMentionOrLink() throws Exception {
        Alert alert = TestAlerts.alert("a2", "news", Severity.NOTICE);
        alert.setTitle("<!channel> R&D <b>news</b>");
        alert.setText("Read <https://evil.example|this> & <@U123>");
        JsonNode message = parse(messages.alert(alert));
        assertThat(message.path("text").asText()).isEqualTo("[NOTICE] &lt;!channel&gt; R&amp;D &lt;b&gt;news&lt;/b&gt;");
        // plain_text is shown as is by Slack: no escaping there
        assertThat(message.path("blocks").get(0).path("text").path("text").asText()).isEqualTo("🔔 <!channel> R&D <b>news</b>");
        assertThat(message.path("blocks").get(1).path("text").path("text").asText())
                .isEqualTo("Read &lt;https://evil.example|this&gt; &amp; &lt;@U123&gt;");
    }

    /** A giant alert: every text, fact and link over Slack's limits, escapes and emoji at every cut. */
    static Alert giant() {
        Alert alert = TestAlerts.alert("giant", "rule-" + "r".repeat(5_000), Severity.CRITICAL);
        alert.setTitle("Title & <x> 😀 ".repeat(2_000) + "\n\tend");
        alert.setText("Text & <y> ".repeat(20_000));
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            facts.put("fact_" + i + "_" + "k".repeat(300), ("v&<>" + i).repeat(1_000));
        }
        alert.setFacts(facts);
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            links.add("https://huggingface.co/org/model-" + i + "?q=" + "&x".repeat(i % 7 * 100));
        }
        links.add("https://example.com/" + "p".repeat(5_000));
        links.add("ftp://not-a-web-link");
        alert.setLinks(links);
        alert.setOrigin("O".repeat(3_000));
        alert.setOrganization("&".repeat(3_000));
        alert.setMonth("2025-07");
        return alert;
    }

    @Test
    void aGiantAlertStillMakesAPayloadSlackAccepts() throws Exception {
        String payload = messages.alert(giant());
        assertThat(SlackPayloadRules.check(payload)).isEmpty();

        JsonNode message = parse(payload);
        JsonNode blocks = message.path("blocks");
        assertThat(blocks.size()).isLessThanOrEqualTo(SlackLimits.MAX_BLOCKS);
        assertThat(message.path("text").asText().length()).isLessThanOrEqualTo(SlackLimits.FALLBACK_TEXT);
        String header = blocks.get(0).path("text").path("text").asText();
        assertThat(header.length()).isLessThanOrEqualTo(SlackLimits.HEADER_TEXT);
        assertThat(header).endsWith("…").doesNotContain("\n", "\t");
        assertThat(blocks.get(1).path("text").path("text").asText()).hasSizeLessThanOrEqualTo(SlackLimits.SECTION_TEXT)
                .endsWith("…");
        JsonNode fields = blocks.get(2).path("fields");
        assertThat(fields.size()).isEqualTo(SlackLimits.FIELDS);
        fields.forEach(f -> assertThat(f.path("text").asText()).hasSizeLessThanOrEqualTo(SlackLimits.FIELD_TEXT));
        assertThat(fields.get(9).path("text").asText()).startsWith("*34 more facts*\n");
        String links = blocks.get(3).path("text").path("text").asText();
        assertThat(links).hasSizeLessThanOrEqualTo(SlackLimits.SECTION_TEXT).endsWith(" more").doesNotContain("ftp:");
        assertWholeEscapesAndLinks(links);
        List<String> mrkdwn = new ArrayList<>();
        collectMrkdwn(message, mrkdwn);
        assertThat(mrkdwn).hasSizeGreaterThan(10);
        mrkdwn.forEach(AlertMessagesTest::assertWholeEscapesAndLinks);
    }

    /** The text of every mrkdwn text object in the message. */
    static void collectMrkdwn(JsonNode node, List<String> out) {
        if (node.isObject() && "mrkdwn".equals(node.path("type").asText())) {
            out.add(node.path("text").asText());
        }
        node.forEach(child -> collectMrkdwn(child, out));
    }

    /** Every '&' starts a whole escape, every '<' is closed by its '>' with a '|' inside (a whole link). */
    static void assertWholeEscapesAndLinks(String mrkdwn) {
        for (int i = mrkdwn.indexOf('&'); i >= 0; i = mrkdwn.indexOf('&', i + 1)) {
            assertThat(mrkdwn.startsWith("&amp;", i) || mrkdwn.startsWith("&lt;", i) || mrkdwn.startsWith("&gt;", i))
                    .as("escape at %d", i).isTrue();
        }
        int depth = 0;
        for (char c : mrkdwn.toCharArray()) {
            if (c == '<') {
                assertThat(depth).isZero();
                depth++;
            } else if (c == '>') {
                assertThat(depth).isOne();
                depth--;
            }
        }
        assertThat(depth).as("unclosed link").isZero();
        assertThat(mrkdwn.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    }

    @Test
    void anEmptyAlertStillHasAHeaderAndFallbackText() throws Exception {
        Alert alert = Alert.newBuilder().setId("e").setRule("r").setSeverity(Severity.INFO).setTitle(" ").setText("")
                .setCreatedAt(TestAlerts.CREATED).build();
        String payload = messages.alert(alert);
        assertThat(SlackPayloadRules.check(payload)).isEmpty();
        assertThat(parse(payload).path("blocks")).extracting(b -> b.path("type").asText()).containsExactly("header", "context");
        assertThat(parse(payload).path("text").asText()).isEqualTo("[INFO] Radar alert from rule r");
    }

    @Test
    void aDigestHoldsWhatFitsOneMessageAndCountsTheRest() throws Exception {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            alerts.add(TestAlerts.alert("d" + i, "downloads-milestone", Severity.INFO));
        }
        alerts.set(5, giant());
        int covered = 0;
        while (covered < alerts.size()) {
            AlertMessages.Digest digest = messages.digest(alerts.subList(covered, alerts.size()), Severity.NOTICE, 0);
            assertThat(SlackPayloadRules.check(digest.payload())).isEmpty();
            assertThat(digest.count()).isPositive();
            JsonNode message = parse(digest.payload());
            assertThat(message.path("blocks").size()).isLessThanOrEqualTo(SlackLimits.MAX_BLOCKS);
            int left = alerts.size() - covered - digest.count();
            assertThat(message.path("text").asText()).isEqualTo("Radar digest: " + digest.count() + " alerts"
                    + (left > 0 ? " (" + left + " more follow)" : ""));
            covered += digest.count();
        }
        assertThat(covered).isEqualTo(alerts.size());
        String first = messages.digest(alerts.subList(0, 3), Severity.NOTICE, 0).payload();
        assertThat(parse(first).path("blocks").get(1).path("text").path("text").asText())
                .isEqualTo("• ℹ️ *Qwen/Qwen3-8B passed 1,000,000 downloads (d0)*  `downloads-milestone`  "
                        + "<https://huggingface.co/Qwen/Qwen3-8B|huggingface.co/Qwen/Qwen3-8B>\n"
                        + "• ℹ️ *Qwen/Qwen3-8B passed 1,000,000 downloads (d1)*  `downloads-milestone`  "
                        + "<https://huggingface.co/Qwen/Qwen3-8B|huggingface.co/Qwen/Qwen3-8B>\n"
                        + "• ℹ️ *Qwen/Qwen3-8B passed 1,000,000 downloads (d2)*  `downloads-milestone`  "
                        + "<https://huggingface.co/Qwen/Qwen3-8B|huggingface.co/Qwen/Qwen3-8B>");
    }
}
