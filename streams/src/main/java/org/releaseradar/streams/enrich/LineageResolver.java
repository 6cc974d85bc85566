package org.releaseradar.streams.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.releaseradar.schemas.avro.LineageRelation;

/**
 * A Hub model's relation to its base model(s), from what the repo itself declares.
 *
 * <p>Order: the card's {@code base_model_relation}; else the relation in the first
 * {@code base_model:<relation>:<base>} tag; else, with a base declared but no relation anywhere,
 * FINETUNE (what the Hub itself assumes for plain weights on top of a base); no base -> BASE. A
 * relation string this schema does not name is OTHER (a derivative, never mainline). Bases come from
 * {@code cardData.base_model}, else from the {@code base_model:} tags.
 *
 * <p>Self-references are dropped (a repo naming itself as base is mainline if nothing else remains).
 * Cycles cannot loop: the stage never follows a base to its own base; it only looks the first base's
 * namespace up in the registry.
 */
public final class LineageResolver {

    private static final String TAG_PREFIX = "base_model:";

    /** What a repo's lineage resolves to; {@code bases} is empty exactly when relation is BASE. */
    public record Lineage(LineageRelation relation, List<String> bases) {

        public Lineage {
            bases = List.copyOf(bases);
        }

        /** Lower-case namespace of the first base, or null when there is none or it has no namespace. */
        public String firstBaseNamespace() {
            return bases.isEmpty() ? null : RepoIds.namespace(bases.get(0));
        }
    }

    private LineageResolver() {
    }

    public static Lineage resolve(String repoId, List<String> declaredBases, String declaredRelation, List<String> tags) {
        List<String> bases = withoutSelf(repoId, declaredBases);
        if (bases.isEmpty()) {
            bases = withoutSelf(repoId, basesFromTags(tags));
        }
        if (bases.isEmpty()) {
            return new Lineage(LineageRelation.BASE, List.of());
        }
        LineageRelation relation = parse(declaredRelation);
        if (relation == null) {
            relation = relationFromTags(tags);
        }
        return new Lineage(relation == null ? LineageRelation.FINETUNE : relation, bases);
    }

    /** Null for no relation; OTHER for one this schema does not name. */
    static LineageRelation parse(String relation) {
        if (relation == null || relation.isBlank()) {
            return null;
        }
        return switch (relation.trim().toLowerCase(Locale.ROOT)) {
            case "finetune" -> LineageRelation.FINETUNE;
            case "quantized" -> LineageRelation.QUANTIZED;
            case "adapter" -> LineageRelation.ADAPTER;
            case "merge" -> LineageRelation.MERGE;
            default -> LineageRelation.OTHER;
        };
    }

    private static LineageRelation relationFromTags(List<String> tags) {
        for (String tag : tags == null ? List.<String>of() : tags) {
            if (tag != null && tag.startsWith(TAG_PREFIX)) {
                String rest = tag.substring(TAG_PREFIX.length());
                int colon = rest.indexOf(':');
                if (colon > 0) {
                    return parse(rest.substring(0, colon));
                }
            }
        }
        return null;
    }

    private static List<String> basesFromTags(List<String> tags) {
        Set<String> bases = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            if (tag != null && tag.startsWith(TAG_PREFIX)) {
                String rest = tag.substring(TAG_PREFIX.length());
                int colon = rest.indexOf(':');
                bases.add(colon >= 0 ? rest.substring(colon + 1) : rest);
            }
        }
        return new ArrayList<>(bases);
    }

    private static List<String> withoutSelf(String repoId, List<String> candidates) {
        Set<String> bases = new LinkedHashSet<>();
        for (String base : candidates == null ? List.<String>of() : candidates) {
            if (base != null && !base.isBlank() && !base.trim().equalsIgnoreCase(repoId)) {
                bases.add(base.trim());
            }
        }
        return new ArrayList<>(bases);
    }
}
