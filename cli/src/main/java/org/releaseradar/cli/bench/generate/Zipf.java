package org.releaseradar.cli.bench.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few organisations publish most
 * models, a long tail publishes a few each, as on the Hub. Inverse CDF by binary search, so a draw is
 * O(log n) and exactly reproducible from the random source.
 */
public final class Zipf {

    private final double[] cumulative;

    public Zipf(int n, double exponent) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive");
        }
        cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1.0 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
    }

    public int size() {
        return cumulative.length;
    }

    /** The probability of {@code rank}. */
    public double probability(int rank) {
        return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
    }

    public int draw(SplittableRandom random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        int rank = at >= 0 ? at : -at - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
