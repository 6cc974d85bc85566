package org.releaseradar.streams.alerts;

import org.apache.kafka.streams.kstream.KStream;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Severity;

/** One configured rule from the rules file: its id (unique, used in alert ids and store names) and its topology. */
public sealed interface AlertRule
        permits WatchedReleaseRule, OriginGapRule, DownloadsThresholdRule, NewsBurstRule, UnknownNamespaceRule {

    String id();

    Severity severity();

    RuleKind kind();

    /** Adds this rule's processors and stores; returns its alerts keyed by alert id, each id at most once. */
    KStream<String, Alert> build(AlertInputs inputs);
}
