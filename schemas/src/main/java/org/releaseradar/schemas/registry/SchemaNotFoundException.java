package org.releaseradar.schemas.registry;

/** The registry does not know the requested subject, version or schema id (HTTP 404). */
public class SchemaNotFoundException extends SchemaRegistryException {

    public SchemaNotFoundException(String message) {
        super(message, 404);
    }
}
