package org.releaseradar.streams.alerts;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of rule the rules file may name, with the name used in the file and how an entry becomes a rule. */
public enum RuleKind {
    WATCHED_RELEASE("watched-release", WatchedReleaseRule::parse),
    ORIGIN_GAP("origin-gap", OriginGapRule::parse),
    DOWNLOADS_THRESHOLD("downloads-threshold", DownloadsThresholdRule::parse),
    NEWS_BURST("news-burst", NewsBurstRule::parse),
    UNKNOWN_NAMESPACE("unknown-namespace", UnknownNamespaceRule::parse);

    private final String fileName;
    private final Function<RuleEntry, AlertRule> parser;

    RuleKind(String fileName, Function<RuleEntry, AlertRule> parser) {
        this.fileName = fileName;
        this.parser = parser;
    }

    /** The value of "kind" in the rules file. */
    public String fileName() {
        return fileName;
    }

    AlertRule parse(RuleEntry entry) {
        return parser.apply(entry);
    }

    static Optional<RuleKind> byFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }

    static String fileNames() {
        return Arrays.stream(values()).map(RuleKind::fileName).collect(Collectors.joining(", "));
    }
}
