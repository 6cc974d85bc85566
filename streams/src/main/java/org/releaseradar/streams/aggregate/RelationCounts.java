package org.releaseradar.streams.aggregate;

import org.releaseradar.schemas.avro.LineageRelation;

/** Releases by lineage relation, read from a tally; mainline (BASE) and derivatives are counted apart. */
record RelationCounts(long mainline, long finetunes, long quantized, long adapters, long merges, long other) {

    static RelationCounts of(Tally tally) {
        return new RelationCounts(
                count(tally, LineageRelation.BASE),
                count(tally, LineageRelation.FINETUNE),
                count(tally, LineageRelation.QUANTIZED),
                count(tally, LineageRelation.ADAPTER),
                count(tally, LineageRelation.MERGE),
                count(tally, LineageRelation.OTHER));
    }

    long derivatives() {
        return finetunes + quantized + adapters + merges + other;
    }

    private static long count(Tally tally, LineageRelation relation) {
        return tally.count(Measure.RELEASES_BY_RELATION, relation.name());
    }
}
