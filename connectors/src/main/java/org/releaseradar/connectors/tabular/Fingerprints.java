package org.releaseradar.connectors.tabular;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fingerprint last emitted for each row key of a tabular source (Epoch models, org-registry
 * namespaces). A row is emitted only when its fingerprint differs from the remembered one, so a
 * restart, a re-read of an unchanged document or a change elsewhere in the file emits nothing for
 * it. The connectors keep these in Connect source offsets; this class is the in-memory view.
 */
public final class Fingerprints {

    private final Map<String, String> byKey = new HashMap<>();

    public boolean isCurrent(String key, String fingerprint) {
        return fingerprint.equals(byKey.get(key));
    }

    public boolean knows(String key) {
        return byKey.containsKey(key);
    }

    public void put(String key, String fingerprint) {
        byKey.put(key, fingerprint);
    }

    public void remove(String key) {
        byKey.remove(key);
    }

    public Set<String> keys() {
        return Set.copyOf(byKey.keySet());
    }

    /** An immutable copy, e.g. to serve as a source offset. */
    public Map<String, String> snapshot() {
        return Map.copyOf(byKey);
    }
}
