package org.releaseradar.streams.alerts;

import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.releaseradar.schemas.avro.Alert;

/**
 * Lets each alert id through once and re-keys it by that id. The store (changelogged, so it survives restarts and
 * rebalances) remembers fired ids; updates and replays of the same input produce the same id and stop here.
 * Exact only when the upstream is partitioned by the alert's subject, which every rule arranges.
 */
final class FireOnce implements ProcessorSupplier<String, Alert, String, Alert> {

    private final String storeName;

    FireOnce(String ruleId) {
        this.storeName = "alerts-" + ruleId + "-fired";
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), Serdes.String(), Serdes.Long()));
    }

    @Override
    public Processor<String, Alert, String, Alert> get() {
        return new Processor<>() {
            private ProcessorContext<String, Alert> context;
            private KeyValueStore<String, Long> fired;

            @Override
            public void init(ProcessorContext<String, Alert> context) {
                this.context = context;
                this.fired = context.getStateStore(storeName);
            }

            @Override
            public void process(Record<String, Alert> record) {
                Alert alert = record.value();
                if (fired.get(alert.getId()) != null) {
                    return;
                }
                fired.put(alert.getId(), alert.getCreatedAt().toEpochMilli());
                context.forward(record.withKey(alert.getId()).withTimestamp(alert.getCreatedAt().toEpochMilli()));
            }
        };
    }
}
