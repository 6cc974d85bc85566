package org.releaseradar.streams.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.Organization;

/**
 * One organisation as the linker sees it: the union of every registry record sharing its org_id.
 *
 * @param country ISO 3166-1 alpha-2, or null when the registry does not know it
 */
public record LinkableOrg(String orgId, String country, Bloc bloc, List<String> aliases, List<String> namespaces) {

    public LinkableOrg {
        aliases = List.copyOf(aliases);
        namespaces = List.copyOf(namespaces);
    }

    /**
     * Merges registry records by org_id. Records are taken in namespace order so the result does not depend on
     * the store's iteration order; the first record with a country gives country and bloc.
     */
    public static List<LinkableOrg> byOrgId(Iterable<Organization> records) {
        List<Organization> sorted = new ArrayList<>();
        records.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Organization::getNamespace));
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (Organization org : sorted) {
            Builder b = byId.computeIfAbsent(org.getOrgId(), Builder::new);
            if (b.country == null && org.getCountry() != null) {
                b.country = org.getCountry();
                b.bloc = org.getBloc();
            }
            b.aliases.addAll(org.getAliases());
            b.namespaces.add(org.getNamespace());
            b.namespaces.addAll(org.getNamespaces());
        }
        List<LinkableOrg> orgs = new ArrayList<>();
        byId.values().forEach(b -> orgs.add(new LinkableOrg(b.orgId, b.country,
                b.country == null ? Bloc.UNKNOWN : b.bloc, List.copyOf(b.aliases), List.copyOf(b.namespaces))));
        orgs.sort(Comparator.comparing(LinkableOrg::orgId));
        return orgs;
    }

    private static final class Builder {
        final String orgId;
        String country;
        Bloc bloc = Bloc.UNKNOWN;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> namespaces = new LinkedHashSet<>();

        Builder(String orgId) {
            this.orgId = orgId;
        }
    }
}
