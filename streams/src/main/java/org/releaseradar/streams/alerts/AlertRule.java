package org.releaseradar.streams.alerts;

import java.time.Duration;
import org.apache.kafka.streams.kstream.KStream;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Severity;

/** One configured rule from the rules file: its id (unique, used in alert ids and store names) and its topology. */
public sealed interface AlertRule
        permits WatchedReleaseRule, OriginGapRule, DownloadsThresholdRule, NewsBurstRule, UnknownNamespaceRule {

    String id();

    Severity severity();

    RuleKind kind();

    /**
     * How long the rule's condition must hold, unchanged, before it fires (zero: at once). A run that
     * wants to report every alert its input causes waits at least this long after its data settled.
     */
    default Duration settle() {
        return Duration.ZERO;
    }

    /** Adds this rule's processors and stores; returns its alerts keyed by alert id, each id at most once. */
    KStream<String, Alert> build(AlertInputs inputs);
}
