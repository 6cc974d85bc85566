package org.releaseradar.streams.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the alert rules file ({@code data/alert-rules.json}; format in data/README.md). Every
 * problem is reported with the file and the entry, at startup, before any topology is built.
 */
public final class RulesFile {

    /** Rule ids become store and internal topic names, so they keep to characters Kafka topic names allow. */
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private RulesFile() {
    }

    public static List<AlertRule> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new RulesFileException(file + ": cannot read the alert rules file (" + e + ")", e);
        }
        return parse(file.toString(), text);
    }

    /** Parses rules from {@code json}; {@code file} only names the source in error messages. */
    public static List<AlertRule> parse(String file, String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new RulesFileException(file + ": not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new RulesFileException(file + ": expected an object with a \"rules\" array");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals("rules") && !name.equals("description")) {
                throw new RulesFileException(file + ": unknown top-level field '" + name + "' (expected \"description\", \"rules\")");
            }
        });
        List<AlertRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.get("rules")) {
            RuleEntry entry = new RuleEntry(file, index++, node);
            if (!node.isObject()) {
                throw entry.problem("each rule must be a JSON object, got " + node);
            }
            String id = entry.text("id");
            if (!RULE_ID.matcher(id).matches()) {
                throw entry.problem("'id' must be lower-case letters, digits and '-' (at most 63), got \"" + id + "\"");
            }
            if (!ids.add(id)) {
                throw entry.problem("'id' \"" + id + "\" is used by an earlier rule; ids must be unique (they key alert ids and stores)");
            }
            entry.id(id);
            String kindName = entry.text("kind");
            RuleKind kind = RuleKind.byFileName(kindName).orElseThrow(() -> entry.problem(
                    "unknown kind \"" + kindName + "\"; known kinds: " + RuleKind.fileNames()));
            entry.optionalText("description");
            AlertRule rule = kind.parse(entry);
            entry.finish();
            rules.add(rule);
        }
        return List.copyOf(rules);
    }
}
