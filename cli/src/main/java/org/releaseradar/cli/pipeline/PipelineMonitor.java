package org.releaseradar.cli.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.releaseradar.connectors.common.polling.SourceCycles;

/** Takes {@link Progress} looks at a running {@link Pipeline} through Kafka's admin API and the worker. */
public final class PipelineMonitor implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 15;

    private final Pipeline pipeline;
    private final Admin admin;

    public PipelineMonitor(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.admin = Admin.create(pipeline.settings().endpoints().kafkaClientConfig());
    }

    public Progress look() throws InterruptedException {
        try {
            Map<TopicPartition, Long> ends = ends(IsolationLevel.READ_UNCOMMITTED);
            Map<String, Long> topicEnds = new HashMap<>();
            ends.forEach((tp, end) -> topicEnds.merge(tp.topic(), end, Long::sum));
            Map<TopicPartition, Long> committedEnds = ends(IsolationLevel.READ_COMMITTED);
            Map<String, Long> lags = new HashMap<>();
            for (Map.Entry<String, List<String>> group : pipeline.consumerGroups().entrySet()) {
                lags.put(group.getKey(), lag(group.getKey(), group.getValue(), committedEnds));
            }
            return new Progress(topicEnds, lags, reads(), failures(), pipeline.streams().allRunning());
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("cannot read the pipeline's progress from Kafka at "
                    + pipeline.settings().endpoints().bootstrapServers() + ": " + cause.getMessage(), cause);
        }
    }

    private Map<TopicPartition, Long> ends(IsolationLevel isolation)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Set<String> topics = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (TopicDescription d : admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values()) {
            d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /**
     * Records {@code group} has not committed past. A partition one behind its committed end counts as caught
     * up: on the topics the streams applications write, the last offset is the transaction's commit
     * marker, which a consumer never commits past. With no commit at all yet, everything its input topics
     * hold is lag.
     */
    private long lag(String group, List<String> inputs, Map<TopicPartition, Long> committedEnds)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        if (committed.isEmpty()) {
            for (Map.Entry<TopicPartition, Long> e : committedEnds.entrySet()) {
                if (inputs.contains(e.getKey().topic())) {
                    lag += e.getValue();
                }
            }
            return lag;
        }
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            long behind = committedEnds.getOrDefault(e.getKey(), 0L) - e.getValue().offset();
            lag += behind > 1 ? behind : 0;
        }
        // A partition of an input topic the group has no commit for yet (it has not read it yet).
        for (Map.Entry<TopicPartition, Long> e : committedEnds.entrySet()) {
            if (inputs.contains(e.getKey().topic()) && !committed.containsKey(e.getKey()) && e.getValue() > 1) {
                lag += e.getValue();
            }
        }
        return lag;
    }

    private List<Progress.SourceRead> reads() {
        Map<String, SourceCycles.Cycle> cycles = SourceCycles.snapshot();
        List<Progress.SourceRead> reads = new ArrayList<>();
        for (SourcePlan.ExpectedRead expected : pipeline.settings().plan().expectedReads()) {
            Optional<SourceCycles.Cycle> cycle = cycles.values().stream()
                    .filter(c -> c.source().equals(expected.source()))
                    .filter(c -> expected.location() == null || c.location().equals(expected.location()))
                    .findFirst();
            if (cycle.isEmpty()) {
                reads.add(new Progress.SourceRead(expected, Progress.SourceRead.State.PENDING, null));
            } else if (cycle.get().succeeded()) {
                reads.add(new Progress.SourceRead(expected, Progress.SourceRead.State.READ, null));
            } else {
                reads.add(new Progress.SourceRead(expected, Progress.SourceRead.State.FAILED, cycle.get().failure().get()));
            }
        }
        return reads;
    }

    private List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (String connector : pipeline.connectors()) {
            pipeline.connect().failure(connector).ifPresent(failures::add);
        }
        pipeline.streams().states().forEach((id, state) -> {
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR) {
                failures.add("streams application " + id + " is in state " + state);
            }
        });
        return failures;
    }

    @Override
    public void close() {
        admin.close();
    }
}
