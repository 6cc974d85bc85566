package org.releaseradar.connectors.orgs;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.releaseradar.schemas.Blocs;
import org.releaseradar.schemas.avro.Organization;

/**
 * Reads the org registry ({@code data/orgs.csv}, format in {@code data/README.md}) into one
 * {@link Organization} per Hugging Face namespace, keyed by the namespace in lower case.
 *
 * <p>A row is rejected, with the reason, when its {@code kind} is not a registry kind, its country
 * is not empty or two upper-case letters, it has no namespace, it has no org_id or name, or one of
 * its namespaces already belongs to an earlier row. {@code openness_policy} has no field in
 * {@code Organization} and is not carried.
 */
public final class OrgCsvParser {

    static final List<String> REQUIRED_COLUMNS = List.of("org_id", "name", "country", "kind", "namespaces",
            "aliases", "country_source");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final CsvMapper mapper = new CsvMapper();

    /** @throws IOException when the document is not CSV with the registry's header */
    public List<OrgRow> parse(byte[] csv) throws IOException {
        List<OrgRow> rows = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            CsvSchema columns = null;
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                if (columns == null) {
                    columns = (CsvSchema) it.getParserSchema();
                    for (String required : REQUIRED_COLUMNS) {
                        if (columns.column(required) == null) {
                            throw new IOException("the registry header has no '" + required + "' column");
                        }
                    }
                }
                byte[] original = mapper.writer(columns.withoutHeader()).writeValueAsBytes(new LinkedHashMap<>(row));
                rows.add(toRow(row, original, owners));
            }
        }
        return rows;
    }

    private static OrgRow toRow(Map<String, String> row, byte[] original, Map<String, String> owners) {
        String orgId = text(row.get("org_id"));
        String name = text(row.get("name"));
        String country = text(row.get("country"));
        String kindCode = text(row.get("kind"));
        List<String> namespaces = new ArrayList<>(new LinkedHashSet<>(
                list(row.get("namespaces")).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()));
        if (orgId == null || name == null) {
            return OrgRow.rejected(orgId, namespaces, original, "row has no org_id or no name");
        }
        Optional<RegistryKind> kind = RegistryKind.fromCode(kindCode == null ? "" : kindCode);
        if (kind.isEmpty()) {
            return OrgRow.rejected(orgId, namespaces, original, "org '" + orgId + "': unknown kind '" + kindCode + "' (expected one of "
                    + Arrays.stream(RegistryKind.values()).map(RegistryKind::code).toList() + ")");
        }
        if (country != null && !COUNTRY.matcher(country).matches()) {
            return OrgRow.rejected(orgId, namespaces, original, "org '" + orgId + "': country '" + country
                    + "' is not an ISO 3166-1 alpha-2 code (two upper-case letters) or empty");
        }
        if (namespaces.isEmpty()) {
            // A valid row (data/README.md keeps such orgs for news linking), but radar.orgs is keyed by
            // namespace, so it has no record there. Not an error: nothing goes to the dead-letter topic.
            return OrgRow.of(orgId, namespaces, List.of(), original);
        }
        for (String ns : namespaces) {
            String owner = owners.get(ns);
            if (owner != null) {
                return OrgRow.rejected(orgId, namespaces, original, "org '" + orgId + "': namespace '" + ns
                        + "' already belongs to org '" + owner + "'");
            }
        }
        namespaces.forEach(ns -> owners.put(ns, orgId));
        List<String> aliases = list(row.get("aliases"));
        String countrySource = text(row.get("country_source"));
        List<Organization> records = namespaces.stream().map(ns -> Organization.newBuilder()
                .setNamespace(ns)
                .setOrgId(orgId)
                .setDisplayName(name)
                .setNamespaces(namespaces)
                .setCountry(country)
                .setBloc(Blocs.of(country))
                .setKind(kind.get().orgKind())
                .setAliases(aliases)
                .setCountrySource(countrySource)
                .build()).toList();
        return OrgRow.of(orgId, namespaces, records, original);
    }

    private static List<String> list(String cell) {
        String text = text(cell);
        return text == null ? List.of()
                : Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String t = cell.strip();
        return t.isEmpty() ? null : t;
    }
}
