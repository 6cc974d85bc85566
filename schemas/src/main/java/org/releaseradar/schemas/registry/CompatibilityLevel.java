package org.releaseradar.schemas.registry;

/** Compatibility levels of the Confluent protocol. BACKWARD: a new schema can read data written with the previous one. */
public enum CompatibilityLevel {
    NONE,
    BACKWARD,
    BACKWARD_TRANSITIVE,
    FORWARD,
    FORWARD_TRANSITIVE,
    FULL,
    FULL_TRANSITIVE
}
