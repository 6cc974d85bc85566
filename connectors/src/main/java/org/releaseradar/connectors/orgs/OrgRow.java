package org.releaseradar.connectors.orgs;

import java.util.List;
import org.releaseradar.schemas.avro.Organization;

/**
 * One registry row: its records (one per namespace), or a rejection. {@code original} is the row
 * re-encoded as CSV, for the dead-letter topic; {@code orgId} may be null on a rejected row.
 * {@code namespaces} are the row's namespaces in lower case as written, also on a rejected row: a
 * row that turns invalid keeps its last good records instead of being forgotten.
 */
public record OrgRow(String orgId, List<String> namespaces, List<Organization> records, byte[] original,
                     String reason) {

    public OrgRow {
        namespaces = List.copyOf(namespaces);
        records = List.copyOf(records);
    }

    static OrgRow of(String orgId, List<String> namespaces, List<Organization> records, byte[] original) {
        return new OrgRow(orgId, namespaces, records, original, null);
    }

    static OrgRow rejected(String orgId, List<String> namespaces, byte[] original, String reason) {
        return new OrgRow(orgId, namespaces, List.of(), original, reason);
    }

    public boolean isRejected() {
        return reason != null;
    }
}
