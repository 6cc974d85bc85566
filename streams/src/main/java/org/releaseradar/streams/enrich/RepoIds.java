package org.releaseradar.streams.enrich;

import java.util.Locale;

/** The two halves of a Hub repo id 'namespace/name'. */
final class RepoIds {

    private RepoIds() {
    }

    /** Lower-case namespace, or null when the id has no '/' (such a repo's origin is UNKNOWN). */
    static String namespace(String repoId) {
        if (repoId == null) {
            return null;
        }
        int slash = repoId.indexOf('/');
        return slash <= 0 ? null : repoId.substring(0, slash).trim().toLowerCase(Locale.ROOT);
    }

    /** The part after the first '/', or the whole id when there is none. */
    static String name(String repoId) {
        return repoId.substring(repoId.indexOf('/') + 1);
    }

    /**
     * The registry key a snapshot is attributed by: the author when the Hub reports one, else the
     * repo id's namespace; null (origin UNKNOWN) when the repo id has no '/', because then the id
     * itself is malformed and an author alone is not trusted to attribute it.
     */
    static String attributionNamespace(String repoId, String author) {
        String fromId = namespace(repoId);
        if (fromId == null) {
            return null;
        }
        return author == null || author.isBlank() ? fromId : author.trim().toLowerCase(Locale.ROOT);
    }
}
