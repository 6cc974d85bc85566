package org.releaseradar.streams.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSource;
import org.releaseradar.schemas.avro.Severity;

/**
 * Rule kind {@code downloads-threshold}: a model's cumulative downloads reach a threshold. Fires once per model per
 * threshold (id = hash(rule, repo_id, threshold)). A store keyed by repo id (the input's partitioning) holds the
 * highest threshold already reached; when one snapshot jumps past several thresholds only the highest is announced
 * and the lower ones count as reached, so a first run over history does not send a ladder of alerts per model.
 *
 * @param thresholds   ascending, distinct
 * @param mainlineOnly true: derivatives (quantizations, fine-tunes…) never fire
 */
public record DownloadsThresholdRule(String id, Severity severity, List<Long> thresholds, boolean mainlineOnly)
        implements AlertRule {

    static DownloadsThresholdRule parse(RuleEntry entry) {
        return new DownloadsThresholdRule(entry.id(), entry.severity(), entry.numbers("thresholds", 1),
                entry.flag("mainline_only", true));
    }

    @Override
    public RuleKind kind() {
        return RuleKind.DOWNLOADS_THRESHOLD;
    }

    @Override
    public KStream<String, Alert> build(AlertInputs inputs) {
        return inputs.releases()
                .filter((repoId, r) -> !mainlineOnly || r.getRelation() == LineageRelation.BASE, Named.as("alerts-" + id + "-match"))
                .process(new Crossing(), Named.as("alerts-" + id + "-crossing"));
    }

    /** The highest threshold at or below {@code downloads}, or 0 when none is reached. */
    long reached(long downloads) {
        long reached = 0;
        for (long t : thresholds) {
            if (downloads >= t) {
                reached = t;
            }
        }
        return reached;
    }

    private final class Crossing implements ProcessorSupplier<String, ModelRelease, String, Alert> {

        private final String storeName = "alerts-" + id + "-reached";

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), Serdes.String(), Serdes.Long()));
        }

        @Override
        public Processor<String, ModelRelease, String, Alert> get() {
            return new Processor<>() {
                private ProcessorContext<String, Alert> context;
                private KeyValueStore<String, Long> reachedByRepo;

                @Override
                public void init(ProcessorContext<String, Alert> context) {
                    this.context = context;
                    this.reachedByRepo = context.getStateStore(storeName);
                }

                @Override
                public void process(Record<String, ModelRelease> record) {
                    ModelRelease release = record.value();
                    long reached = reached(release.getDownloadsAllTime());
                    Long before = reachedByRepo.get(release.getRepoId());
                    if (reached == 0 || (before != null && before >= reached)) {
                        return;
                    }
                    reachedByRepo.put(release.getRepoId(), reached);
                    Alert alert = alert(release, reached);
                    context.forward(new Record<>(alert.getId(), alert, alert.getCreatedAt().toEpochMilli()));
                }
            };
        }
    }

    private Alert alert(ModelRelease release, long threshold) {
        String publisher = release.getOrganizationName() != null ? release.getOrganizationName()
                : release.getAuthor() != null ? release.getAuthor() : "an unregistered publisher";
        String text = release.getRepoId() + " by " + publisher + " (" + release.getOriginCountry() + "), released on "
                + AlertTexts.date(release.getReleasedAt()) + ", had " + AlertTexts.count(release.getDownloadsAllTime())
                + " all-time downloads at the snapshot of " + AlertTexts.minute(release.getUpdatedAt())
                + ", reaching the " + AlertTexts.count(threshold) + " threshold"
                + (release.getSizeClass() == null ? "" : " (size class " + release.getSizeClass() + ")") + ".";

        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("repo_id", release.getRepoId());
        facts.put("threshold", Long.toString(threshold));
        facts.put("downloads_all_time", Long.toString(release.getDownloadsAllTime()));
        facts.put("organization", String.valueOf(release.getOrganizationId()));
        facts.put("origin", release.getOriginCountry());
        facts.put("month", release.getMonth());
        facts.put("released_at", release.getReleasedAt().toString());
        facts.put("size_class", release.getSizeClass().name());
        facts.put("relation", release.getRelation().name());

        return Alert.newBuilder()
                .setId(AlertIds.of(id, release.getRepoId(), Long.toString(threshold)))
                .setRule(id).setSeverity(severity)
                .setTitle(release.getRepoId() + " passed " + AlertTexts.count(threshold) + " downloads")
                .setText(text).setFacts(facts)
                .setLinks(release.getSource() == ModelSource.HUGGING_FACE ? List.of(AlertTexts.hubUrl(release.getRepoId())) : List.of())
                .setOrigin(release.getOriginCountry()).setOrganization(release.getOrganizationId()).setMonth(release.getMonth())
                .setCreatedAt(release.getUpdatedAt())
                .build();
    }
}
