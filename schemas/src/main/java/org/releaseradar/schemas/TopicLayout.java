package org.releaseradar.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Radar's topics with the cleanup policy DESIGN.md gives each, and their creation. Whoever starts
 * first (the streams application, `radar demo`, an operator) creates them, so a compacted topic is
 * never created by a producer's auto-creation with the broker's default policy, and Kafka Streams
 * finds every source topic it needs, including those another stage of the same app writes.
 */
public final class TopicLayout {

    /** One topic and how Kafka keeps it. */
    public record TopicSpec(String name, String cleanupPolicy) {
    }

    public static final List<TopicSpec> TOPICS = List.of(
            new TopicSpec(Topics.ORGS, TopicConfig.CLEANUP_POLICY_COMPACT),
            new TopicSpec(Topics.HF_MODELS, TopicConfig.CLEANUP_POLICY_DELETE),
            new TopicSpec(Topics.EPOCH_MODELS, TopicConfig.CLEANUP_POLICY_COMPACT),
            new TopicSpec(Topics.NEWS_RAW, TopicConfig.CLEANUP_POLICY_COMPACT),
            new TopicSpec(Topics.RELEASES, TopicConfig.CLEANUP_POLICY_COMPACT),
            new TopicSpec(Topics.NEWS, TopicConfig.CLEANUP_POLICY_COMPACT),
            new TopicSpec(Topics.STATS_ORIGIN_MONTH, TopicConfig.CLEANUP_POLICY_COMPACT),
            new TopicSpec(Topics.STATS_ORG_MONTH, TopicConfig.CLEANUP_POLICY_COMPACT),
            new TopicSpec(Topics.ALERTS, TopicConfig.CLEANUP_POLICY_COMPACT),
            new TopicSpec(Topics.DLQ, TopicConfig.CLEANUP_POLICY_DELETE));

    /** Snapshots are history (downloads over time): kept long, not forever. */
    private static final String SNAPSHOT_RETENTION_MS = Long.toString(365L * 24 * 3600 * 1000);

    private TopicLayout() {
    }

    /**
     * Creates whichever of Radar's topics do not exist yet; existing ones are left as they are.
     *
     * @return the names it created
     */
    public static List<String> ensure(Admin admin, int partitions, short replicationFactor)
            throws InterruptedException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = new ArrayList<>();
        for (TopicSpec spec : TOPICS) {
            if (!existing.contains(spec.name())) {
                Map<String, String> configs = spec.name().equals(Topics.HF_MODELS)
                        ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, spec.cleanupPolicy(),
                                TopicConfig.RETENTION_MS_CONFIG, SNAPSHOT_RETENTION_MS)
                        : Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, spec.cleanupPolicy());
                missing.add(new NewTopic(spec.name(), partitions, replicationFactor).configs(configs));
            }
        }
        List<String> created = new ArrayList<>();
        for (var entry : admin.createTopics(missing).values().entrySet()) {
            try {
                entry.getValue().get();
                created.add(entry.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e; // another process creating it at the same moment is fine; anything else is not
                }
            }
        }
        return created;
    }
}
