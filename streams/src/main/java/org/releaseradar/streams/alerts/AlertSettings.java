package org.releaseradar.streams.alerts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Settings of the alert stage: the rules file it was read from and its parsed rules.
 *
 * @param rulesFile where the rules came from, for logs and error messages
 * @param rules     validated, ids unique; an empty list builds no alert topology at all
 */
public record AlertSettings(Path rulesFile, List<AlertRule> rules) {

    /** Configuration key naming the rules file. */
    public static final String RULES_FILE_CONFIG = "radar.alerts.rules.file";
    /** The bundled rules file, relative to the working directory (the repository root in the demo). */
    public static final String DEFAULT_RULES_FILE = "data/alert-rules.json";

    public AlertSettings {
        rules = List.copyOf(rules);
    }

    /** Reads and validates {@code rulesFile}; throws {@link RulesFileException} naming the file and entry. */
    public static AlertSettings load(Path rulesFile) {
        return new AlertSettings(rulesFile, RulesFile.read(rulesFile));
    }

    /** Reads the file named by {@value #RULES_FILE_CONFIG}, or {@value #DEFAULT_RULES_FILE} when it is not set. */
    public static AlertSettings fromConfig(Map<String, ?> config) {
        Object file = config.get(RULES_FILE_CONFIG);
        return load(Path.of(file == null || file.toString().isBlank() ? DEFAULT_RULES_FILE : file.toString()));
    }

    /** The longest {@link AlertRule#settle()} of these rules: how long after its data settled a run should look. */
    public java.time.Duration longestSettle() {
        return rules.stream().map(AlertRule::settle).max(java.time.Duration::compareTo).orElse(java.time.Duration.ZERO);
    }
}
