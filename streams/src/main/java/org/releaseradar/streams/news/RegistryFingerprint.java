package org.releaseradar.streams.news;

import java.util.List;
import org.releaseradar.schemas.avro.Organization;

/**
 * A cheap summary of the registry's content: record count and an order-independent hash of keys and values,
 * so an edit, an addition or a tombstone all change it.
 */
record RegistryFingerprint(int count, long hash) {

    static RegistryFingerprint of(List<Organization> records) {
        long hash = 0;
        for (Organization org : records) {
            // Summing per-record hashes keeps it independent of the store's iteration order.
            hash += 31L * org.getNamespace().hashCode() + org.hashCode();
        }
        return new RegistryFingerprint(records.size(), hash);
    }
}
