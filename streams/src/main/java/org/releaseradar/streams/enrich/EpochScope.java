package org.releaseradar.streams.enrich;

import java.util.Locale;
import org.releaseradar.schemas.avro.EpochModel;

/**
 * Which Epoch rows that match no Hub repo are releases of their own.
 *
 * <p>The default is {@link #OPEN_WEIGHTS}: Radar counts open model releases, and the Hub side can
 * only ever show open weights, so adding Epoch's API-only and unreleased models would inflate an
 * origin's count with releases the Hub side can never have.
 */
public enum EpochScope {
    /** Rows Epoch marks as open weights ('Open model weights?' = Yes, or an 'Open weights (...)' accessibility). */
    OPEN_WEIGHTS {
        @Override
        boolean includes(EpochModel row) {
            if (Boolean.TRUE.equals(row.getOpenWeights())) {
                return true;
            }
            String access = row.getAccessibility();
            return access != null && access.toLowerCase(Locale.ROOT).startsWith("open weights");
        }
    },
    /** Every row, closed ones included (their openness is CLOSED). */
    ALL {
        @Override
        boolean includes(EpochModel row) {
            return true;
        }
    };

    abstract boolean includes(EpochModel row);
}
