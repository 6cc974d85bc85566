package org.releaseradar.cli.bench.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.releaseradar.connectors.orgs.OrgCsvParser;
import org.releaseradar.connectors.orgs.OrgRow;
import org.releaseradar.schemas.avro.Organization;

/**
 * The org registry the generator draws authors from: the same {@code data/orgs.csv} parsed by the same
 * parser as the org registry connector, so the organisations the bench loads into {@code radar.orgs}
 * are exactly the ones its snapshots name.
 *
 * @param organizations one record per namespace, in file order (the registry lists the big labs first,
 *                      which makes file order a fair Zipf rank)
 */
public record Registry(List<Organization> organizations) {

    public Registry {
        organizations = List.copyOf(organizations);
        if (organizations.isEmpty()) {
            throw new IllegalArgumentException("the org registry has no namespaces");
        }
    }

    public static Registry read(Path csv) throws IOException {
        List<Organization> records = new ArrayList<>();
        for (OrgRow row : new OrgCsvParser().parse(Files.readAllBytes(csv))) {
            if (!row.isRejected()) {
                records.addAll(row.records());
            }
        }
        return new Registry(records);
    }

    public List<String> namespaces() {
        return organizations.stream().map(o -> o.getNamespace().toString()).toList();
    }
}
