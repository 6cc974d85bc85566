package org.releaseradar.connectors.common.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a source is next due. Connect calls {@code poll()} in a loop; a task returns nothing until its
 * source is due, waiting at most {@link #MAX_WAIT} per call so the worker keeps control (offset
 * commits, pause, stop) between calls.
 */
public final class PollSchedule {

    static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private final Clock clock;
    private final Duration interval;
    private Instant next;

    public PollSchedule(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
        this.next = clock.instant();
    }

    public boolean isDue() {
        return !clock.instant().isBefore(next);
    }

    /** Marks a poll as done now; the next one is due one interval later. */
    public void polled() {
        next = clock.instant().plus(interval);
    }

    /** Time left until due, zero when due. */
    public Duration untilDue() {
        Duration left = Duration.between(clock.instant(), next);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Sleeps until the soonest of {@code schedules} is due, or {@link #MAX_WAIT}, whichever is sooner. */
    public static void awaitSoonest(Iterable<PollSchedule> schedules, StopSignal stop) throws InterruptedException {
        Duration wait = MAX_WAIT;
        for (PollSchedule schedule : schedules) {
            Duration left = schedule.untilDue();
            if (left.compareTo(wait) < 0) {
                wait = left;
            }
        }
        if (!wait.isZero()) {
            stop.sleep(wait);
        }
    }
}
