package org.releaseradar.streams.enrich;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.releaseradar.schemas.avro.SizeClass;

/**
 * Parameter counts and their size classes. The Hub's safetensors total is authoritative; repos
 * without it (GGUF, MLX, diffusers, …) usually state the size in their name.
 */
public final class SizeClasses {

    /**
     * A size token such as "8B", "70b", "1.5B", "125m" standing on its own between separators. The
     * look-behind rejects a letter or digit before it, so MoE active counts ("A3B" in "30B-A3B"),
     * Gemma's effective sizes ("E4B") and expert products ("8x7B") are not taken for the total.
     */
    private static final Pattern SIZE_IN_NAME =
            Pattern.compile("(?<![A-Za-z0-9.])(\\d+(?:\\.\\d+)?)([BbMm])(?![A-Za-z0-9])");

    private static final long BILLION = 1_000_000_000L;

    private SizeClasses() {
    }

    /** The first size token of the repo name (the part after '/'), or null when it states none. */
    public static Long parameterCountFromName(String repoId) {
        if (repoId == null) {
            return null;
        }
        String name = repoId.substring(repoId.indexOf('/') + 1);
        Matcher m = SIZE_IN_NAME.matcher(name);
        if (!m.find()) {
            return null;
        }
        BigDecimal number = new BigDecimal(m.group(1));
        long unit = Character.toLowerCase(m.group(2).charAt(0)) == 'b' ? BILLION : 1_000_000L;
        return number.multiply(BigDecimal.valueOf(unit)).longValue();
    }

    /** Safetensors total when known, else the size stated in the name, else null. */
    public static Long parameterCount(Long safetensorsTotal, String repoId) {
        if (safetensorsTotal != null && safetensorsTotal > 0) {
            return safetensorsTotal;
        }
        return parameterCountFromName(repoId);
    }

    public static SizeClass of(Long parameters) {
        if (parameters == null || parameters <= 0) {
            return SizeClass.UNKNOWN;
        }
        if (parameters < BILLION) {
            return SizeClass.TINY;
        }
        if (parameters < 10 * BILLION) {
            return SizeClass.SMALL;
        }
        if (parameters < 50 * BILLION) {
            return SizeClass.MEDIUM;
        }
        if (parameters < 200 * BILLION) {
            return SizeClass.LARGE;
        }
        return SizeClass.FRONTIER;
    }
}
