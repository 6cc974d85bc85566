package org.releaseradar.streams.aggregate;

/**
 * Settings of the aggregation stage.
 *
 * @param topModels how many mainline models each origin-month row lists in top_models (the row keeps every
 *                  candidate, so this only trims what is published)
 */
public record AggregationSettings(int topModels) {

    public static final int DEFAULT_TOP_MODELS = 10;

    public AggregationSettings {
        if (topModels < 1) {
            throw new IllegalArgumentException("topModels must be at least 1, was " + topModels);
        }
    }

    public static AggregationSettings defaults() {
        return new AggregationSettings(DEFAULT_TOP_MODELS);
    }
}
