package org.releaseradar.streams.aggregate;

import java.time.Instant;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.OrgMonthStats;

/** Turns an org-month row's tally into the published OrgMonthStats record. */
final class OrgMonthRow {

    private OrgMonthRow() {
    }

    static OrgMonthStats stats(String key, Tally tally, Instant updatedAt) {
        String org = OrgKey.orgOfRow(key);
        RelationCounts relations = RelationCounts.of(tally);
        boolean registered = OrgKey.isRegistered(org);
        return OrgMonthStats.newBuilder()
                .setOrg(org)
                .setOrganizationId(registered ? org : null)
                // Only a registered organisation has a name of its own: the UNKNOWN row gathers the Epoch-only releases
                // of any number of organisations (each with Epoch's spelling), and none of them names the row.
                .setOrganizationName(registered ? tally.mostFrequent(Measure.ORG_NAMES).orElse(null) : null)
                .setOriginCountry(tally.mostFrequent(Measure.ORIGIN_COUNTRIES).orElse(OriginMonthKey.UNKNOWN))
                .setOriginBloc(tally.mostFrequent(Measure.ORIGIN_BLOCS).map(Bloc::valueOf).orElse(Bloc.UNKNOWN))
                .setMonth(OrgKey.monthOfRow(key))
                .setMainlineReleases(relations.mainline())
                .setDerivatives(relations.derivatives())
                .setFinetunes(relations.finetunes())
                .setQuantized(relations.quantized())
                .setAdapters(relations.adapters())
                .setMerges(relations.merges())
                .setOtherDerivatives(relations.other())
                .setDownloadsAllTime(tally.scalar(Measure.DOWNLOADS_ALL_TIME))
                .setUpdatedAt(updatedAt)
                .build();
    }
}
