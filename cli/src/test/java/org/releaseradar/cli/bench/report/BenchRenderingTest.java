package org.releaseradar.cli.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchRenderingTest {

    static BenchReport sample() {
        return new BenchReport(
                new BenchReport.Machine(2, 24_105, "OpenJDK 17.0.15", "Linux 6.1 amd64", 1.5, 2.25),
                new BenchReport.Run("2026-11-23", 50_000, 7, 20, 312.4, "radar bench --json"),
                9.8,
                new BenchReport.Rate("producer", 50_000, 2.0, 20L * 1024 * 1024),
                new BenchReport.Rate("consumer", 50_000, 0.5, 20L * 1024 * 1024),
                new BenchReport.Serde(1_500, 1_000, 1_200, 1_000, 10_000, 260),
                new BenchReport.Rate("streams", 50_000, 12.5, 0),
                new BenchReport.Rate("bulk", 40_000, 8.0, 0),
                new BenchReport.Rate("sink", 40_000, 10.0, 0),
                List.of(new BenchReport.Freshness(1_000, 998.2, 20, 4_000, 0, 900L, 1_400L, 1_800L, 2_100L),
                        new BenchReport.Freshness(5_000, 4_900.0, 20, 4_000, 12, null, null, null, null)),
                new BenchReport.EndToEnd(1_000_000, 250, false, "max of stages"),
                List.of(new BenchReport.Memory("kafka", 11, 600), new BenchReport.Memory("elasticsearch", 12, 900)),
                1_700L,
                List.of(new BenchReport.Target("streams ÷ raw consumer", "0.04", "≥ 0.40", false),
                        new BenchReport.Target("local stack RSS", "1,700 MiB", "< 3,072 MiB", true)));
    }

    @Test
    void theTableShowsEveryFigureWithItsUnitAndTheTargets() {
        String text = BenchText.render(sample());
        assertThat(text).contains("radar bench 2026-11-23: 50,000 snapshots", "2 cores", "load average 1.50 at start, 2.25 at end");
        assertThat(text).containsPattern("stack +cold start +9\\.8 s");
        assertThat(text).containsPattern("raw producer +25,000 records/s +50,000 in 2\\.0 s, 10\\.0 MiB/s");
        assertThat(text).containsPattern("raw consumer +100,000 records/s");
        assertThat(text).containsPattern("exactly_once_v2 +4,000 records/s");
        assertThat(text).containsPattern("÷ raw consumer +0\\.04");
        assertThat(text).containsPattern("raw bulk +5,000 docs/s");
        assertThat(text).containsPattern("sink connector +4,000 docs/s");
        assertThat(text).containsPattern("sink ÷ raw bulk +0\\.80");
        assertThat(text).containsPattern("freshness @ 1,000/s +1,800 ms +p50 900 ms, p95 1,400 ms, p99 1,800 ms, max 2,100 ms; 4,000 markers, 0 missing");
        assertThat(text).containsPattern("freshness @ 5,000/s +- +p50 -");
        assertThat(text).containsPattern("encode registry / plain +1,500 ns +plain Avro 1,000 ns \\(×1\\.50\\)");
        assertThat(text).containsPattern("1,000,000 snapshots +250 s +extrapolated: max of stages");
        assertThat(text).containsPattern("elasticsearch +900 MiB");
        assertThat(text).containsPattern("whole stack +1,700 MiB");
        assertThat(text).containsPattern("streams ÷ raw consumer +0\\.04 +≥ 0\\.40 +NO");
        assertThat(text).containsPattern("local stack RSS +1,700 MiB +< 3,072 MiB +yes");
    }

    @Test
    void theJsonHasEveryFigureAsNumbers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(BenchJson.render(sample()));
        assertThat(json.at("/machine/cores").asInt()).isEqualTo(2);
        assertThat(json.at("/machine/load_average_at_end").asDouble()).isEqualTo(2.25);
        assertThat(json.at("/run/records").asInt()).isEqualTo(50_000);
        assertThat(json.at("/stack_cold_start_seconds").asDouble()).isEqualTo(9.8);
        assertThat(json.at("/raw_producer/per_second").asDouble()).isEqualTo(25_000);
        assertThat(json.at("/raw_producer/mib_per_second").asDouble()).isEqualTo(10.0);
        assertThat(json.at("/raw_consumer/per_second").asDouble()).isEqualTo(100_000);
        assertThat(json.at("/streams/per_second").asDouble()).isEqualTo(4_000);
        assertThat(json.at("/streams/ratio_to_raw_consumer").asDouble()).isEqualTo(0.04);
        assertThat(json.at("/raw_bulk/per_second").asDouble()).isEqualTo(5_000);
        assertThat(json.at("/elasticsearch_sink/ratio_to_raw_bulk").asDouble()).isEqualTo(0.8);
        assertThat(json.at("/freshness/0/p99_ms").asLong()).isEqualTo(1_800);
        assertThat(json.at("/freshness/1/p99_ms").isNull()).isTrue();
        assertThat(json.at("/freshness/1/missing").asInt()).isEqualTo(12);
        assertThat(json.at("/serde/registry_encode_ns_per_record").asDouble()).isEqualTo(1_500);
        assertThat(json.at("/end_to_end/seconds").asDouble()).isEqualTo(250);
        assertThat(json.at("/end_to_end/measured").asBoolean()).isFalse();
        assertThat(json.at("/memory/1/peak_rss_mib").asLong()).isEqualTo(900);
        assertThat(json.at("/stack_peak_rss_mib").asLong()).isEqualTo(1_700);
        assertThat(json.at("/targets/0/met").asBoolean()).isFalse();
        assertThat(json.at("/targets/1/met").asBoolean()).isTrue();
    }
}
