package org.releaseradar.connectors.elasticsearch.bulk;

/** A document's identity: at most one action per key is ever in flight, and a newer one waits for it. */
public record DocumentKey(String index, String id) {

    @Override
    public String toString() {
        return index + "/" + id;
    }
}
