package org.releaseradar.streams.enrich;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.releaseradar.schemas.avro.DateBasis;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSource;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.avro.OrgKind;
import org.releaseradar.schemas.avro.Organization;

/**
 * Builds and completes the {@link ModelRelease} of a Hub snapshot, one join at a time.
 *
 * <p>Release time: {@code released_at} is the Hub's createdAt with date basis HUB_CREATED_AT. A repo
 * whose createdAt is the Hub's 2022-03-02T23:29:04Z placeholder keeps that value (so {@code month} is
 * still the month of {@code released_at}, "2022-03") but gets date basis UNKNOWN, which is what
 * aggregates must filter on; when such a repo matches an Epoch row with a publication date, that date
 * becomes released_at with basis PUBLICATION, as it is the only real date known. A matched repo with a
 * real createdAt keeps it (publication dates are for the Epoch-only models and kept in
 * {@code publication_date}). A snapshot without createdAt uses its poll time, basis UNKNOWN.
 *
 * <p>{@code updated_at} is the snapshot's poll time, also after a registry re-attribution: the join
 * cannot see wall-clock time without making the output depend on when it ran.
 */
final class HubReleases {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private HubReleases() {
    }

    /** The release of a snapshot attributed to its registry organisation (null when not in the registry). */
    static Attributed attribute(ModelSnapshot snapshot, Organization org, Set<String> openSourceOrgIds) {
        String repoId = snapshot.getRepoId();
        String namespace = RepoIds.attributionNamespace(repoId, snapshot.getAuthor());
        String author = snapshot.getAuthor() != null && !snapshot.getAuthor().isBlank()
                ? snapshot.getAuthor().trim().toLowerCase(Locale.ROOT) : RepoIds.namespace(repoId);
        String country = org == null ? Origins.UNKNOWN : Origins.countryOrUnknown(org.getCountry());
        Long parameters = SizeClasses.parameterCount(snapshot.getParameterCount(), repoId);
        String license = OpennessClassifier.effectiveLicense(snapshot.getLicense(), snapshot.getLicenseName());
        boolean gated = snapshot.getGated() != null && !snapshot.getGated().isBlank()
                && !snapshot.getGated().equalsIgnoreCase("false");
        boolean openSourceOrg = org != null && openSourceOrgIds.contains(org.getOrgId());
        LineageResolver.Lineage lineage = LineageResolver.resolve(repoId, snapshot.getBaseModels(),
                snapshot.getBaseModelRelation(), snapshot.getTags());
        Modality modality = Modality.ofPipelineTag(snapshot.getPipelineTag());

        Instant createdAt = snapshot.getCreatedAt();
        boolean placeholder = snapshot.getCreatedAtIsPlaceholder();
        Instant releasedAt = createdAt != null ? createdAt : snapshot.getPolledAt();
        DateBasis basis = createdAt != null && !placeholder ? DateBasis.HUB_CREATED_AT : DateBasis.UNKNOWN;

        ModelRelease release = ModelRelease.newBuilder()
                .setRepoId(repoId)
                .setSource(ModelSource.HUGGING_FACE)
                .setAuthor(author)
                .setOrganizationId(org == null ? null : org.getOrgId())
                .setOrganizationName(org == null ? null : org.getDisplayName())
                .setOrganizationKind(org == null ? OrgKind.UNKNOWN : org.getKind())
                .setOriginCountry(country)
                .setOriginBloc(Origins.bloc(country))
                .setReleasedAt(releasedAt)
                .setDateBasis(basis)
                .setMonth(MONTH.format(releasedAt))
                .setHubCreatedAt(createdAt)
                .setCreatedAtIsPlaceholder(placeholder)
                .setLastModified(snapshot.getLastModified())
                .setDownloads(snapshot.getDownloads())
                .setDownloadsAllTime(snapshot.getDownloadsAllTime())
                .setLikes(snapshot.getLikes())
                .setPipelineTag(snapshot.getPipelineTag())
                .setLibraryName(snapshot.getLibraryName())
                .setTags(List.copyOf(snapshot.getTags()))
                .setLicense(license)
                .setOpenness(OpennessClassifier.classify(license, gated, openSourceOrg))
                .setGated(gated)
                .setParameterCount(parameters)
                .setSizeClass(SizeClasses.of(parameters))
                .setRelation(lineage.relation())
                .setBaseModels(lineage.bases())
                .setBaseOrganizationId(null)
                .setBaseOriginCountry(null)
                .setBaseOriginBloc(null)
                .setEpochModel(null)
                .setUpdatedAt(snapshot.getPolledAt())
                .setModality(modality == null ? null : modality.name())
                .setEpochMatch(null)
                .build();
        return new Attributed(release, org);
    }

    /** The registry key of the first base's namespace, or null for a mainline release. */
    static String baseNamespace(Attributed attributed) {
        List<String> bases = attributed.release().getBaseModels();
        return bases.isEmpty() ? null : RepoIds.namespace(bases.get(0));
    }

    /** The release with its (first) base's organisation and origin; UNKNOWN origin when the base's namespace is not known. */
    static Attributed withBase(Attributed attributed, Organization baseOrg) {
        ModelRelease release = ModelRelease.newBuilder(attributed.release()).build();
        if (release.getRelation() == LineageRelation.BASE) {
            release.setBaseOrganizationId(null);
            release.setBaseOriginCountry(null);
            release.setBaseOriginBloc(null);
        } else {
            String country = baseOrg == null ? Origins.UNKNOWN : Origins.countryOrUnknown(baseOrg.getCountry());
            release.setBaseOrganizationId(baseOrg == null ? null : baseOrg.getOrgId());
            release.setBaseOriginCountry(country);
            release.setBaseOriginBloc(Origins.bloc(country));
        }
        return new Attributed(release, attributed.org());
    }

    /** The join key towards the Epoch candidates: the repo name's {@link EpochMatcher#key}. */
    static String epochKey(Attributed attributed) {
        return EpochMatcher.key(RepoIds.name(attributed.release().getRepoId()));
    }

    /** The final release, with the matching Epoch row's name and publication date when one fits. */
    static ModelRelease withEpoch(Attributed attributed, EpochCandidates candidates) {
        ModelRelease release = ModelRelease.newBuilder(attributed.release()).build();
        Optional<EpochMatcher.Match> match = EpochMatcher.match(release.getRepoId(),
                RepoIds.attributionNamespace(release.getRepoId(), release.getAuthor()), attributed.org(),
                candidates == null ? List.of() : candidates.rows());
        if (match.isEmpty()) {
            return release;
        }
        LocalDate published = match.get().epoch().getPublicationDate();
        release.setEpochModel(match.get().epoch().getModel());
        release.setEpochMatch(match.get().how());
        release.setPublicationDate(published);
        if (release.getDateBasis() == DateBasis.UNKNOWN && published != null) {
            Instant releasedAt = published.atStartOfDay(ZoneOffset.UTC).toInstant();
            release.setReleasedAt(releasedAt);
            release.setDateBasis(DateBasis.PUBLICATION);
            release.setMonth(MONTH.format(releasedAt));
        }
        return release;
    }

    static String month(Instant instant) {
        return MONTH.format(instant);
    }
}
