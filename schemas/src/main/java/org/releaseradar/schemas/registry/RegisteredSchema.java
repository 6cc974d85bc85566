package org.releaseradar.schemas.registry;

import org.apache.avro.Schema;

/** One version of a subject: its version number, the schema's global id, and the schema. */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {
}
