package org.releaseradar.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releaseradar.cli.pipeline.IdleCriterion;
import org.releaseradar.cli.pipeline.Progress;
import org.releaseradar.cli.pipeline.Progress.SourceRead;
import org.releaseradar.cli.pipeline.SourcePlan;

class IdleCriterionTest {

    private static final SourcePlan.ExpectedRead FEED = new SourcePlan.ExpectedRead("radar-feeds", "feeds", "http://f", "feed http://f");

    private static Progress look(SourceRead.State read, long lag, long end) {
        return new Progress(Map.of("radar.news.raw", end), Map.of("radar-streams", lag, "connect-radar-elasticsearch", 0L),
                List.of(new SourceRead(FEED, read, read == SourceRead.State.FAILED ? "refused" : null)), List.of(), true);
    }

    @Test
    void idleOnlyAfterThreeQuietLooksWithEverySourceReadAndNoLag() {
        IdleCriterion idle = new IdleCriterion();
        assertThat(idle.idleAfter(look(SourceRead.State.PENDING, 0, 0))).isFalse();
        assertThat(idle.idleAfter(look(SourceRead.State.READ, 5, 10))).isFalse();
        assertThat(idle.idleAfter(look(SourceRead.State.READ, 0, 10))).isFalse(); // first quiet look
        assertThat(idle.idleAfter(look(SourceRead.State.READ, 0, 10))).isFalse(); // second
        assertThat(idle.idleAfter(look(SourceRead.State.READ, 0, 10))).isTrue();  // third
    }

    @Test
    void aMovingTopicOrLagStartsTheCountAgain() {
        IdleCriterion idle = new IdleCriterion();
        idle.idleAfter(look(SourceRead.State.READ, 0, 10));
        idle.idleAfter(look(SourceRead.State.READ, 0, 10));
        assertThat(idle.idleAfter(look(SourceRead.State.READ, 0, 11))).isFalse();
        assertThat(idle.idleAfter(look(SourceRead.State.READ, 0, 11))).isFalse();
        assertThat(idle.idleAfter(look(SourceRead.State.READ, 1_000, 11))).isFalse();
        assertThat(idle.idleAfter(look(SourceRead.State.READ, 0, 11))).isFalse();
        assertThat(idle.idleAfter(look(SourceRead.State.READ, 0, 11))).isFalse();
        assertThat(idle.idleAfter(look(SourceRead.State.READ, 0, 11))).isTrue();
    }

    @Test
    void aFailedReadCountsAsDoneAndIsShown() {
        IdleCriterion idle = new IdleCriterion();
        Progress failed = look(SourceRead.State.FAILED, 0, 0);
        idle.idleAfter(failed); // the first look has nothing to compare its offsets with
        idle.idleAfter(failed);
        idle.idleAfter(failed);
        assertThat(idle.idleAfter(failed)).isTrue();
        assertThat(failed.failedReads()).hasSize(1);
    }

    @Test
    void aFailedConnectorOrAStreamsAppNotRunningIsNeverIdle() {
        IdleCriterion idle = new IdleCriterion();
        Progress broken = new Progress(Map.of(), Map.of("g", 0L), List.of(), List.of("connector x failed"), true);
        Progress rebalancing = new Progress(Map.of(), Map.of("g", 0L), List.of(), List.of(), false);
        for (int i = 0; i < 5; i++) {
            assertThat(idle.idleAfter(broken)).isFalse();
            assertThat(idle.idleAfter(rebalancing)).isFalse();
        }
        assertThat(IdleCriterion.stage(broken)).isEqualTo("failing");
        assertThat(IdleCriterion.stage(rebalancing)).isEqualTo("processing");
    }
}
