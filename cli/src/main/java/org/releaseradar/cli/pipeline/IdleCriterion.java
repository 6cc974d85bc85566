package org.releaseradar.cli.pipeline;

import java.util.Map;

/**
 * When a pipeline run is caught up and idle, from successive {@link Progress} looks taken about a second
 * apart. All of these must hold for {@value #QUIET_LOOKS} looks in a row:
 * <ol>
 *   <li>every source location was read at least once since the start (a full cycle of its connector,
 *       recorded by the task itself; a read that failed after its retries counts as done and is reported);</li>
 *   <li>every streams application is RUNNING and no connector or task FAILED;</li>
 *   <li>every consumer group — both streams applications and every sink — has committed up to the end
 *       of every partition it reads (a lag of one is a transaction marker, see {@link PipelineMonitor});</li>
 *   <li>no topic's end offset moved since the previous look (nothing is being written anywhere: not
 *       by the sources, the streams applications, their internal topics, nor the dead-letter queue).</li>
 * </ol>
 * Lag alone is not enough (a source may not have written yet, a streams application may not have
 * joined yet), and stable offsets alone are not enough (a slow consumer); together, repeated, they are.
 */
public final class IdleCriterion {

    public static final int QUIET_LOOKS = 3;

    private final int quietLooks;
    private Map<String, Long> previousEnds;
    private int quiet;

    public IdleCriterion() {
        this(QUIET_LOOKS);
    }

    /**
     * @param quietLooks how many idle looks in a row make the pipeline idle: more than {@value #QUIET_LOOKS}
     *                   when an alert rule fires only after its data held still for a while (its settle time)
     */
    public IdleCriterion(int quietLooks) {
        this.quietLooks = Math.max(1, quietLooks);
    }

    /** How many idle looks in a row (about a second apart) make the pipeline idle. */
    public int quietLooks() {
        return quietLooks;
    }

    /** Feeds one look; true once the pipeline has been idle for the configured number of looks in a row. */
    public boolean idleAfter(Progress look) {
        boolean stable = look.topicEnds().equals(previousEnds);
        previousEnds = look.topicEnds();
        boolean idle = look.allSourcesRead() && look.streamsRunning() && look.failures().isEmpty()
                && look.lagZero() && stable;
        quiet = idle ? quiet + 1 : 0;
        return quiet >= quietLooks;
    }

    /** The stage a look shows, for progress lines. */
    public static String stage(Progress look) {
        if (!look.failures().isEmpty()) {
            return "failing";
        }
        if (!look.allSourcesRead()) {
            return "reading sources";
        }
        if (!look.streamsRunning() || !look.lagZero()) {
            return "processing";
        }
        return "settling";
    }
}
