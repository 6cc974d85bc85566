package org.releaseradar.cli.bench.report;

import java.util.Arrays;

/**
 * Percentiles of a sample by the nearest-rank method: the p-th percentile is the smallest value with at
 * least p% of the sample at or below it. No interpolation, so every figure reported is a latency that
 * was actually observed.
 */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(long[] values) {
        sorted = values.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** @param p in (0, 100]; throws on an empty sample */
    public long percentile(double p) {
        if (sorted.length == 0) {
            throw new IllegalStateException("no values");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public long max() {
        return percentile(100);
    }
}
