package org.releaseradar.connectors.elasticsearch;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Elasticsearch alias (or index) each topic's documents go to, from {@code topic.index.map}
 * entries {@code topic:alias}. Aliases are checked against Elasticsearch's index-name rules here,
 * so a typo fails the configuration instead of every bulk item.
 */
public final class IndexRouting {

    /** Radar's topics and the aliases issue 5's contract gives them. */
    public static final List<String> DEFAULT_MAP = List.of(
            "radar.releases:radar-releases",
            "radar.news:radar-news",
            "radar.stats.origin-month:radar-stats",
            "radar.stats.org-month:radar-stats-org",
            "radar.alerts:radar-alerts");

    private static final String FORBIDDEN_CHARACTERS = "\\/*?\"<>| ,#:";
    private static final int MAX_NAME_BYTES = 255;

    private final Map<String, String> aliasByTopic;

    private IndexRouting(Map<String, String> aliasByTopic) {
        this.aliasByTopic = Map.copyOf(aliasByTopic);
    }

    /**
     * @param entries {@code topic:alias} strings
     * @throws IllegalArgumentException naming the first bad entry and what is wrong with it
     */
    public static IndexRouting parse(Collection<String> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String raw : entries) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            // Topic names cannot contain ':', index names neither: the first ':' is the separator.
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("'" + entry + "' is not topic:alias");
            }
            String topic = entry.substring(0, colon).trim();
            String alias = entry.substring(colon + 1).trim();
            checkIndexName(alias).ifPresent(problem -> {
                throw new IllegalArgumentException("'" + alias + "' (for topic " + topic + ") is not a valid index or alias"
                        + " name: " + problem);
            });
            if (map.putIfAbsent(topic, alias) != null) {
                throw new IllegalArgumentException("topic " + topic + " is mapped twice");
            }
        }
        if (map.isEmpty()) {
            throw new IllegalArgumentException("map at least one topic to an index (topic:alias)");
        }
        return new IndexRouting(map);
    }

    /** What is wrong with {@code name} as an Elasticsearch index or alias name, if anything. */
    static Optional<String> checkIndexName(String name) {
        if (name.isEmpty()) {
            return Optional.of("empty");
        }
        if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("must be lower case");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("cannot be . or ..");
        }
        if ("-_+".indexOf(name.charAt(0)) >= 0) {
            return Optional.of("cannot start with -, _ or +");
        }
        for (char c : name.toCharArray()) {
            if (FORBIDDEN_CHARACTERS.indexOf(c) >= 0) {
                return Optional.of("cannot contain '" + c + "'");
            }
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return Optional.of("longer than " + MAX_NAME_BYTES + " bytes");
        }
        return Optional.empty();
    }

    /** The alias for {@code topic}, or empty when the map does not name it. */
    public Optional<String> aliasFor(String topic) {
        return Optional.ofNullable(aliasByTopic.get(topic));
    }

    /** Every alias written to, in a stable order. */
    public Set<String> aliases() {
        return new TreeSet<>(aliasByTopic.values());
    }

    /** The topics among {@code topics} the map does not name. */
    public Set<String> unmapped(Collection<String> topics) {
        Set<String> missing = new TreeSet<>();
        topics.stream().map(String::trim).filter(t -> !t.isEmpty() && !aliasByTopic.containsKey(t)).forEach(missing::add);
        return missing;
    }

    @Override
    public String toString() {
        return aliasByTopic.toString();
    }
}
