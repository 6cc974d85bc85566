package org.releaseradar.streams.aggregate;

import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.ModelRelease;

/** What a release adds to its organisation's radar.stats.org-month row. */
final class OrgMonthContributions {

    private OrgMonthContributions() {
    }

    /**
     * Besides the counts, the organisation's name and origin are tallied too: while a registry correction is
     * being re-applied release by release, the row's releases disagree, and a count is what lets the row show the
     * majority now and exactly the new value once every release has been re-emitted.
     */
    static Contributions ofRelease(ModelRelease release) {
        Tally.Builder row = Tally.builder()
                .add(Measure.RELEASES_BY_RELATION, release.getRelation().name(), 1)
                .add(Measure.DOWNLOADS_ALL_TIME, Tally.SCALAR, release.getDownloadsAllTime())
                .add(Measure.ORIGIN_COUNTRIES, OriginMonthKey.normalCountry(release.getOriginCountry()), 1)
                .add(Measure.ORIGIN_BLOCS, release.getOriginBloc() == null ? Bloc.UNKNOWN.name() : release.getOriginBloc().name(), 1);
        if (release.getOrganizationName() != null) {
            row.add(Measure.ORG_NAMES, release.getOrganizationName(), 1);
        }
        return new Contributions.Builder()
                .add(OrgKey.rowKey(OrgKey.of(release), release.getMonth()), row.build())
                .build();
    }
}
