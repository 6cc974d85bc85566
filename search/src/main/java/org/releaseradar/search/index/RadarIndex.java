package org.releaseradar.search.index;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Radar's Elasticsearch indices. Everything reads and writes the {@link #alias()}; the alias points
 * at a concrete index ({@link #firstIndex()} when {@link IndexInstaller} creates it), so a reindex
 * is an alias swap. The composable index template named like the alias holds the settings and
 * mappings for every concrete index {@code <alias>-*}.
 */
public enum RadarIndex {

    /** {@code ModelRelease} records of topic radar.releases. */
    RELEASES("radar-releases", "radar.releases", RadarMappings::releases),
    /** {@code NewsItem} records of topic radar.news. */
    NEWS("radar-news", "radar.news", RadarMappings::news),
    /** {@code OriginMonthStats} records of topic radar.stats.origin-month. */
    STATS("radar-stats", "radar.stats.origin-month", RadarMappings::originMonthStats),
    /** {@code OrgMonthStats} records of topic radar.stats.org-month. */
    ORG_STATS("radar-stats-org", "radar.stats.org-month", RadarMappings::orgMonthStats),
    /** {@code Alert} records of topic radar.alerts. */
    ALERTS("radar-alerts", "radar.alerts", RadarMappings::alerts);

    /**
     * Priority of Radar's templates. Above 0 so that a catch-all user template at the default
     * priority does not collide with ours; composable templates that match the same index must not
     * share a priority.
     */
    private static final long BASE_PRIORITY = 200;

    private final String alias;
    private final String defaultTopic;
    private final Supplier<TypeMapping> mappings;

    RadarIndex(String alias, String defaultTopic, Supplier<TypeMapping> mappings) {
        this.alias = alias;
        this.defaultTopic = defaultTopic;
        this.mappings = mappings;
    }

    /** The alias every reader and writer uses, e.g. {@code radar-releases}. */
    public String alias() {
        return alias;
    }

    /** The Kafka topic whose records this index holds by default. */
    public String defaultTopic() {
        return defaultTopic;
    }

    /** The name of this index's composable index template (the alias). */
    public String templateName() {
        return alias;
    }

    /** The concrete indices the template applies to: {@code <alias>-*}. */
    public String indexPattern() {
        return alias + "-*";
    }

    /** The concrete index the installer creates behind a missing alias: {@code <alias>-000001}. */
    public String firstIndex() {
        return alias + "-000001";
    }

    /**
     * This template's priority. {@code radar-stats-*} also matches {@code radar-stats-org-000001},
     * and two composable templates matching one index with the same priority are refused; the
     * longer, more specific pattern wins by one.
     */
    public long templatePriority() {
        return BASE_PRIORITY + Arrays.stream(values())
                .filter(other -> other != this && alias.startsWith(other.alias + "-"))
                .count();
    }

    /** The mapping of this index's documents (a new instance each call). */
    public TypeMapping mappings() {
        return mappings.get();
    }

    /** The settings of this index's concrete indices (a new instance each call). */
    public IndexSettings settings() {
        return RadarIndexSettings.settings();
    }

    /** The index whose alias is {@code alias}, or empty when the alias is not one of Radar's. */
    public static Optional<RadarIndex> forAlias(String alias) {
        return Arrays.stream(values()).filter(i -> i.alias.equals(alias)).findFirst();
    }
}
