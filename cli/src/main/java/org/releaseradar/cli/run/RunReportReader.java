package org.releaseradar.cli.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.releaseradar.cli.pipeline.PipelineEndpoints;
import org.releaseradar.cli.pipeline.Progress;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.releaseradar.schemas.Topics;
import org.releaseradar.search.index.RadarIndex;
import org.releaseradar.search.query.DocType;
import org.releaseradar.search.query.SearchHit;
import org.releaseradar.search.query.SearchQuery;
import org.releaseradar.search.query.SearchResult;
import org.releaseradar.search.query.SearchService;
import org.releaseradar.search.query.StatsCell;
import org.releaseradar.search.query.StatsMetric;
import org.releaseradar.search.query.StatsQuery;
import org.releaseradar.search.query.StatsRow;
import org.releaseradar.search.query.StatsService;
import org.releaseradar.search.query.StatsTable;

/** Reads a {@link RunReport} from Elasticsearch (StatsService, SearchService) and the dead-letter topic. */
final class RunReportReader {

    static final String SAMPLE_QUERY = "qwen";
    private static final int HITS = 5;
    private static final int ALERTS = 20;
    private static final int MONTHS = 12;
    private static final int ALL_ALERTS = 5_000;

    private RunReportReader() {
    }

    static RunReport read(ElasticsearchClient es, PipelineEndpoints endpoints, Progress last, Duration took)
            throws IOException {
        for (RadarIndex index : RadarIndex.values()) {
            // The sink's last bulk is acknowledged but may not be searchable yet.
            es.indices().refresh(r -> r.index(index.alias()).ignoreUnavailable(true).allowNoIndices(true));
        }
        StatsService stats = new StatsService(es);
        List<RunReport.StatsLine> lines = statsLines(stats);
        YearMonth last12To = lines.stream().map(RunReport.StatsLine::month).max(YearMonth::compareTo).orElse(null);
        List<YearMonth> months = new ArrayList<>();
        List<RunReport.BaseOrigin> byBase = new ArrayList<>();
        long unknownBase = 0;
        if (last12To != null) {
            YearMonth from = last12To.minusMonths(MONTHS - 1);
            for (YearMonth m = from; !m.isAfter(last12To); m = m.plusMonths(1)) {
                months.add(m);
            }
            StatsTable share = stats.table(StatsQuery.byOrigin(StatsMetric.DERIVATIVE_SHARE).withRange(from, last12To));
            for (StatsRow row : share.rows()) {
                StatsCell.Share total = (StatsCell.Share) row.total();
                if (total.part() > 0) {
                    byBase.add(new RunReport.BaseOrigin(row.key(), total.part(), total.whole()));
                }
            }
            for (StatsRow row : share.footer()) {
                if (row.key().equals(StatsTable.UNKNOWN_BASE) && row.total() instanceof StatsCell.Count c) {
                    unknownBase = c.value();
                } else if (row.key().equals(StatsTable.UNKNOWN_BASE) && row.total() instanceof StatsCell.Share s) {
                    unknownBase = s.part();
                }
            }
        }
        SearchService search = new SearchService(es);
        SearchResult sample = search.search(SearchQuery.of(SAMPLE_QUERY).withLimit(HITS));
        List<RunReport.Hit> hits = sample.hits().stream().map(h -> new RunReport.Hit(h.type().label(), h.title(),
                String.join(",", h.origins()), h.month(), h.score(), h.url())).toList();
        SearchResult alertResult = search.search(SearchQuery.of("*").withTypes(Set.of(DocType.ALERT)).withLimit(ALL_ALERTS));
        List<RunReport.AlertLine> all = alertResult.hits().stream().map(RunReportReader::alert).toList();
        Map<String, Long> byRule = new TreeMap<>();
        all.forEach(a -> byRule.merge(String.valueOf(a.rule()), 1L, Long::sum));
        // The most severe first; within a severity, by title, so two runs on the same data print the same.
        List<RunReport.AlertLine> alerts = all.stream().sorted(java.util.Comparator
                        .comparingInt((RunReport.AlertLine a) -> -severityRank(a.severity()))
                        .thenComparing(a -> String.valueOf(a.title())))
                .limit(ALERTS).toList();
        Map<String, Long> dlqBySource = deadLetters(endpoints);
        long dlq = dlqBySource.values().stream().mapToLong(Long::longValue).sum();
        List<RunReport.SourceLine> sources = last.reads().stream().map(r -> new RunReport.SourceLine(
                r.expected().display(),
                switch (r.state()) {
                    case READ -> "ok";
                    case FAILED -> "failed";
                    case PENDING -> "not read";
                },
                r.state() == Progress.SourceRead.State.PENDING ? "no read finished in time" : r.failure())).toList();
        return new RunReport(lines, months, byBase, unknownBase, SAMPLE_QUERY, sample.total(), hits,
                alertResult.total(), alerts, byRule, dlq, dlqBySource, sources, took);
    }

