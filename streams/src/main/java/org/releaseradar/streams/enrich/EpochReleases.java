package org.releaseradar.streams.enrich;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.DateBasis;
import org.releaseradar.schemas.avro.EpochModel;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSource;
import org.releaseradar.schemas.avro.OrgKind;

/**
 * The release of an Epoch row that no Hub repo matches: keyed by Epoch's model name, source EPOCH,
 * released at its publication date (basis PUBLICATION). Origin is Epoch's first country (a
 * multinational row counts for its first listed country; 'Multinational' or an unlisted name is
 * UNKNOWN). Epoch's organisation is not looked up in the registry (its spelling is not a namespace), so
 * {@code organization_id} stays null and {@code organization_name} carries Epoch's spelling. An Epoch
 * base model is kept by name as a FINETUNE base with UNKNOWN base origin, for the same reason.
 * Rows without a publication date cannot be placed in a month and make no release.
 */
final class EpochReleases {

    private EpochReleases() {
    }

    static boolean releasable(EpochModel row, EpochScope scope) {
        return row != null && row.getPublicationDate() != null && scope.includes(row);
    }

    static ModelRelease of(EpochModel row) {
        Instant releasedAt = row.getPublicationDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        String country = row.getCountries().isEmpty() ? Origins.UNKNOWN : Origins.fromEpochCountry(row.getCountries().get(0));
        Long parameters = row.getParameters() == null || row.getParameters() <= 0 ? null : Math.round(row.getParameters());
        boolean derived = row.getBaseModel() != null && !row.getBaseModel().isBlank()
                && !row.getBaseModel().trim().equals(row.getModel());
        Modality modality = row.getDomains().isEmpty() ? null : Modality.ofEpochDomain(row.getDomains().get(0));
        return ModelRelease.newBuilder()
                .setRepoId(row.getModel())
                .setSource(ModelSource.EPOCH)
                .setAuthor(null)
                .setOrganizationId(null)
                .setOrganizationName(row.getOrganizations().isEmpty() ? null : row.getOrganizations().get(0))
                .setOrganizationKind(OrgKind.UNKNOWN)
                .setOriginCountry(country)
                .setOriginBloc(Origins.bloc(country))
                .setReleasedAt(releasedAt)
                .setDateBasis(DateBasis.PUBLICATION)
                .setMonth(HubReleases.month(releasedAt))
                .setHubCreatedAt(null)
                .setCreatedAtIsPlaceholder(false)
                .setPublicationDate(row.getPublicationDate())
                .setLastModified(null)
                .setPipelineTag(null)
                .setLibraryName(null)
                .setTags(List.of())
                .setLicense(null)
                .setOpenness(OpennessClassifier.ofEpochAccessibility(row.getAccessibility()))
                .setGated(false)
                .setParameterCount(parameters)
                .setSizeClass(SizeClasses.of(parameters))
                .setRelation(derived ? LineageRelation.FINETUNE : LineageRelation.BASE)
                .setBaseModels(derived ? List.of(row.getBaseModel().trim()) : List.of())
                .setBaseOrganizationId(null)
                .setBaseOriginCountry(derived ? Origins.UNKNOWN : null)
                .setBaseOriginBloc(derived ? Bloc.UNKNOWN : null)
                .setEpochModel(row.getModel())
                .setEpochMatch(EpochMatcher.EPOCH_ONLY)
                .setModality(modality == null ? null : modality.name())
                .setUpdatedAt(releasedAt)
                .build();
    }
}
