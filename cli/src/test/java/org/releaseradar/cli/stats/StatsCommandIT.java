package org.releaseradar.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.releaseradar.cli.CommandRun.radar;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.releaseradar.cli.CommandRun;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.search.query.KnownRadarData;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/** {@code radar stats} in-process against the real local stack, found through its endpoints file. */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsCommandIT {

    private String dataDir;

    @BeforeAll
    void load(LocalStack stack) throws IOException {
        try (ElasticsearchClient client = ElasticsearchClientFactory.create(
                ElasticsearchSettings.local(URI.create(stack.elasticsearchUrl())))) {
            KnownRadarData.load(client);
        }
        dataDir = stack.dataDir().toString();
    }

    @Test
    void releasesByCountryIsTheDefaultTable() {
        CommandRun run = radar("stats", "--data-dir", dataDir);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("""
                Mainline releases, by origin (country) and month, 2025-05..2025-07.
                Sum of mainline_releases in radar-stats.

                ORIGIN   2025-05  2025-06  2025-07  TOTAL
                CN             0        1        4      5
                FR             0        1        1      2
                US             1        1        0      2
                AE             0        1        0      1
                UNKNOWN        0        0        0      0
                -------  -------  -------  -------  -----
                TOTAL          1        4        5     10
                """);
    }

    @Test
    void derivativeShareTable() {
        CommandRun run = radar("stats", "--metric", "derivative-share", "--from", "2025-06", "--to", "2025-07", "--data-dir", dataDir);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).endsWith("""

                ORIGIN        2025-06  2025-07    ALL
                CN              33.3%    50.0%  42.9%
                FR               0.0%    50.0%  28.6%
                US              66.7%     0.0%  28.6%
                AE               0.0%     0.0%   0.0%
                ------------  -------  -------  -----
                known base          3        4      7
                unknown base        0        1      1
                """);
    }

    @Test
    void organisationDownloadsAsCsv() {
        CommandRun run = radar("stats", "--by", "org,month", "--metric", "downloads", "--from", "2025-06", "--to", "2025-06",
                "--csv", "--data-dir", dataDir);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("""
                org,organization_name,origin_country,month,downloads_all_time
                deepseek,DeepSeek,CN,2025-06,3457889012
                google,Google,US,2025-06,600000
                mistral,Mistral AI,FR,2025-06,400000
                tii,Technology Innovation Institute,AE,2025-06,90000
                unsloth,Unsloth AI,US,2025-06,30000
                """);
    }

    @Test
    void blocsAsJson() throws IOException {
        CommandRun run = radar("stats", "--level", "bloc", "--metric", "derivatives", "--json", "--data-dir", dataDir);

        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out);
        assertThat(doc.get("level").asText()).isEqualTo("bloc");
        assertThat(doc.get("months").toString()).isEqualTo("[\"2025-05\",\"2025-06\",\"2025-07\"]");
        assertThat(doc.get("rows").toString()).isEqualTo("["
                + "{\"origin\":\"US\",\"values\":{\"2025-05\":0,\"2025-06\":1,\"2025-07\":3},\"total\":4},"
                + "{\"origin\":\"CN\",\"values\":{\"2025-05\":0,\"2025-06\":2,\"2025-07\":0},\"total\":2},"
                + "{\"origin\":\"UNKNOWN\",\"values\":{\"2025-05\":0,\"2025-06\":0,\"2025-07\":2},\"total\":2},"
                + "{\"origin\":\"EU\",\"values\":{\"2025-05\":0,\"2025-06\":0,\"2025-07\":0},\"total\":0},"
                + "{\"origin\":\"OTHER\",\"values\":{\"2025-05\":0,\"2025-06\":0,\"2025-07\":0},\"total\":0}]");
        assertThat(doc.at("/total/total").asLong()).isEqualTo(8);
    }
}
