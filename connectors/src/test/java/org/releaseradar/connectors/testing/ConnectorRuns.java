package org.releaseradar.connectors.testing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.releaseradar.stack.LocalStack;

/** What the connector ITs share: a base connector configuration on unique topics, header access. */
public final class ConnectorRuns {

    private ConnectorRuns() {
    }

    /** A unique topic name, so tests never read each other's records. */
    public static String uniqueTopic(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, String> baseConfig(LocalStack stack, Class<?> connector, String topic, String dlqTopic) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", connector.getName());
        config.put("tasks.max", "1");
        config.put("topic", topic);
        config.put("dlq.topic", dlqTopic);
        config.put("schema.registry.url", stack.schemaRegistryUrl());
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.put("http.retry.max.attempts", "2");
        config.put("http.retry.backoff.ms", "50");
        return config;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
