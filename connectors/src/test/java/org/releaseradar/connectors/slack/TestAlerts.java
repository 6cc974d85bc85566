package org.releaseradar.connectors.slack;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Severity;

/** Alerts shaped like the streams application's, for the Slack sink's tests. */
final class TestAlerts {

    static final Instant CREATED = Instant.parse("2025-07-28T12:00:00Z");

    private TestAlerts() {
    }

    /** A downloads-threshold-like alert with the given id, rule and severity. */
    static Alert alert(String id, String rule, Severity severity) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("repo_id", "Qwen/Qwen3-8B");
        facts.put("threshold", "1000000");
        facts.put("downloads_all_time", "1234567");
        facts.put("origin", "CN");
        return Alert.newBuilder()
                .setId(id).setRule(rule).setSeverity(severity)
                .setTitle("Qwen/Qwen3-8B passed 1,000,000 downloads (" + id + ")")
                .setText("Qwen/Qwen3-8B by Alibaba Qwen (CN), released on 2025-04-29, had 1,234,567 all-time downloads.")
                .setFacts(facts)
                .setLinks(List.of("https://huggingface.co/Qwen/Qwen3-8B"))
                .setOrigin("CN").setOrganization("alibaba-qwen").setMonth("2025-04")
                .setCreatedAt(CREATED)
                .build();
    }
}
