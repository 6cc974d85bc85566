package org.releaseradar.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.cli.CommandRun;

/**
 * {@code radar bench} end to end with a tiny load on the real local stack (its own, started by the
 * command): every figure is there and sane. No timing assertions: this machine is shared.
 */
class BenchCommandIT {

    @Test
    void aTinyRunReportsEveryFigure(@TempDir Path work) throws Exception {
        Path data = Path.of("").toAbsolutePath().getParent().resolve("data");
        CommandRun run = CommandRun.radar("bench", "--records", "600", "--json", "--freshness-seconds", "3",
                "--freshness-rates", "100,300", "--data", data.toString(), "--work-dir", work.toString());
        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out);

        assertThat(json.at("/machine/cores").asInt()).isPositive();
        assertThat(json.at("/machine/memory_mib").asLong()).isPositive();
        assertThat(json.at("/machine/jdk").asText()).isNotBlank();
        assertThat(json.at("/run/records").asInt()).isEqualTo(600);
        assertThat(json.at("/stack_cold_start_seconds").asDouble()).isPositive();
        for (String rate : new String[] {"raw_producer", "raw_consumer", "streams", "raw_bulk", "elasticsearch_sink"}) {
            assertThat(json.at("/" + rate + "/per_second").asDouble()).as(rate).isPositive();
            assertThat(json.at("/" + rate + "/seconds").asDouble()).as(rate).isPositive();
        }
        // Whole passes over the 600 records, read back by the consumer.
        long produced = json.at("/raw_producer/count").asLong();
        assertThat(produced % 600).isZero();
        assertThat(produced).isPositive();
        assertThat(json.at("/raw_consumer/count").asLong()).isEqualTo(produced);
        assertThat(json.at("/streams/count").asLong()).isEqualTo(600);
        // A release per new model (re-snapshots update one): fewer documents than snapshots, never none.
        long documents = json.at("/raw_bulk/count").asLong();
        assertThat(documents).isPositive().isLessThanOrEqualTo(600);
        assertThat(json.at("/elasticsearch_sink/count").asLong()).isEqualTo(documents);
        assertThat(json.at("/streams/ratio_to_raw_consumer").asDouble()).isPositive();
        assertThat(json.at("/elasticsearch_sink/ratio_to_raw_bulk").asDouble()).isPositive();

        assertThat(json.at("/freshness")).hasSize(2);
        JsonNode first = json.at("/freshness/0");
        assertThat(first.at("/offered_records_per_second").asInt()).isEqualTo(100);
        assertThat(first.at("/achieved_records_per_second").asDouble()).isPositive();
        assertThat(first.at("/markers").asInt()).isPositive();
        assertThat(first.at("/missing").asInt()).isLessThan(first.at("/markers").asInt());
        long p50 = first.at("/p50_ms").asLong();
        assertThat(p50).isPositive();
        assertThat(first.at("/p95_ms").asLong()).isGreaterThanOrEqualTo(p50);
        assertThat(first.at("/p99_ms").asLong()).isGreaterThanOrEqualTo(first.at("/p95_ms").asLong());
        assertThat(first.at("/max_ms").asLong()).isGreaterThanOrEqualTo(first.at("/p99_ms").asLong());

        for (String figure : new String[] {"registry_encode_ns_per_record", "plain_avro_encode_ns_per_record",
            "registry_decode_ns_per_record", "plain_avro_decode_ns_per_record", "average_bytes"}) {
            assertThat(json.at("/serde/" + figure).asDouble()).as(figure).isPositive();
        }
        assertThat(json.at("/end_to_end/records").asInt()).isEqualTo(1_000_000);
        assertThat(json.at("/end_to_end/seconds").asDouble()).isPositive();
        assertThat(json.at("/end_to_end/measured").asBoolean()).isFalse();

        assertThat(json.at("/memory")).hasSize(4);
        json.at("/memory").forEach(m -> assertThat(m.at("/peak_rss_mib").asLong()).as(m.toString()).isPositive());
        assertThat(json.at("/stack_peak_rss_mib").asLong()).isPositive();
        // Freshness is judged at 1,000/s only, which this tiny run does not offer: the other four.
        assertThat(json.at("/targets").findValuesAsText("target")).containsExactly("streams ÷ raw consumer",
                "sink ÷ raw bulk", "1,000,000 snapshots to searchable", "local stack RSS");

        try (var left = Files.list(work)) {
            assertThat(left).as("the run's stack and state are removed").isEmpty();
        }
    }
}
