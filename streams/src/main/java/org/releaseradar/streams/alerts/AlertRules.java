package org.releaseradar.streams.alerts;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.streams.StreamsSerdes;

/**
 * The alert stage: every configured rule reads radar.releases, radar.news or radar.stats.origin-month and writes
 * {@code Alert}s to radar.alerts keyed by their deterministic id. Each rule names its stores and internal topics
 * after its id, so adding or removing a rule leaves the state of the others in place.
 */
public final class AlertRules {

    private AlertRules() {
    }

    public static void build(StreamsBuilder builder, StreamsSerdes serdes, AlertSettings settings) {
        if (settings.rules().isEmpty()) {
            return;
        }
        AlertInputs inputs = new AlertInputs(builder, serdes);
        KStream<String, Alert> alerts = null;
        for (AlertRule rule : settings.rules()) {
            KStream<String, Alert> fired = rule.build(inputs);
            alerts = alerts == null ? fired : alerts.merge(fired, Named.as("alerts-merge-" + rule.id()));
        }
        alerts.to(Topics.ALERTS, Produced.with(serdes.key(), serdes.value(Alert.class)).withName("alerts-sink"));
    }
}
