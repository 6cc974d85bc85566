package org.releaseradar.cli.report;

import java.util.Map;

/** A fixed colour per origin, so CN is the same colour in every chart and every report. */
final class Palette {

    private static final Map<String, String> FIXED = Map.of(
            "CN", "#d62728", "US", "#1f77b4", "EU", "#e6b800", "OTHER", "#2ca02c", "UNKNOWN", "#9e9e9e",
            "FR", "#9467bd", "GB", "#17becf", "DE", "#8c564b", "AE", "#ff7f0e", "CA", "#e377c2");

    private static final String[] CYCLE = {
        "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#31a354", "#756bb1", "#636363",
        "#e6550d", "#969696", "#6baed6", "#fd8d3c", "#74c476", "#9e9ac8"};

    private Palette() {
    }

    static String colour(String origin) {
        String fixed = FIXED.get(origin);
        return fixed != null ? fixed : CYCLE[Math.floorMod(origin.hashCode(), CYCLE.length)];
    }
}
