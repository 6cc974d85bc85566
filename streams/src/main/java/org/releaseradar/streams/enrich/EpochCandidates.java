package org.releaseradar.streams.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.releaseradar.schemas.avro.EpochModel;

/**
 * The Epoch rows sharing one {@link EpochMatcher#key}, sorted by model name so the state (and any
 * choice made from it) does not depend on the order the rows arrived in.
 */
public record EpochCandidates(List<EpochModel> rows) {

    public EpochCandidates {
        rows = List.copyOf(rows);
    }

    static EpochCandidates empty() {
        return new EpochCandidates(List.of());
    }

    EpochCandidates with(EpochModel row) {
        List<EpochModel> next = new ArrayList<>(without(row).rows());
        next.add(row);
        next.sort(Comparator.comparing(EpochModel::getModel));
        return new EpochCandidates(next);
    }

    EpochCandidates without(EpochModel row) {
        return new EpochCandidates(rows.stream().filter(r -> !r.getModel().equals(row.getModel())).toList());
    }
}
