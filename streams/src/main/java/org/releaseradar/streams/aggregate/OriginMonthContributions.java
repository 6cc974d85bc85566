package org.releaseradar.streams.aggregate;

import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.NewsItem;

/** What a release or a news article adds to the radar.stats.origin-month rows. */
final class OriginMonthContributions {

    private OriginMonthContributions() {
    }

    /**
     * A release counts on its own origin's country row and bloc row (by relation, organisation, downloads, as a
     * top-model candidate when mainline). A derivative also counts on its base's origin rows, in
     * derivatives_by_base_origin ("who builds on this origin's models").
     */
    static Contributions ofRelease(ModelRelease release) {
        String month = release.getMonth();
        String own = OriginMonthKey.normalCountry(release.getOriginCountry());
        boolean mainline = release.getRelation() == LineageRelation.BASE;
        String baseOrigin = mainline ? null : OriginMonthKey.normalCountry(release.getBaseOriginCountry());
        long downloads = release.getDownloadsAllTime();

        Tally.Builder ownRow = Tally.builder()
                .add(Measure.RELEASES_BY_RELATION, release.getRelation().name(), 1)
                .add(Measure.RELEASES_BY_ORG, OrgKey.of(release), 1)
                .add(Measure.DOWNLOADS_ALL_TIME, Tally.SCALAR, downloads);
        if (mainline) {
            ownRow.add(Measure.MAINLINE_MODELS, release.getRepoId(), 1)
                    .add(Measure.MAINLINE_DOWNLOADS, release.getRepoId(), downloads);
        } else {
            ownRow.add(Measure.DERIVATIVES_BY_BASE_ORIGIN, baseOrigin, 1);
        }
        Tally ownTally = ownRow.build();

        Contributions.Builder rows = new Contributions.Builder()
                .add(OriginMonthKey.country(own, month).format(), ownTally);
        OriginMonthKey.bloc(release.getOriginBloc(), month).ifPresent(bloc -> rows.add(bloc.format(), ownTally));

        if (!mainline) {
            Tally onBase = Tally.builder().add(Measure.DERIVATIVES_BY_OWN_ORIGIN, own, 1).build();
            rows.add(OriginMonthKey.country(baseOrigin, month).format(), onBase);
            Bloc baseBloc = release.getBaseOriginBloc();
            OriginMonthKey.bloc(baseBloc, month).ifPresent(bloc -> rows.add(bloc.format(), onBase));
        }
        return rows.build();
    }

    /** An article counts once on each origin it mentions and once on each multi-country bloc, in its own month. */
    static Contributions ofArticle(NewsItem article) {
        Tally once = Tally.builder().add(Measure.NEWS_ARTICLES, Tally.SCALAR, 1).build();
        Contributions.Builder rows = new Contributions.Builder();
        article.getOrigins().stream()
                .map(origin -> OriginMonthKey.country(origin, article.getMonth()).format())
                .distinct()
                .forEach(row -> rows.add(row, once));
        article.getOriginBlocs().stream()
                .distinct()
                .forEach(bloc -> OriginMonthKey.bloc(bloc, article.getMonth()).ifPresent(key -> rows.add(key.format(), once)));
        return rows.build();
    }
}
