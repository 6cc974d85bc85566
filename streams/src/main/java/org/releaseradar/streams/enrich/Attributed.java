package org.releaseradar.streams.enrich;

import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.Organization;

/**
 * A release between the joins, with the registry organisation it was attributed to (null when its
 * namespace is not in the registry), kept because Epoch matching compares Epoch's organisation names
 * with the organisation's aliases, which the release itself does not carry.
 */
record Attributed(ModelRelease release, Organization org) {
}
