package org.releaseradar.connectors.elasticsearch.offsets;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Which offsets the task may commit: per partition, the offset after the last record of the
 * unbroken run of records that Elasticsearch acknowledged (or that reached the dead-letter queue).
 * Task thread only.
 */
public final class OffsetLedger {

    private final Map<TopicPartition, PartitionProgress> partitions = new HashMap<>();

    /**
     * Starts tracking {@code record}.
     *
     * @return its tracker, or null when that offset of its partition is tracked already (Connect
     *         delivered it again); the caller then skips it
     */
    public TrackedRecord track(SinkRecord record) {
        TopicPartition tp = RecordPosition.topicPartition(record);
        return partitions.computeIfAbsent(tp, PartitionProgress::new).track(RecordPosition.offset(record), record);
    }

    /**
     * The offsets to commit, for the partitions where some record is done. Never throws: a partition
     * whose dead-letter report failed stops before that record, and {@code onReportFailure} hears why.
     */
    public Map<TopicPartition, OffsetAndMetadata> committable(Consumer<ConnectException> onReportFailure) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (PartitionProgress progress : partitions.values()) {
            Long offset;
            try {
                offset = progress.advance();
            } catch (ExecutionException e) {
                onReportFailure.accept(new ConnectException("A rejected record of " + progress.topicPartition()
                        + " could not be written to the dead-letter queue, so its offset is not committed: "
                        + e.getCause().getMessage(), e.getCause()));
                offset = progress.committable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                offset = progress.committable();
            }
            if (offset != null) {
                offsets.put(progress.topicPartition(), new OffsetAndMetadata(offset));
            }
        }
        return offsets;
    }

    /** Records not yet committable: from each partition's first unfinished record on. */
    public int openRecords() {
        return partitions.values().stream().mapToInt(PartitionProgress::openCount).sum();
    }

    /**
     * Forgets {@code closed} partitions: their unfinished records are no longer wanted (the next
     * owner reads them again from the committed offset).
     */
    public void close(Collection<TopicPartition> closed) {
        for (TopicPartition tp : closed) {
            PartitionProgress progress = partitions.remove(tp);
            if (progress != null) {
                progress.close();
            }
        }
    }

    public void closeAll() {
        close(java.util.List.copyOf(partitions.keySet()));
    }
}
