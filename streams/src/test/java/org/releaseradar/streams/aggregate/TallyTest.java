package org.releaseradar.streams.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class TallyTest {

    private final Tally qwen = Tally.builder()
            .add(Measure.RELEASES_BY_RELATION, "BASE", 1)
            .add(Measure.RELEASES_BY_ORG, "alibaba", 1)
            .add(Measure.DOWNLOADS_ALL_TIME, Tally.SCALAR, 1_000)
            .build();

    @Test
    void subtractingWhatWasAddedLeavesNothing() {
        Tally other = Tally.builder().add(Measure.RELEASES_BY_ORG, "deepseek", 1).add(Measure.DOWNLOADS_ALL_TIME, Tally.SCALAR, 5).build();

        assertThat(qwen.plus(other).minus(qwen)).isEqualTo(other);
        assertThat(qwen.plus(other).minus(other).minus(qwen).isEmpty()).isTrue();
        assertThat(qwen.minus(qwen)).isEqualTo(Tally.EMPTY);
    }

    @Test
    void zeroCountersAreDroppedSoEqualSumsAreEqualTallies() {
        Tally withZero = Tally.builder().add(Measure.NEWS_ARTICLES, Tally.SCALAR, 0).add(Measure.RELEASES_BY_ORG, "a", 1).build();

        assertThat(withZero.counts()).containsOnlyKeys(Measure.RELEASES_BY_ORG);
        assertThat(withZero.members(Measure.NEWS_ARTICLES)).isEmpty();
    }

    @Test
    void mostFrequentBreaksTiesAlphabetically() {
        Tally names = Tally.builder().add(Measure.ORG_NAMES, "Zhipu", 2).add(Measure.ORG_NAMES, "Z.ai", 2).add(Measure.ORG_NAMES, "A", 1).build();

        assertThat(names.mostFrequent(Measure.ORG_NAMES)).contains("Z.ai");
        assertThat(Tally.EMPTY.mostFrequent(Measure.ORG_NAMES)).isEmpty();
    }

    @Test
    void tallyAndContributionsSurviveTheirSerdes() {
        Tally delta = qwen.minus(Tally.builder().add(Measure.DOWNLOADS_ALL_TIME, Tally.SCALAR, 1_500).build());
        Contributions contributions = new Contributions(Map.of("CN|2025-07", qwen, "UNKNOWN|2025-07", delta));

        byte[] tallyBytes = TallySerdes.tally().serializer().serialize("t", delta);
        byte[] contributionBytes = TallySerdes.contributions().serializer().serialize("t", contributions);

        assertThat(TallySerdes.tally().deserializer().deserialize("t", tallyBytes)).isEqualTo(delta);
        assertThat(TallySerdes.contributions().deserializer().deserialize("t", contributionBytes)).isEqualTo(contributions);
        assertThat(TallySerdes.tally().serializer().serialize("t", null)).isNull();
    }

    @Test
    void anUnknownStateFormatIsRefusedNotMisread() {
        byte[] bytes = TallySerdes.tally().serializer().serialize("t", qwen);
        bytes[0] = 9;

        assertThatThrownBy(() -> TallySerdes.tally().deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("format 9");
    }
}
