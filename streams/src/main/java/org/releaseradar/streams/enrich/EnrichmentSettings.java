package org.releaseradar.streams.enrich;

import java.util.Objects;
import java.util.Set;
import org.releaseradar.schemas.Topics;

/**
 * What the enrichment stage reads, writes and decides by configuration.
 *
 * @param snapshotsTopic   Hub snapshots, repo id -> {@code ModelSnapshot}
 * @param orgsTopic        org registry, lower-case namespace -> {@code Organization}
 * @param epochTopic       Epoch rows, model name -> {@code EpochModel}
 * @param releasesTopic    output, repo id (or Epoch model name) -> {@code ModelRelease}
 * @param epochScope       which unmatched Epoch rows become releases of their own
 * @param openSourceOrgIds registry org ids whose permissively licensed models count as OPEN_SOURCE
 *                         (open data and code too); the {@code Organization} record has no such
 *                         field, so this is configuration until the registry carries it
 */
public record EnrichmentSettings(String snapshotsTopic, String orgsTopic, String epochTopic, String releasesTopic,
                                 EpochScope epochScope, Set<String> openSourceOrgIds) {

    public EnrichmentSettings {
        Objects.requireNonNull(snapshotsTopic, "snapshotsTopic");
        Objects.requireNonNull(orgsTopic, "orgsTopic");
        Objects.requireNonNull(epochTopic, "epochTopic");
        Objects.requireNonNull(releasesTopic, "releasesTopic");
        Objects.requireNonNull(epochScope, "epochScope");
        openSourceOrgIds = Set.copyOf(openSourceOrgIds);
    }

    /** The contract's topics, open-weights Epoch rows only, no org marked open source. */
    public static EnrichmentSettings defaults() {
        return new EnrichmentSettings(Topics.HF_MODELS, Topics.ORGS, Topics.EPOCH_MODELS, Topics.RELEASES,
                EpochScope.OPEN_WEIGHTS, Set.of());
    }

    public EnrichmentSettings withEpochScope(EpochScope scope) {
        return new EnrichmentSettings(snapshotsTopic, orgsTopic, epochTopic, releasesTopic, scope, openSourceOrgIds);
    }

    public EnrichmentSettings withOpenSourceOrgIds(Set<String> orgIds) {
        return new EnrichmentSettings(snapshotsTopic, orgsTopic, epochTopic, releasesTopic, epochScope, orgIds);
    }
}
