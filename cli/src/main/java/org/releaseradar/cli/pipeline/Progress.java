package org.releaseradar.cli.pipeline;

import java.util.List;
import java.util.Map;

/**
 * One look at the running pipeline.
 *
 * @param topicEnds       end offset (summed over partitions) of every topic: records so far, plus
 *                        transaction markers on the topics the streams applications write
 * @param groupLags       per consumer group (streams applications, sinks), records it has not yet
 *                        committed past; {@link Long#MAX_VALUE} when unknown
 * @param reads           every expected source read and what became of it
 * @param failures        connectors or tasks that are FAILED, and streams applications in ERROR
 * @param streamsRunning  every streams application is RUNNING (not starting, not rebalancing)
 */
public record Progress(Map<String, Long> topicEnds, Map<String, Long> groupLags, List<SourceRead> reads,
                       List<String> failures, boolean streamsRunning) {

    public Progress {
        topicEnds = Map.copyOf(topicEnds);
        groupLags = Map.copyOf(groupLags);
        reads = List.copyOf(reads);
        failures = List.copyOf(failures);
    }

    /** What became of one expected read. */
    public record SourceRead(SourcePlan.ExpectedRead expected, State state, String failure) {
        public enum State { PENDING, READ, FAILED }
    }

    public long readsDone() {
        return reads.stream().filter(r -> r.state() != SourceRead.State.PENDING).count();
    }

    public boolean allSourcesRead() {
        return readsDone() == reads.size();
    }

    public List<SourceRead> failedReads() {
        return reads.stream().filter(r -> r.state() == SourceRead.State.FAILED).toList();
    }

    public boolean lagZero() {
        return !groupLags.isEmpty() && groupLags.values().stream().allMatch(l -> l == 0);
    }

    public long topic(String name) {
        return topicEnds.getOrDefault(name, 0L);
    }
}
