package org.releaseradar.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.schemas.avro.Severity;

class RulesFileTest {

    /** Tests run in the streams module; the bundled file is the repository's data/alert-rules.json. */
    static final Path BUNDLED = Path.of("../data/alert-rules.json");

    @Test
    void theBundledRulesFileIsValidAndHasOneRuleOfEachKind() {
        List<AlertRule> rules = RulesFile.read(BUNDLED);

        assertThat(rules).extracting(AlertRule::kind).containsExactlyInAnyOrder(RuleKind.values());
        assertThat(rules).filteredOn(r -> r instanceof OriginGapRule).singleElement()
                .isEqualTo(new OriginGapRule("cn-us-release-gap", Severity.WARNING, OriginLevel.COUNTRY, "CN", 3, "US", 0,
                        java.time.Duration.ofSeconds(20)));
        assertThat(rules).filteredOn(r -> r instanceof WatchedReleaseRule).singleElement()
                .satisfies(r -> assertThat(((WatchedReleaseRule) r).organizations()).contains("deepseek", "alibaba-qwen"));
    }

    @Test
    void settingsReadTheFileNamedInTheConfiguration() {
        AlertSettings settings = AlertSettings.fromConfig(Map.of(AlertSettings.RULES_FILE_CONFIG, BUNDLED.toString()));

        assertThat(settings.rulesFile()).isEqualTo(BUNDLED);
        assertThat(settings.rules()).hasSize(RuleKind.values().length);
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        assertThat(parse("""
                {"id": "b", "kind": "news-burst", "severity": "INFO", "min_articles": 4}"""))
                .isEqualTo(new NewsBurstRule("b", Severity.INFO, 4, 24, 168, java.util.Set.of()));
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> RulesFile.read(Path.of("no/such/alert-rules.json")))
                .isInstanceOf(RulesFileException.class).hasMessageStartingWith("no/such/alert-rules.json: cannot read");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() {
        assertThatThrownBy(() -> RulesFile.parse("r.json", "{\n\"rules\": [\n{\"id\": }]}"))
                .isInstanceOf(RulesFileException.class).hasMessageStartingWith("r.json: not valid JSON").hasMessageContaining("line 3");
        assertThatThrownBy(() -> RulesFile.parse("r.json", "[]"))
                .hasMessage("r.json: expected an object with a \"rules\" array");
    }

    @Test
    void invalidEntriesAreReportedWithFileIndexIdAndField() {
        assertInvalid("""
                {"id": "x", "kind": "spike", "severity": "INFO"}""",
                "r.json: rules[1] (id 'x'): unknown kind \"spike\"; known kinds: watched-release, origin-gap, downloads-threshold,"
                        + " news-burst, unknown-namespace");
        assertInvalid("""
                {"id": "x", "kind": "unknown-namespace", "min_downloads_all_time": 10}""",
                "r.json: rules[1] (id 'x'): 'severity' must be one of INFO, NOTICE, WARNING, CRITICAL");
        assertInvalid("""
                {"id": "x", "kind": "unknown-namespace", "severity": "LOUD", "min_downloads_all_time": 10}""",
                "r.json: rules[1] (id 'x'): 'severity' must be one of INFO, NOTICE, WARNING, CRITICAL, got \"LOUD\"");
        assertInvalid("""
                {"id": "x", "kind": "unknown-namespace", "severity": "INFO", "min_downloads_all_time": -5}""",
                "r.json: rules[1] (id 'x'): 'min_downloads_all_time' must be an integer >= 1, got -5");
        assertInvalid("""
                {"id": "x", "kind": "news-burst", "severity": "INFO", "min_article": 5}""",
                "r.json: rules[1] (id 'x'): 'min_articles' is required (an integer >= 2)");
        assertInvalid("""
                {"id": "x", "kind": "unknown-namespace", "severity": "INFO", "min_downloads_all_time": 5, "treshold": 1}""",
                "r.json: rules[1] (id 'x'): unknown field(s) [treshold]; this kind takes");
        assertInvalid("""
                {"id": "x", "kind": "watched-release", "severity": "INFO"}""",
                "r.json: rules[1] (id 'x'): watch at least one of 'organizations' (org_ids) or 'origins'");
        assertInvalid("""
                {"id": "x", "kind": "origin-gap", "severity": "INFO", "leading_origin": "CN", "min_leading_releases": 2,
                 "lagging_origin": "US", "max_lagging_releases": 2}""",
                "r.json: rules[1] (id 'x'): 'max_lagging_releases' (2) must be below 'min_leading_releases' (2)");
        assertInvalid("""
                {"id": "x", "kind": "downloads-threshold", "severity": "INFO", "thresholds": [1000, 1000]}""",
                "r.json: rules[1] (id 'x'): 'thresholds' lists 1000 twice");
        assertInvalid("""
                {"id": "ok", "kind": "unknown-namespace", "severity": "INFO", "min_downloads_all_time": 5}""",
                "r.json: rules[1]: 'id' \"ok\" is used by an earlier rule");
        assertInvalid("""
                {"id": "Bad Id", "kind": "unknown-namespace", "severity": "INFO", "min_downloads_all_time": 5}""",
                "r.json: rules[1]: 'id' must be lower-case letters, digits and '-'");
        assertInvalid("""
                {"kind": "unknown-namespace"}""",
                "r.json: rules[1]: 'id' must be a non-empty string");
    }

    /** Parses {@code entry} as the second rule, after a valid one, so the index in the message is checked. */
    private static void assertInvalid(String entry, String messageStart) {
        assertThatThrownBy(() -> RulesFile.parse("r.json", rules(entry)))
                .isInstanceOf(RulesFileException.class).hasMessageStartingWith(messageStart);
    }

    private static AlertRule parse(String entry) {
        return RulesFile.parse("r.json", "{\"rules\": [" + entry + "]}").get(0);
    }

    private static String rules(String entry) {
        return "{\"rules\": [{\"id\": \"ok\", \"kind\": \"unknown-namespace\", \"severity\": \"INFO\", \"min_downloads_all_time\": 5},\n"
                + entry + "]}";
    }
}
