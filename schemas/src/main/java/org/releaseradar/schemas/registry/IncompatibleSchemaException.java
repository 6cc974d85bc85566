package org.releaseradar.schemas.registry;

/** The registry rejected a schema (HTTP 409) because it breaks the subject's compatibility rule with earlier versions. */
public class IncompatibleSchemaException extends SchemaRegistryException {

    public IncompatibleSchemaException(String message) {
        super(message, 409);
    }
}
