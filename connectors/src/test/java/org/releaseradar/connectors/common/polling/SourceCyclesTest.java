package org.releaseradar.connectors.common.polling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SourceCyclesTest {

    @AfterEach
    void forget() {
        SourceCycles.reset();
    }

    @Test
    void eachLocationKeepsItsLatestReadAndCountsThem() {
        SourceCycles.failed("feeds", "http://a", "connection refused");
        SourceCycles.succeeded("feeds", "http://b");
        SourceCycles.succeeded("feeds", "http://a");

        SourceCycles.Cycle a = SourceCycles.snapshot().get("feeds|http://a");
        assertThat(a.reads()).isEqualTo(2);
        assertThat(a.succeeded()).isTrue();
        assertThat(SourceCycles.snapshot()).hasSize(2);

        SourceCycles.failed("feeds", "http://b", null);
        assertThat(SourceCycles.snapshot().get("feeds|http://b").failure()).contains("unknown error");

        SourceCycles.reset();
        assertThat(SourceCycles.snapshot()).isEmpty();
    }
}
