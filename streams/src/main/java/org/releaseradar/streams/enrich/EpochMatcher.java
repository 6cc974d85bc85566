package org.releaseradar.streams.enrich;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.releaseradar.schemas.avro.EpochModel;
import org.releaseradar.schemas.avro.Organization;

/**
 * Tells which Epoch row, if any, names the same model as a Hub repo.
 *
 * <p>Both names are normalised (lower case, parenthesised remarks such as "(Jul 2025)" dropped, only
 * letters and digits kept) and compared; equal names are an {@code exact-name} match, names equal only
 * after stripping trailing variant suffixes (-Instruct, -Base, -Chat, -it, -hf, -pt) a
 * {@code name-without-suffix} match. Either also requires one of Epoch's organisations to equal, once
 * normalised, the repo's registry organisation (org id, display name with or without its parenthesis,
 * an alias or a namespace) or the repo's namespace. Among several fitting rows an exact match wins,
 * then the alphabetically first Epoch name, so the outcome never depends on arrival order.
 *
 * <p>Limits, on purpose: names spelt differently do not match ("Llama-3.1-405B" and "Llama 3.1-405B"
 * do; "Meta-Llama-3-8B" and "Llama 3-8B", or "Llama 4 Scout" and "Llama-4-Scout-17B-16E", do not), a Hub repo and an Epoch row of the same name by
 * different organisations never match, and community re-uploads (other namespaces) never match.
 */
public final class EpochMatcher {

    /** How a match was made, written to {@code ModelRelease.epoch_match}. */
    public static final String EXACT_NAME = "exact-name";
    public static final String NAME_WITHOUT_SUFFIX = "name-without-suffix";
    /** Marks a release built from an Epoch row alone. */
    public static final String EPOCH_ONLY = "epoch-only";

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern VARIANT_SUFFIX = Pattern.compile("[-_ .](instruct|base|chat|it|hf|pt)$");

    /** A fitting Epoch row and how it was matched. */
    public record Match(EpochModel epoch, String how) {
    }

    private EpochMatcher() {
    }

    /** Letters and digits of a name in lower case, without parenthesised remarks. */
    static String normalise(String name) {
        String lower = PARENTHESES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        return NOT_ALNUM.matcher(lower).replaceAll("");
    }

    /** The join key both sides meet on: the normalised name without variant suffixes. */
    public static String key(String name) {
        String lower = PARENTHESES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("").trim();
        String stripped = lower;
        while (true) {
            String next = VARIANT_SUFFIX.matcher(stripped).replaceAll("");
            if (next.equals(stripped) || next.isBlank()) {
                break;
            }
            stripped = next;
        }
        String key = NOT_ALNUM.matcher(stripped).replaceAll("");
        return key.isEmpty() ? normalise(name) : key;
    }

    /**
     * The Epoch row that names the same model as the repo, among the rows sharing its key.
     *
     * @param repoId     the Hub repo id
     * @param namespace  the repo's attribution namespace (lower case), or null
     * @param org        the repo's registry organisation, or null when not in the registry
     * @param candidates Epoch rows whose {@link #key} equals the repo name's key
     */
    public static Optional<Match> match(String repoId, String namespace, Organization org, List<EpochModel> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        String repoName = normalise(RepoIds.name(repoId));
        Set<String> orgNames = orgNames(namespace, org);
        return candidates.stream()
                .filter(row -> row.getOrganizations().stream().anyMatch(o -> orgNames.contains(normalise(o))))
                .map(row -> new Match(row, normalise(row.getModel()).equals(repoName) ? EXACT_NAME : NAME_WITHOUT_SUFFIX))
                .min(Comparator.comparing((Match m) -> m.how().equals(EXACT_NAME) ? 0 : 1)
                        .thenComparing(m -> m.epoch().getModel()));
    }

    private static Set<String> orgNames(String namespace, Organization org) {
        Set<String> names = new HashSet<>();
        if (namespace != null) {
            names.add(normalise(namespace));
        }
        if (org != null) {
            names.add(normalise(org.getOrgId()));
            names.add(normalise(org.getDisplayName()));
            names.add(NOT_ALNUM.matcher(org.getDisplayName().toLowerCase(Locale.ROOT)
                    .replaceAll("\\(.*", "")).replaceAll(""));
            org.getAliases().forEach(a -> names.add(normalise(a)));
            org.getNamespaces().forEach(n -> names.add(normalise(n)));
        }
        names.remove("");
        return names;
    }
}
