package org.releaseradar.streams.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSource;
import org.releaseradar.schemas.avro.Severity;

/**
 * Rule kind {@code watched-release}: a new mainline release (relation BASE) by a watched organisation or from a
 * watched origin. Fires once per release (id = hash(rule, repo_id)); later snapshots of the same release (downloads
 * changing) carry the same id and are stopped by {@link FireOnce}.
 *
 * @param maxAgeDays only releases first seen at most this many days after their release time count as new (so a
 *                   first run over years of history does not announce every old model); 0 = no limit. Measured
 *                   as updated_at - released_at, both event times, so replays decide the same way; an Epoch-only
 *                   release (updated_at = released_at) is measured from its record time, when its row was read.
 */
public record WatchedReleaseRule(String id, Severity severity, Set<String> organizations, Set<String> origins,
                                 long maxAgeDays) implements AlertRule {

    static WatchedReleaseRule parse(RuleEntry entry) {
        WatchedReleaseRule rule = new WatchedReleaseRule(entry.id(), entry.severity(), entry.texts("organizations"),
                entry.texts("origins"), entry.number("max_age_days", 0, 0));
        if (rule.organizations.isEmpty() && rule.origins.isEmpty()) {
            throw entry.problem("watch at least one of 'organizations' (org_ids) or 'origins' (ISO country codes)");
        }
        return rule;
    }

    @Override
    public RuleKind kind() {
        return RuleKind.WATCHED_RELEASE;
    }

    @Override
    public KStream<String, Alert> build(AlertInputs inputs) {
        return inputs.releases()
                .processValues(() -> new FixedKeyProcessor<String, ModelRelease, ModelRelease>() {
                    private FixedKeyProcessorContext<String, ModelRelease> context;

                    @Override
                    public void init(FixedKeyProcessorContext<String, ModelRelease> context) {
                        this.context = context;
                    }

                    @Override
                    public void process(FixedKeyRecord<String, ModelRelease> record) {
                        if (matches(record.value(), Instant.ofEpochMilli(record.timestamp()))) {
                            context.forward(record);
                        }
                    }
                }, Named.as("alerts-" + id + "-match"))
                .mapValues(this::alert, Named.as("alerts-" + id + "-alert"))
                .process(new FireOnce(id), Named.as("alerts-" + id + "-once"));
    }

    /** @param recordTime the input record's time: when an Epoch-only release was read (it has no poll time) */
    boolean matches(ModelRelease release, Instant recordTime) {
        if (release.getRelation() != LineageRelation.BASE || !watched(release)) {
            return false;
        }
        Duration seenAfter = Duration.between(release.getReleasedAt(), seenAt(release, recordTime));
        return maxAgeDays == 0 || seenAfter.compareTo(Duration.ofDays(maxAgeDays)) <= 0;
    }

    /**
     * When Radar saw the release: the snapshot's poll time (updated_at) for a Hub release; the record time for an
     * Epoch-only release, whose updated_at is its publication date (so every old Epoch row would look brand new).
     */
    private static Instant seenAt(ModelRelease release, Instant recordTime) {
        return release.getSource() == ModelSource.EPOCH ? recordTime : release.getUpdatedAt();
    }

    private boolean watched(ModelRelease release) {
        return watchedOrganization(release) || origins.contains(release.getOriginCountry());
    }

    /** Null-safe: immutable sets throw on contains(null), and unregistered namespaces have no org id. */
    private boolean watchedOrganization(ModelRelease release) {
        return release.getOrganizationId() != null && organizations.contains(release.getOrganizationId());
    }

    private Alert alert(ModelRelease release) {
        String publisher = release.getOrganizationName() != null ? release.getOrganizationName()
                : release.getAuthor() != null ? release.getAuthor() : release.getRepoId();
        List<String> details = new ArrayList<>();
        if (release.getParameterCount() != null) {
            details.add(AlertTexts.parameters(release.getParameterCount()) + " parameters");
        }
        if (release.getLicense() != null) {
            details.add(AlertTexts.license(release.getLicense()));
        }
        String text = publisher + " (" + release.getOriginCountry() + ") released " + release.getRepoId()
                + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")")
                + " on " + AlertTexts.date(release.getReleasedAt())
                + "; it is a mainline release counted in " + release.getMonth()
                + " and had " + AlertTexts.count(release.getDownloadsAllTime()) + " downloads when first seen"
                + " (watched " + (watchedOrganization(release) ? "organisation " + release.getOrganizationId()
                        : "origin " + release.getOriginCountry()) + ").";

        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("repo_id", release.getRepoId());
        facts.put("organization", String.valueOf(release.getOrganizationId()));
        facts.put("organization_name", publisher);
        facts.put("origin", release.getOriginCountry());
        facts.put("month", release.getMonth());
        facts.put("released_at", release.getReleasedAt().toString());
        facts.put("downloads_all_time", Long.toString(release.getDownloadsAllTime()));
        facts.put("size_class", release.getSizeClass().name());
        if (release.getParameterCount() != null) {
            facts.put("parameter_count", Long.toString(release.getParameterCount()));
        }
        if (release.getLicense() != null) {
            facts.put("license", release.getLicense());
        }
        facts.put("matched_by", watchedOrganization(release) ? "organization" : "origin");

        return Alert.newBuilder()
                .setId(AlertIds.of(id, release.getRepoId()))
                .setRule(id).setSeverity(severity)
                .setTitle(publisher + " released " + release.getRepoId())
                .setText(text).setFacts(facts)
                .setLinks(release.getSource() == ModelSource.HUGGING_FACE ? List.of(AlertTexts.hubUrl(release.getRepoId())) : List.of())
                .setOrigin(release.getOriginCountry()).setOrganization(release.getOrganizationId()).setMonth(release.getMonth())
                .setCreatedAt(release.getReleasedAt())
                .build();
    }
}
