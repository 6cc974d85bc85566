package org.releaseradar.streams.enrich;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TableJoined;
import org.apache.kafka.streams.state.KeyValueStore;
import org.releaseradar.schemas.avro.EpochModel;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.avro.Organization;
import org.releaseradar.streams.StreamsSerdes;

/**
 * The enrichment stage: Hub snapshots, the org registry and Epoch's rows in, one {@link ModelRelease}
 * per model out, keyed by repo id (or, for a model only Epoch knows, by its Epoch name).
 *
 * <p>Why table-table foreign-key joins and not a GlobalKTable: a namespace missing from the registry
 * gives origin UNKNOWN, and when the registry later learns or corrects it every release of that
 * namespace must be re-attributed without a replay. A stream-GlobalKTable join only looks the table up
 * when the stream side changes, so a registry update would reach no existing release. A KTable-KTable
 * foreign-key join ({@code KTable.leftJoin(other, foreignKeyExtractor, joiner)}) keeps a subscription
 * per left key and re-emits on changes of either side. Left joins, so a missing right side yields
 * UNKNOWN instead of dropping the release (and a null foreign key, e.g. a repo id without '/', too).
 *
 * <p>Topology:
 * <ol>
 *   <li>{@code enrich-snapshots}: the snapshots topic grouped by key (no repartition; keyed by repo id)
 *       and reduced to the snapshot with the latest {@code polled_at} (ties broken by last_modified,
 *       downloads_all_time, likes), so a late older snapshot never replaces a newer one and any arrival
 *       order ends in the same state.</li>
 *   <li>{@code enrich-orgs}: the registry as a KTable (lower-case namespace -> Organization).</li>
 *   <li>FK join 1, snapshot -> registry on the attribution namespace (author, else the repo id's
 *       namespace): organisation, origin, plus everything the snapshot alone decides (date, openness,
 *       size, modality, lineage).</li>
 *   <li>FK join 2, release -> registry on the first base's namespace: the base's organisation and
 *       origin, known even when the base model itself never arrives, and updated when the registry
 *       learns that namespace. Only the registry is followed, never a base's own base, so
 *       self-references and cycles cannot loop.</li>
 *   <li>{@code enrich-epoch-candidates}: Epoch rows re-keyed by {@link EpochMatcher#key} (one
 *       repartition) and collected per key; FK join 3 from the release on its name's key picks the
 *       fitting row ({@link EpochMatcher}). The result is written to the releases topic.</li>
 *   <li>{@code enrich-epoch-match-counts}: how many Hub releases matched each Epoch row (one
 *       repartition, by Epoch name); the Epoch table left-joined with it yields an Epoch-only release
 *       while the count is zero and a tombstone once a Hub repo matches (or the row leaves the
 *       {@link EpochScope}). This join needs the Epoch topic co-partitioned with the repartition topic,
 *       which Streams sizes to match.</li>
 * </ol>
 */
public final class ReleaseEnrichment {

    static final String SNAPSHOTS_STORE = "enrich-snapshots";
    static final String ORGS_STORE = "enrich-orgs";
    static final String EPOCH_STORE = "enrich-epoch";

    /** Newest by poll time; the tie-breaks only keep equal-time duplicates order-independent. */
    static final Comparator<ModelSnapshot> NEWEST_LAST = Comparator
            .comparing(ModelSnapshot::getPolledAt)
            .thenComparing(s -> s.getLastModified() == null ? Instant.MIN : s.getLastModified())
            .thenComparingLong(ModelSnapshot::getDownloadsAllTime)
            .thenComparingLong(ModelSnapshot::getLikes);

    private ReleaseEnrichment() {
    }

