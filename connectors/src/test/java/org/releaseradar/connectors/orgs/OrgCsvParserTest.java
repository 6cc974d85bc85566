package org.releaseradar.connectors.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.releaseradar.connectors.testing.DataFiles;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.OrgKind;
import org.releaseradar.schemas.avro.Organization;

class OrgCsvParserTest {

    private static final String HEADER = "org_id,name,country,kind,namespaces,aliases,country_source,openness_policy\n";
    private static List<OrgRow> rows;
    private static Map<String, Organization> byNamespace;

    @BeforeAll
    static void parseTheRegistry() throws Exception {
        rows = new OrgCsvParser().parse(DataFiles.bytes("orgs.csv"));
        byNamespace = rows.stream().flatMap(r -> r.records().stream())
                .collect(Collectors.toMap(Organization::getNamespace, Function.identity()));
    }

    @Test
    void oneRecordPerNamespaceOfEveryRow() {
        assertThat(rows).hasSize(194);
        assertThat(byNamespace).hasSize(223);
        // The three rows with no namespace are valid (kept for news linking) but have nothing to key on.
        assertThat(rows).noneMatch(OrgRow::isRejected);
        assertThat(rows.stream().filter(r -> r.records().isEmpty()).map(OrgRow::orgId))
                .containsExactlyInAnyOrder("iflytek", "sensetime", "humain");
    }

    @Test
    void mapsKnownNamespacesToCountryAndBloc() {
        assertThat(byNamespace.get("qwen")).satisfies(o -> {
            assertThat(o.getOrgId()).isEqualTo("alibaba-qwen");
            assertThat(o.getCountry()).isEqualTo("CN");
            assertThat(o.getBloc()).isEqualTo(Bloc.CN);
            assertThat(o.getKind()).isEqualTo(OrgKind.BIG_TECH);
            assertThat(o.getNamespaces()).contains("qwen", "alibaba-nlp", "wan-ai");
            assertThat(o.getAliases()).contains("Tongyi");
        });
        assertThat(byNamespace.get("mistralai")).satisfies(o -> {
            assertThat(o.getCountry()).isEqualTo("FR");
            assertThat(o.getBloc()).isEqualTo(Bloc.EU);
            assertThat(o.getKind()).isEqualTo(OrgKind.LAB);
        });
        assertThat(byNamespace.get("meta-llama")).satisfies(o -> {
            assertThat(o.getCountry()).isEqualTo("US");
            assertThat(o.getBloc()).isEqualTo(Bloc.US);
            assertThat(o.getDisplayName()).isEqualTo("Meta");
        });
        assertThat(byNamespace.get("facebookai").getOrgId()).isEqualTo("meta");
        assertThat(byNamespace.get("bartowski")).satisfies(o -> {
            assertThat(o.getCountry()).isNull();
            assertThat(o.getBloc()).isEqualTo(Bloc.UNKNOWN);
        });
        assertThat(byNamespace.keySet()).allSatisfy(ns -> assertThat(ns).isLowerCase());
    }

    @Test
    void invalidRowsAreRejectedWithTheReasonAndTheOthersKept() throws Exception {
        String csv = HEADER
                + "good,Good Lab,DE,lab,GoodLab,Good,site,open_weights\n"
                + "badkind,Bad Kind,US,startup,badkind,,site,\n"
                + "badcountry,Bad Country,usa,lab,badcountry,,site,\n"
                + "nons,No Namespace,US,lab,,,site,\n"
                + "dup,Duplicate,US,lab,goodlab,,site,\n";
        List<OrgRow> parsed = new OrgCsvParser().parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed).hasSize(5);
        assertThat(parsed.get(0).records()).singleElement().satisfies(o -> {
            assertThat(o.getNamespace()).isEqualTo("goodlab");
            assertThat(o.getBloc()).isEqualTo(Bloc.EU);
        });
        assertThat(parsed.get(1).reason()).contains("unknown kind 'startup'");
        assertThat(parsed.get(2).reason()).contains("country 'usa'");
        assertThat(parsed.get(3).isRejected()).as("no namespace is valid, just not keyable").isFalse();
        assertThat(parsed.get(3).records()).isEmpty();
        assertThat(parsed.get(4).reason()).contains("'goodlab' already belongs to org 'good'");
        assertThat(new String(parsed.get(2).original(), StandardCharsets.UTF_8)).contains("Bad Country");
        assertThat(parsed.get(2).namespaces()).containsExactly("badcountry");
    }

    @Test
    void companyHasItsOwnKind() {
        assertThat(byNamespace.get("databricks").getKind()).isEqualTo(OrgKind.COMPANY);
    }
}
