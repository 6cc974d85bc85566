package org.releaseradar.streams;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.releaseradar.streams.aggregate.AggregationSettings;
import org.releaseradar.streams.aggregate.MonthlyAggregation;
import org.releaseradar.streams.alerts.AlertRules;
import org.releaseradar.streams.alerts.AlertSettings;
import org.releaseradar.streams.enrich.EnrichmentSettings;
import org.releaseradar.streams.enrich.ReleaseEnrichment;

/**
 * The whole application: every stage built into one {@code StreamsBuilder}, so one
 * {@code exactly_once_v2} application carries a snapshot from {@code radar.hf.models} through
 * {@code radar.releases} to the stats and alerts. Stages meet only at topics, as separate
 * applications would, which keeps each one testable on its own.
 */
public final class RadarTopology {

    /** What each stage is configured with. */
    public record Settings(EnrichmentSettings enrichment, AggregationSettings aggregation, AlertSettings alerts) {
    }

    private RadarTopology() {
    }

    public static Topology build(StreamsSerdes serdes, Settings settings, java.util.Properties streamsConfig) {
        StreamsBuilder builder = new StreamsBuilder();
        ReleaseEnrichment.build(builder, serdes, settings.enrichment());
        MonthlyAggregation.build(builder, serdes, settings.aggregation());
        AlertRules.build(builder, serdes, settings.alerts());
        return builder.build(streamsConfig);
    }
}
