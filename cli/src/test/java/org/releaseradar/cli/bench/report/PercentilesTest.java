package org.releaseradar.cli.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOnOneToAHundred() {
        Percentiles p = new Percentiles(LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());
        assertThat(p.percentile(50)).isEqualTo(50);
        assertThat(p.percentile(95)).isEqualTo(95);
        assertThat(p.percentile(99)).isEqualTo(99);
        assertThat(p.percentile(100)).isEqualTo(100);
        assertThat(p.percentile(0.5)).isEqualTo(1);
    }

    @Test
    void smallSamplesGiveObservedValuesNeverInterpolations() {
        Percentiles p = new Percentiles(new long[] {30, 10, 20});
        assertThat(p.percentile(50)).isEqualTo(20);
        assertThat(p.percentile(99)).isEqualTo(30);
        assertThat(p.percentile(33)).isEqualTo(10);
        assertThat(p.percentile(34)).isEqualTo(20);
        assertThat(new Percentiles(new long[] {7}).percentile(99)).isEqualTo(7);
    }

    @Test
    void theInputIsNotChangedAndBadArgumentsAreRefused() {
        long[] values = {3, 1, 2};
        new Percentiles(values);
        assertThat(values).containsExactly(3, 1, 2);
        assertThatThrownBy(() -> new Percentiles(new long[0]).percentile(50)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Percentiles(values).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(values).percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
