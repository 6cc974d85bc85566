package org.releaseradar.schemas.serde;

/** Confluent's TopicNameStrategy: a topic's values live under subject {@code <topic>-value}, its keys under {@code <topic>-key}. */
public final class Subjects {

    private Subjects() {
    }

    public static String forTopic(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
