package org.releaseradar.streams.aggregate;

import java.util.Locale;
import org.releaseradar.schemas.avro.ModelRelease;

/**
 * Who published a release, as one string: the registry's org_id when the namespace is registered, else
 * {@code ns:<namespace>} (the prefix keeps an unregistered namespace from colliding with an org_id of the same
 * spelling), else {@code UNKNOWN} (an Epoch-only model with no matched organisation). Used for the distinct
 * organisations of an origin-month and as the org part of the radar.stats.org-month key {@code org|yyyy-MM}.
 */
final class OrgKey {

    static final String NAMESPACE_PREFIX = "ns:";

    private OrgKey() {
    }

    static String of(ModelRelease release) {
        if (release.getOrganizationId() != null && !release.getOrganizationId().isBlank()) {
            return release.getOrganizationId();
        }
        if (release.getAuthor() != null && !release.getAuthor().isBlank()) {
            return NAMESPACE_PREFIX + release.getAuthor().toLowerCase(Locale.ROOT);
        }
        return OriginMonthKey.UNKNOWN;
    }

    static boolean isRegistered(String orgKey) {
        return !orgKey.startsWith(NAMESPACE_PREFIX) && !orgKey.equals(OriginMonthKey.UNKNOWN);
    }

    static String rowKey(String orgKey, String month) {
        return orgKey + "|" + month;
    }

    /** The org part of an org-month row key; org ids and namespaces never contain '|'. */
    static String orgOfRow(String rowKey) {
        return rowKey.substring(0, rowKey.lastIndexOf('|'));
    }

    static String monthOfRow(String rowKey) {
        return rowKey.substring(rowKey.lastIndexOf('|') + 1);
    }
}
