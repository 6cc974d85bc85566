package org.releaseradar.cli.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.releaseradar.cli.output.Json;

/** {@code radar bench --json}: one document, every figure with its unit in its name. */
public final class BenchJson {

    private BenchJson() {
    }

    public static String render(BenchReport r) {
        ObjectNode root = Json.object();
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", r.machine().cores());
        machine.put("memory_mib", r.machine().memoryMiB());
        machine.put("jdk", r.machine().jdk());
        machine.put("os", r.machine().os());
        machine.put("load_average_at_start", round(r.machine().loadAtStart()));
        machine.put("load_average_at_end", round(r.machine().loadAtEnd()));
        ObjectNode run = root.putObject("run");
        run.put("date", r.run().date());
        run.put("command", r.run().command());
        run.put("records", r.run().records());
        run.put("seed", r.run().seed());
        run.put("freshness_seconds", r.run().freshnessSeconds());
        run.put("total_seconds", round(r.run().totalSeconds()));
        if (r.stackColdStartSeconds() != null) {
            root.put("stack_cold_start_seconds", round(r.stackColdStartSeconds()));
        } else {
            root.putNull("stack_cold_start_seconds");
        }
        rate(root.putObject("raw_producer"), r.producer());
        rate(root.putObject("raw_consumer"), r.consumer());
        ObjectNode streams = rate(root.putObject("streams"), r.streams());
        streams.put("ratio_to_raw_consumer", ratio(r.streams(), r.consumer()));
        rate(root.putObject("raw_bulk"), r.bulk());
        ObjectNode sink = rate(root.putObject("elasticsearch_sink"), r.sink());
        sink.put("ratio_to_raw_bulk", ratio(r.sink(), r.bulk()));
        ArrayNode freshness = root.putArray("freshness");
        for (BenchReport.Freshness f : r.freshness()) {
            ObjectNode o = freshness.addObject();
            o.put("offered_records_per_second", f.offeredRate());
            o.put("achieved_records_per_second", round(f.achievedRate()));
            o.put("seconds", f.seconds());
            o.put("markers", f.markers());
            o.put("missing", f.missing());
            putLong(o, "p50_ms", f.p50Ms());
            putLong(o, "p95_ms", f.p95Ms());
            putLong(o, "p99_ms", f.p99Ms());
            putLong(o, "max_ms", f.maxMs());
        }
        ObjectNode serde = root.putObject("serde");
        serde.put("records", r.serde().records());
        serde.put("average_bytes", r.serde().averageBytes());
        serde.put("registry_encode_ns_per_record", round(r.serde().registryEncodeNs()));
        serde.put("plain_avro_encode_ns_per_record", round(r.serde().plainEncodeNs()));
        serde.put("registry_decode_ns_per_record", round(r.serde().registryDecodeNs()));
        serde.put("plain_avro_decode_ns_per_record", round(r.serde().plainDecodeNs()));
        ObjectNode e2e = root.putObject("end_to_end");
        e2e.put("records", r.endToEnd().records());
        e2e.put("seconds", round(r.endToEnd().seconds()));
        e2e.put("measured", r.endToEnd().measured());
        e2e.put("basis", r.endToEnd().basis());
        ArrayNode memory = root.putArray("memory");
        for (BenchReport.Memory m : r.memory()) {
            memory.addObject().put("process", m.process()).put("pid", m.pid()).put("peak_rss_mib", m.peakRssMiB());
        }
        putLong(root, "stack_peak_rss_mib", r.stackPeakRssMiB());
        ArrayNode targets = root.putArray("targets");
        for (BenchReport.Target t : r.targets()) {
            targets.addObject().put("target", t.name()).put("measured", t.measured()).put("goal", t.goal()).put("met", t.met());
        }
        return Json.write(root);
    }

    private static ObjectNode rate(ObjectNode node, BenchReport.Rate rate) {
        node.put("what", rate.what());
        node.put("count", rate.count());
        node.put("seconds", round(rate.seconds()));
        node.put("per_second", round(rate.perSecond()));
        if (rate.bytes() > 0) {
            node.put("bytes", rate.bytes());
            node.put("mib_per_second", round(rate.mibPerSecond()));
        }
        return node;
    }

    private static double ratio(BenchReport.Rate a, BenchReport.Rate b) {
        return b.perSecond() <= 0 ? 0 : Math.round(a.perSecond() / b.perSecond() * 1000) / 1000.0;
    }

    private static void putLong(ObjectNode node, String name, Long value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
