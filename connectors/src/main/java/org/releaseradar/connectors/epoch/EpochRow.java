package org.releaseradar.connectors.epoch;

import org.releaseradar.schemas.avro.EpochModel;

/**
 * One data row of the Epoch CSV: a model, or a rejection with the row re-encoded as CSV.
 * Exactly one of {@code model} and {@code reason} is set.
 */
public record EpochRow(EpochModel model, byte[] original, String reason) {

    static EpochRow of(EpochModel model, byte[] original) {
        return new EpochRow(model, original, null);
    }

    static EpochRow rejected(byte[] original, String reason) {
        return new EpochRow(null, original, reason);
    }

    public boolean isRejected() {
        return reason != null;
    }
}