    /**
     * Adds the enrichment stage to {@code builder}.
     *
     * @return the enriched Hub releases (before Epoch-only releases are added), for stages in the same
     *         application that want to join on them without reading the output topic back
     */
    public static KTable<String, ModelRelease> build(StreamsBuilder builder, StreamsSerdes serdes,
                                                      EnrichmentSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Serde<String> keys = serdes.key();
        Serde<ModelSnapshot> snapshotSerde = serdes.value(ModelSnapshot.class);
        Serde<Organization> orgSerde = serdes.value(Organization.class);
        Serde<EpochModel> epochSerde = serdes.value(EpochModel.class);
        Serde<ModelRelease> releaseSerde = serdes.value(ModelRelease.class);
        Serde<Attributed> attributedSerde = FramedSerdes.attributed(serdes);
        Serde<EpochCandidates> candidatesSerde = FramedSerdes.epochCandidates(serdes);

        KTable<String, ModelSnapshot> snapshots = builder
                .stream(settings.snapshotsTopic(), Consumed.with(keys, snapshotSerde).withName("enrich-read-snapshots"))
                .groupByKey(Grouped.with(keys, snapshotSerde))
                .reduce((kept, incoming) -> NEWEST_LAST.compare(incoming, kept) >= 0 ? incoming : kept,
                        Named.as("enrich-newest-snapshot"),
                        Materialized.<String, ModelSnapshot, KeyValueStore<Bytes, byte[]>>as(SNAPSHOTS_STORE)
                                .withKeySerde(keys).withValueSerde(snapshotSerde));

        KTable<String, Organization> orgs = builder.table(settings.orgsTopic(),
                Consumed.with(keys, orgSerde).withName("enrich-read-orgs"),
                Materialized.<String, Organization, KeyValueStore<Bytes, byte[]>>as(ORGS_STORE)
                        .withKeySerde(keys).withValueSerde(orgSerde));

        KTable<String, Attributed> attributed = snapshots.leftJoin(orgs,
                (ModelSnapshot s) -> RepoIds.attributionNamespace(s.getRepoId(), s.getAuthor()),
                (s, org) -> HubReleases.attribute(s, org, settings.openSourceOrgIds()),
                TableJoined.as("enrich-join-org"),
                Materialized.<String, Attributed, KeyValueStore<Bytes, byte[]>>as("enrich-attributed")
                        .withKeySerde(keys).withValueSerde(attributedSerde));

        KTable<String, Attributed> withBase = attributed.leftJoin(orgs,
                HubReleases::baseNamespace,
                HubReleases::withBase,
                TableJoined.as("enrich-join-base-org"),
                Materialized.<String, Attributed, KeyValueStore<Bytes, byte[]>>as("enrich-with-base")
                        .withKeySerde(keys).withValueSerde(attributedSerde));

        KTable<String, EpochModel> epoch = builder.table(settings.epochTopic(),
                Consumed.with(keys, epochSerde).withName("enrich-read-epoch"),
                Materialized.<String, EpochModel, KeyValueStore<Bytes, byte[]>>as(EPOCH_STORE)
                        .withKeySerde(keys).withValueSerde(epochSerde));

        KTable<String, EpochCandidates> candidates = epoch
                .groupBy((name, row) -> KeyValue.pair(EpochMatcher.key(row.getModel()), row),
                        Grouped.with("enrich-epoch-by-name-key", keys, epochSerde))
                .aggregate(EpochCandidates::empty,
                        (key, row, acc) -> acc.with(row),
                        (key, row, acc) -> acc.without(row),
                        Named.as("enrich-collect-epoch-candidates"),
                        Materialized.<String, EpochCandidates, KeyValueStore<Bytes, byte[]>>as("enrich-epoch-candidates")
                                .withKeySerde(keys).withValueSerde(candidatesSerde));

        KTable<String, ModelRelease> releases = withBase.leftJoin(candidates,
                HubReleases::epochKey,
                HubReleases::withEpoch,
                TableJoined.as("enrich-join-epoch"),
                Materialized.<String, ModelRelease, KeyValueStore<Bytes, byte[]>>as("enrich-releases")
                        .withKeySerde(keys).withValueSerde(releaseSerde));

        releases.toStream(Named.as("enrich-hub-releases"))
                .to(settings.releasesTopic(), Produced.with(keys, releaseSerde).withName("enrich-write-hub-releases"));

        KTable<String, Long> matchCounts = releases
                .filter((repoId, release) -> release.getEpochModel() != null, Named.as("enrich-epoch-matched"))
                .groupBy((repoId, release) -> KeyValue.pair(release.getEpochModel(), repoId),
                        Grouped.with("enrich-matched-by-epoch-name", keys, keys))
                .count(Named.as("enrich-count-epoch-matches"),
                        Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as("enrich-epoch-match-counts")
                                .withKeySerde(keys).withValueSerde(Serdes.Long()));

        epoch.leftJoin(matchCounts,
                        (row, matched) -> matched == null || matched == 0L
                                ? (EpochReleases.releasable(row, settings.epochScope()) ? EpochReleases.of(row) : null)
                                : null,
                        Named.as("enrich-epoch-only"),
                        Materialized.<String, ModelRelease, KeyValueStore<Bytes, byte[]>>as("enrich-epoch-only-releases")
                                .withKeySerde(keys).withValueSerde(releaseSerde))
                .toStream(Named.as("enrich-epoch-only-stream"))
                .to(settings.releasesTopic(), Produced.with(keys, releaseSerde).withName("enrich-write-epoch-only"));

        return releases;
    }
}