    private static RunReport.AlertLine alert(SearchHit hit) {
        JsonNode s = hit.source();
        return new RunReport.AlertLine(hit.id(), text(s, "severity"), text(s, "rule"), hit.title(),
                String.join(",", hit.origins()), hit.month());
    }

    private static int severityRank(String severity) {
        return switch (severity == null ? "" : severity) {
            case "CRITICAL" -> 4;
            case "WARNING" -> 3;
            case "NOTICE" -> 2;
            case "INFO" -> 1;
            default -> 0;
        };
    }

    private static String text(JsonNode node, String field) {
        return node == null || node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asText();
    }

    /** Country rows, every month, with anything released: mainline, derivatives and downloads side by side. */
    private static List<RunReport.StatsLine> statsLines(StatsService stats) throws IOException {
        Map<String, long[]> cells = new TreeMap<>();
        StatsMetric[] metrics = {StatsMetric.RELEASES, StatsMetric.DERIVATIVES, StatsMetric.DOWNLOADS};
        for (int i = 0; i < metrics.length; i++) {
            StatsTable table = stats.table(StatsQuery.byOrigin(metrics[i]));
            for (StatsRow row : table.rows()) {
                for (Map.Entry<YearMonth, StatsCell> cell : row.cells().entrySet()) {
                    long value = ((StatsCell.Count) cell.getValue()).value();
                    if (value != 0) {
                        cells.computeIfAbsent(row.key() + "|" + cell.getKey(), k -> new long[3])[i] = value;
                    }
                }
            }
        }
        List<RunReport.StatsLine> lines = new ArrayList<>();
        cells.forEach((key, v) -> {
            if (v[0] + v[1] > 0) {
                String[] parts = key.split("\\|");
                lines.add(new RunReport.StatsLine(parts[0], YearMonth.parse(parts[1]), v[0], v[1], v[2]));
            }
        });
        lines.sort(java.util.Comparator.comparing(RunReport.StatsLine::month).thenComparing(RunReport.StatsLine::origin));
        return lines;
    }

    /** Every committed record on the dead-letter topic, counted by who sent it. */
    static Map<String, Long> deadLetters(PipelineEndpoints endpoints) {
        Properties p = new Properties();
        p.putAll(endpoints.kafkaClientConfig());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Long> bySource = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DLQ).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    bySource.merge(sender(r), 1L, Long::sum);
                }
            }
        }
        return bySource;
    }

    private static String sender(ConsumerRecord<byte[], byte[]> r) {
        Header radar = r.headers().lastHeader(DeadLetterHeaders.SOURCE);
        if (radar != null) {
            return new String(radar.value(), StandardCharsets.UTF_8);
        }
        Header connect = r.headers().lastHeader("__connect.errors.connector.name");
        return connect == null ? "unknown" : new String(connect.value(), StandardCharsets.UTF_8);
    }
}
