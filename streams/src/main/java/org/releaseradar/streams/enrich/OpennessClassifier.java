package org.releaseradar.streams.enrich;

import java.util.Locale;
import java.util.Set;
import org.releaseradar.schemas.avro.Openness;

/**
 * How open a Hub model is, from its license id, its gating and the registry. The rules, first match wins:
 *
 * <ol>
 *   <li>gated on the Hub -> GATED, whatever the license: the weights are behind an access request,
 *       so the most restrictive fact decides (Llama and Gemma repos are usually both).</li>
 *   <li>no license declared -> UNKNOWN.</li>
 *   <li>an OSI-approved license (apache-2.0, mit, bsd-*, gpl-*, mpl-2.0, …) from an organisation the
 *       settings mark as open source (open data and code too) -> OPEN_SOURCE.</li>
 *   <li>an OSI-approved license, or a no-use-restriction content license (cc-by-*, cc0-1.0, not
 *       "-nc") -> OPEN_WEIGHTS_PERMISSIVE. A license alone cannot tell whether data and code are open.</li>
 *   <li>any other license -> OPEN_WEIGHTS_RESTRICTED: on the Hub that is a model-specific license
 *       (llama*, gemma, qwen-research, 'other' with a custom name, openrail*) or a non-commercial
 *       one (cc-by-nc-*), all of which restrict use.</li>
 * </ol>
 */
public final class OpennessClassifier {

    static final Set<String> OSI_LICENSES = Set.of(
            "apache-2.0", "mit", "bsd-2-clause", "bsd-3-clause", "bsd-3-clause-clear", "isc", "zlib",
            "unlicense", "bsl-1.0", "mpl-2.0", "gpl-2.0", "gpl-3.0", "lgpl-2.1", "lgpl-3.0", "lgpl-lr",
            "agpl-3.0", "ecl-2.0", "afl-3.0", "artistic-2.0", "osl-3.0", "ms-pl", "upl-1.0", "postgresql", "ncsa");

    static final Set<String> UNRESTRICTED_CONTENT_LICENSES = Set.of(
            "cc-by-2.0", "cc-by-2.5", "cc-by-3.0", "cc-by-4.0", "cc-by-sa-3.0", "cc-by-sa-4.0", "cc0-1.0",
            "odc-by", "pddl");

    private OpennessClassifier() {
    }

    /**
     * @param license          the effective license id (the custom name when the card says 'other'), or null
     * @param gated            whether the Hub gates the download
     * @param orgIsOpenSource  whether the publishing organisation is marked as open source
     */
    public static Openness classify(String license, boolean gated, boolean orgIsOpenSource) {
        if (gated) {
            return Openness.GATED;
        }
        if (license == null || license.isBlank()) {
            return Openness.UNKNOWN;
        }
        String id = license.trim().toLowerCase(Locale.ROOT);
        if (OSI_LICENSES.contains(id)) {
            return orgIsOpenSource ? Openness.OPEN_SOURCE : Openness.OPEN_WEIGHTS_PERMISSIVE;
        }
        if (UNRESTRICTED_CONTENT_LICENSES.contains(id)) {
            return Openness.OPEN_WEIGHTS_PERMISSIVE;
        }
        return Openness.OPEN_WEIGHTS_RESTRICTED;
    }

    /** The license a release reports: the custom name when the card's license is 'other'. */
    public static String effectiveLicense(String license, String licenseName) {
        if (license == null || license.isBlank()) {
            return null;
        }
        String id = license.trim().toLowerCase(Locale.ROOT);
        if (id.equals("other") && licenseName != null && !licenseName.isBlank()) {
            return licenseName.trim().toLowerCase(Locale.ROOT);
        }
        return id;
    }

    /**
     * Openness of an Epoch-only model from Epoch's accessibility column: unrestricted open weights are
     * permissive; restricted-use and non-commercial are restricted; API, hosted and unreleased are closed.
     */
    public static Openness ofEpochAccessibility(String accessibility) {
        if (accessibility == null || accessibility.isBlank()) {
            return Openness.UNKNOWN;
        }
        String access = accessibility.trim().toLowerCase(Locale.ROOT);
        if (access.startsWith("open weights (unrestricted)")) {
            return Openness.OPEN_WEIGHTS_PERMISSIVE;
        }
        if (access.startsWith("open weights")) {
            return Openness.OPEN_WEIGHTS_RESTRICTED;
        }
        if (access.startsWith("api access") || access.startsWith("hosted access") || access.startsWith("unreleased")) {
            return Openness.CLOSED;
        }
        return Openness.UNKNOWN;
    }
}
