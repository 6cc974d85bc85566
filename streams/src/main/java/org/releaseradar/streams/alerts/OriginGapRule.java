package org.releaseradar.streams.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.schemas.avro.Severity;
import org.releaseradar.schemas.avro.TopModel;

/**
 * Rule kind {@code origin-gap}: in one month, at least {@code minLeading} mainline releases from the leading origin
 * and at most {@code maxLagging} (usually none) from the lagging one — "in July 2025 Chinese labs released several
 * leading open models while US labs released none". Read from radar.stats.origin-month; an origin with no row for
 * the month has released nothing, and so has one whose row was deleted (a tombstone: its releases moved to another
 * month or were withdrawn). The two origins' rows are re-partitioned by month and their latest counts kept
 * per month. Fires once per month (id = hash(rule, month)) when the condition first holds; if it stops holding
 * later (a lagging-origin release arrives), nothing is retracted: the alert said what was true when it fired.
 *
 * <p>With {@code settle_seconds}, the condition must hold with the month's counts unchanged for that long
 * (wall-clock time) before the alert fires. Without it, a backfill, where one origin's rows can arrive seconds
 * before the other's, fires "several from CN, none from US" for months in which the US row was merely late.
 */
public record OriginGapRule(String id, Severity severity, OriginLevel level, String leadingOrigin, long minLeading,
                            String laggingOrigin, long maxLagging, Duration settle) implements AlertRule {

    /** The origins that have BLOC rows on radar.stats.origin-month (see the aggregation's OriginMonthKey). */
    private static final Set<String> BLOC_ROWS = Set.of("EU", "OTHER");

    /** One origin's figures for a month, as carried on the by-month repartition topic. */
    record OriginCount(String origin, String month, long mainlineReleases, List<String> topModels, long updatedAt) {
    }

    /** The latest figures of both origins for one month. */
    record MonthCounts(long leading, List<String> leadingTopModels, long lagging) {
        static final MonthCounts NONE = new MonthCounts(0, List.of(), 0);
    }

    /** A month whose condition holds, waiting to have held for the settle time. */
    record Pending(MonthCounts counts, long updatedAt, long sinceWallClockMs) {
    }

    static OriginGapRule parse(RuleEntry entry) {
        OriginGapRule rule = new OriginGapRule(entry.id(), entry.severity(),
                entry.choice("origin_level", OriginLevel.class, OriginLevel.COUNTRY),
                entry.text("leading_origin"), entry.number("min_leading_releases", 1),
                entry.text("lagging_origin"), entry.number("max_lagging_releases", 0, 0),
                Duration.ofSeconds(entry.number("settle_seconds", 0, 0)));
        if (rule.leadingOrigin.equals(rule.laggingOrigin)) {
            throw entry.problem("'leading_origin' and 'lagging_origin' are both \"" + rule.leadingOrigin + "\"");
        }
        if (rule.maxLagging >= rule.minLeading) {
            throw entry.problem("'max_lagging_releases' (" + rule.maxLagging + ") must be below 'min_leading_releases' ("
                    + rule.minLeading + "), otherwise it is not a gap");
        }
        return rule;
    }

    @Override
    public RuleKind kind() {
        return RuleKind.ORIGIN_GAP;
    }

    @Override
    public KStream<String, Alert> build(AlertInputs inputs) {
        return inputs.statsWithTombstones()
                .process(new ByMonth(), Named.as("alerts-" + id + "-by-month-key"))
                .repartition(Repartitioned.with(inputs.serdes().key(), new JsonSerde<>(OriginCount.class)).withName("alerts-" + id + "-by-month"))
                .process(new Gap(), Named.as("alerts-" + id + "-gap"))
                .process(new FireOnce(id), Named.as("alerts-" + id + "-once"));
    }

    /**
     * The rows of the two origins at the rule's level, re-keyed by month. A tombstone (the row of an origin that has
     * nothing left in the month) is that origin with no release, its origin and level read from the key
     * {@code origin|yyyy-MM} (EU and OTHER are the bloc rows, every other origin a country row).
     */
    private final class ByMonth implements ProcessorSupplier<String, OriginMonthStats, String, OriginCount> {
        @Override
        public Processor<String, OriginMonthStats, String, OriginCount> get() {
            return new Processor<>() {
                private ProcessorContext<String, OriginCount> context;

                @Override
                public void init(ProcessorContext<String, OriginCount> context) {
                    this.context = context;
                }

                @Override
                public void process(Record<String, OriginMonthStats> record) {
                    OriginCount row = record.value() == null ? deleted(record.key(), record.timestamp()) : of(record.value());
                    if (row != null && (row.origin().equals(leadingOrigin) || row.origin().equals(laggingOrigin))) {
                        context.forward(new Record<>(row.month(), row, record.timestamp()));
                    }
                }

                private OriginCount of(OriginMonthStats s) {
                    return s.getOriginLevel() != level ? null : new OriginCount(s.getOrigin(), s.getMonth(), s.getMainlineReleases(),
                            s.getTopModels().stream().map(TopModel::getRepoId).toList(), s.getUpdatedAt().toEpochMilli());
                }

                private OriginCount deleted(String key, long timestamp) {
                    int bar = key == null ? -1 : key.lastIndexOf('|');
                    if (bar <= 0 || bar == key.length() - 1) {
                        return null;
                    }
                    String origin = key.substring(0, bar);
                    OriginLevel rowLevel = BLOC_ROWS.contains(origin) ? OriginLevel.BLOC : OriginLevel.COUNTRY;
                    return rowLevel != level ? null : new OriginCount(origin, key.substring(bar + 1), 0, List.of(), timestamp);
                }
            };
        }
    }

    boolean holds(MonthCounts counts) {
        return counts.leading() >= minLeading && counts.lagging() <= maxLagging;
    }

    private final class Gap implements ProcessorSupplier<String, OriginCount, String, Alert> {

        private final String storeName = "alerts-" + id + "-month-counts";
        private final String pendingStoreName = "alerts-" + id + "-pending";

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName),
                            Serdes.String(), new JsonSerde<>(MonthCounts.class)),
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(pendingStoreName),
                            Serdes.String(), new JsonSerde<>(Pending.class)));
        }

        @Override
        public Processor<String, OriginCount, String, Alert> get() {
            return new Processor<>() {
                private ProcessorContext<String, Alert> context;
                private KeyValueStore<String, MonthCounts> countsByMonth;
                private KeyValueStore<String, Pending> pending;

                @Override
                public void init(ProcessorContext<String, Alert> context) {
                    this.context = context;
                    this.countsByMonth = context.getStateStore(storeName);
                    this.pending = context.getStateStore(pendingStoreName);
                    if (!settle.isZero()) {
                        Duration every = Duration.ofMillis(Math.max(100, settle.toMillis() / 4));
                        context.schedule(every, PunctuationType.WALL_CLOCK_TIME, this::fireSettled);
                    }
                }

                private void fireSettled(long now) {
                    List<String> settled = new ArrayList<>();
                    try (KeyValueIterator<String, Pending> all = pending.all()) {
                        all.forEachRemaining(kv -> {
                            if (now - kv.value.sinceWallClockMs() >= settle.toMillis()) {
                                settled.add(kv.key);
                                fire(kv.key, kv.value.counts(), kv.value.updatedAt());
                            }
                        });
                    }
                    settled.forEach(pending::delete);
                }

                private void fire(String month, MonthCounts counts, long updatedAt) {
                    Alert alert = alert(month, counts, Instant.ofEpochMilli(updatedAt));
                    context.forward(new Record<>(alert.getId(), alert, updatedAt));
                }

                @Override
                public void process(Record<String, OriginCount> record) {
                    OriginCount row = record.value();
                    MonthCounts before = countsByMonth.get(row.month());
                    MonthCounts counts = before == null ? MonthCounts.NONE : before;
                    counts = row.origin().equals(leadingOrigin)
                            ? new MonthCounts(row.mainlineReleases(), row.topModels(), counts.lagging())
                            : new MonthCounts(counts.leading(), counts.leadingTopModels(), row.mainlineReleases());
                    countsByMonth.put(row.month(), counts);
                    if (settle.isZero()) {
                        if (holds(counts)) {
                            fire(row.month(), counts, row.updatedAt());
                        }
                    } else if (holds(counts)) {
                        // Any change restarts the wait: the counts must stand still for the whole settle time.
                        pending.put(row.month(), new Pending(counts, row.updatedAt(), context.currentSystemTimeMs()));
                    } else {
                        pending.delete(row.month());
                    }
                }
            };
        }
    }

    private Alert alert(String month, MonthCounts counts, Instant at) {
        String lagging = counts.lagging() == 0 ? "none" : Long.toString(counts.lagging());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("month", month);
        facts.put("origin_level", level.name());
        facts.put("leading_origin", leadingOrigin);
        facts.put("leading_mainline_releases", Long.toString(counts.leading()));
        facts.put("lagging_origin", laggingOrigin);
        facts.put("lagging_mainline_releases", Long.toString(counts.lagging()));
        facts.put("min_leading_releases", Long.toString(minLeading));
        facts.put("max_lagging_releases", Long.toString(maxLagging));
        if (!counts.leadingTopModels().isEmpty()) {
            facts.put("leading_top_models", String.join(", ", counts.leadingTopModels()));
        }
        String top = counts.leadingTopModels().isEmpty() ? ""
                : " Most downloaded from " + leadingOrigin + ": " + String.join(", ", counts.leadingTopModels()) + ".";
        return Alert.newBuilder()
                .setId(AlertIds.of(id, month))
                .setRule(id).setSeverity(severity)
                .setTitle(month + ": " + counts.leading() + " mainline releases from " + leadingOrigin + ", " + lagging + " from " + laggingOrigin)
                .setText("In " + month + " (UTC), organisations from " + leadingOrigin + " published " + counts.leading()
                        + " mainline model releases while those from " + laggingOrigin + " published " + lagging
                        + " (rule: at least " + minLeading + " against at most " + maxLagging + ")." + top)
                .setFacts(facts)
                .setLinks(counts.leadingTopModels().stream().filter(AlertTexts::isHubRepoId).map(AlertTexts::hubUrl).toList())
                .setOrigin(leadingOrigin).setOrganization(null).setMonth(month)
                .setCreatedAt(at)
                .build();
    }
}
