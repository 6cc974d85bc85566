package org.releaseradar.cli.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfTest {

    @Test
    void probabilitiesFallAsAPowerOfTheRankAndSumToOne() {
        Zipf zipf = new Zipf(100, 1.0);
        double sum = 0;
        for (int rank = 0; rank < 100; rank++) {
            sum += zipf.probability(rank);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(zipf.probability(0) / zipf.probability(1)).isCloseTo(2.0, within(1e-9));
        assertThat(zipf.probability(0) / zipf.probability(9)).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void drawsMatchTheProbabilities() {
        Zipf zipf = new Zipf(50, 1.1);
        SplittableRandom random = new SplittableRandom(7);
        int[] counts = new int[50];
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            counts[zipf.draw(random)]++;
        }
        for (int rank : new int[] {0, 1, 2, 9, 49}) {
            assertThat(counts[rank] / (double) n).as("rank %d", rank)
                    .isCloseTo(zipf.probability(rank), within(0.005));
        }
    }
}
