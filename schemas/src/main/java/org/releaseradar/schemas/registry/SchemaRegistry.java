package org.releaseradar.schemas.registry;

import java.util.List;
import org.apache.avro.Schema;

/**
 * The operations of a Confluent-protocol schema registry that Radar uses.
 *
 * <p>Production code talks to a real registry through {@link HttpSchemaRegistry}; unit tests use the
 * in-memory implementation from this module's test-jar. Every method throws a
 * {@link SchemaRegistryException} (or a subclass) when the registry refuses or cannot be reached.
 */
public interface SchemaRegistry {

    /**
     * Registers {@code schema} under {@code subject}, or finds it if already registered.
     *
     * @return the registry's global id of the schema
     * @throws IncompatibleSchemaException when the subject's compatibility rule rejects the schema
     */
    int register(String subject, Schema schema);

    /**
     * Finds the id of {@code schema} under {@code subject} without registering it.
     *
     * @throws SchemaNotFoundException when the subject does not exist or does not hold this schema
     */
    int idOf(String subject, Schema schema);

    /**
     * Fetches the schema with a global id.
     *
     * @throws SchemaNotFoundException when the registry knows no schema with this id
     */
    Schema getById(int id);

    /**
     * Fetches the latest version registered under {@code subject}.
     *
     * @throws SchemaNotFoundException when the subject does not exist
     */
    RegisteredSchema latest(String subject);

    /** All subjects, in the registry's order. */
    List<String> subjects();

    /**
     * The versions registered under {@code subject}, oldest first.
     *
     * @throws SchemaNotFoundException when the subject does not exist
     */
    List<Integer> versions(String subject);

    /**
     * Asks whether {@code schema} could be registered under {@code subject} as its next version.
     * A subject without versions accepts any schema.
     */
    CompatibilityResult testCompatibility(String subject, Schema schema);

    /** Sets the registry-wide default compatibility level. */
    void setCompatibility(CompatibilityLevel level);

    /** Sets the compatibility level of one subject, overriding the registry-wide default. */
    void setCompatibility(String subject, CompatibilityLevel level);
}
