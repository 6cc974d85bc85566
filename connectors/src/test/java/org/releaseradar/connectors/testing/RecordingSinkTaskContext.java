package org.releaseradar.connectors.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;

/**
 * A sink task's view of its worker, for unit tests of a task without a worker: it records what the
 * task asked for (pauses, the put timeout) and the records it dead-lettered.
 */
public final class RecordingSinkTaskContext implements SinkTaskContext {

    /** A record the task handed to the errant record reporter, and why. */
    public record Reported(SinkRecord record, Throwable error) {
    }

    public final Set<TopicPartition> assignment = ConcurrentHashMap.newKeySet();
    public final Set<TopicPartition> paused = ConcurrentHashMap.newKeySet();
    public final List<Reported> reported = new CopyOnWriteArrayList<>();
    /** What {@link ErrantRecordReporter#report} returns: set an incomplete future to hold a report back. */
    public volatile Future<Void> reportResult = CompletableFuture.completedFuture(null);
    /** The reporter the task gets; null stands for a worker without a dead-letter queue. */
    public volatile ErrantRecordReporter reporter = (record, error) -> {
        reported.add(new Reported(record, error));
        return reportResult;
    };
    /** The last {@link #timeout} the task asked for, or -1. */
    public volatile long timeout = -1;

    public RecordingSinkTaskContext(TopicPartition... assigned) {
        assignment.addAll(List.of(assigned));
    }

    @Override
    public Map<String, String> configs() {
        return Map.of();
    }

    @Override
    public void offset(Map<TopicPartition, Long> offsets) {
    }

    @Override
    public void offset(TopicPartition tp, long offset) {
    }

    @Override
    public void timeout(long timeoutMs) {
        timeout = timeoutMs;
    }

    @Override
    public Set<TopicPartition> assignment() {
        return assignment;
    }

    @Override
    public void pause(TopicPartition... partitions) {
        paused.addAll(List.of(partitions));
    }

    @Override
    public void resume(TopicPartition... partitions) {
        List.of(partitions).forEach(paused::remove);
    }

    @Override
    public void requestCommit() {
    }

    @Override
    public ErrantRecordReporter errantRecordReporter() {
        return reporter;
    }

    @Override
    public PluginMetrics pluginMetrics() {
        return null;
    }
}
