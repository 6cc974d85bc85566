package org.releaseradar.streams.alerts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.Severity;

/**
 * Rule kind {@code unknown-namespace}: a release under a Hub namespace missing from the org registry (origin UNKNOWN,
 * no organization_id) has at least {@code minDownloads} all-time downloads — a registry gap worth closing. Fires once
 * per namespace (id = hash(rule, author)), so the matching releases are re-partitioned by author first: two
 * repos of one namespace on different partitions would otherwise both fire.
 */
public record UnknownNamespaceRule(String id, Severity severity, long minDownloads) implements AlertRule {

    /** What crosses the repartition topic: only the figures the alert needs, as JSON (no registry subject). */
    record Hit(String author, String repoId, long downloadsAllTime, String month, long releasedAt, long updatedAt) {
    }

    static UnknownNamespaceRule parse(RuleEntry entry) {
        return new UnknownNamespaceRule(entry.id(), entry.severity(), entry.number("min_downloads_all_time", 1));
    }

    @Override
    public RuleKind kind() {
        return RuleKind.UNKNOWN_NAMESPACE;
    }

    @Override
    public KStream<String, Alert> build(AlertInputs inputs) {
        return inputs.releases()
                .filter((repoId, r) -> matches(r), Named.as("alerts-" + id + "-match"))
                .map((repoId, r) -> KeyValue.pair(r.getAuthor(), new Hit(r.getAuthor(), r.getRepoId(),
                        r.getDownloadsAllTime(), r.getMonth(), r.getReleasedAt().toEpochMilli(), r.getUpdatedAt().toEpochMilli())),
                        Named.as("alerts-" + id + "-by-author-key"))
                .repartition(Repartitioned.with(inputs.serdes().key(), new JsonSerde<>(Hit.class)).withName("alerts-" + id + "-by-author"))
                .mapValues(this::alert, Named.as("alerts-" + id + "-alert"))
                .process(new FireOnce(id), Named.as("alerts-" + id + "-once"));
    }

    boolean matches(ModelRelease release) {
        return "UNKNOWN".equals(release.getOriginCountry()) && release.getOrganizationId() == null
                && release.getAuthor() != null && release.getDownloadsAllTime() >= minDownloads;
    }

    private Alert alert(Hit hit) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("author", hit.author());
        facts.put("repo_id", hit.repoId());
        facts.put("downloads_all_time", Long.toString(hit.downloadsAllTime()));
        facts.put("threshold", Long.toString(minDownloads));
        facts.put("month", hit.month());
        facts.put("origin", "UNKNOWN");
        return Alert.newBuilder()
                .setId(AlertIds.of(id, hit.author()))
                .setRule(id).setSeverity(severity)
                .setTitle("Unregistered namespace " + hit.author() + " has a model with " + AlertTexts.count(hit.downloadsAllTime()) + " downloads")
                .setText(hit.repoId() + ", released on " + AlertTexts.date(Instant.ofEpochMilli(hit.releasedAt()))
                        + ", had " + AlertTexts.count(hit.downloadsAllTime()) + " all-time downloads (threshold "
                        + AlertTexts.count(minDownloads) + ") but its namespace '" + hit.author()
                        + "' is not in the org registry, so its releases count under origin UNKNOWN;"
                        + " add the namespace to data/orgs.csv to attribute them.")
                .setFacts(facts)
                .setLinks(List.of(AlertTexts.hubUrl(hit.repoId()), AlertTexts.hubUrl(hit.author())))
                .setOrigin("UNKNOWN").setOrganization(null).setMonth(hit.month())
                .setCreatedAt(Instant.ofEpochMilli(hit.updatedAt()))
                .build();
    }
}
