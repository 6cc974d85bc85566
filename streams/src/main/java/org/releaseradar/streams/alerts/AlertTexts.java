package org.releaseradar.streams.alerts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** How numbers, dates and licenses read in alert titles and texts; one place so every rule reads alike. */
public final class AlertTexts {

    private static final java.util.regex.Pattern HUB_REPO_ID = java.util.regex.Pattern.compile("[\\w.-]+/[\\w.-]+");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Map<String, String> LICENSE_NAMES = Map.of(
            "mit", "MIT", "apache-2.0", "Apache-2.0", "bsd-3-clause", "BSD-3-Clause", "gpl-3.0", "GPL-3.0",
            "cc-by-4.0", "CC-BY-4.0", "cc-by-nc-4.0", "CC-BY-NC-4.0");

    private AlertTexts() {
    }

    /** 1234567 -> "1,234,567". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 685_000_000_000 -> "685B", 7_615_616_512 -> "7.6B", 494_000_000 -> "494M". */
    public static String parameters(long n) {
        if (n >= 1_000_000_000_000L) {
            return scaled(n / 1e12) + "T";
        }
        if (n >= 1_000_000_000L) {
            return scaled(n / 1e9) + "B";
        }
        if (n >= 1_000_000L) {
            return scaled(n / 1e6) + "M";
        }
        return count(n);
    }

    private static String scaled(double v) {
        if (v >= 100) {
            return String.valueOf(Math.round(v));
        }
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** "mit" -> "MIT license"; ids we have no display name for are shown as the registry id. */
    public static String license(String id) {
        return LICENSE_NAMES.getOrDefault(id, id) + " license";
    }

    public static String date(Instant t) {
        return DATE.format(t);
    }

    public static String minute(Instant t) {
        return MINUTE.format(t);
    }

    /** The Hub page of a repo or namespace. */
    public static String hubUrl(String repoOrNamespace) {
        return "https://huggingface.co/" + repoOrNamespace;
    }

    /**
     * Whether {@code id} is a Hub repo id ({@code namespace/name}); an Epoch-only release is named by
     * Epoch's model name (e.g. "Qwen3-235B-A22B (Jul 2025)"), which has no Hub page to link to.
     */
    public static boolean isHubRepoId(String id) {
        return id != null && HUB_REPO_ID.matcher(id).matches();
    }
}
