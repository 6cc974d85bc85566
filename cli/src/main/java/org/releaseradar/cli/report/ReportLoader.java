package org.releaseradar.cli.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.search.query.DocType;
import org.releaseradar.search.query.SearchHit;
import org.releaseradar.search.query.SearchQuery;
import org.releaseradar.search.query.SearchService;
import org.releaseradar.search.query.StatsCell;
import org.releaseradar.search.query.StatsGrouping;
import org.releaseradar.search.query.StatsMetric;
import org.releaseradar.search.query.StatsQuery;
import org.releaseradar.search.query.StatsRow;
import org.releaseradar.search.query.StatsService;
import org.releaseradar.search.query.StatsTable;

/**
 * Reads a {@link ReportData} from Elasticsearch with the same services as {@code radar stats} and
 * {@code radar search}, so the report's numbers are those commands' numbers.
 */
public final class ReportLoader {

    private ReportLoader() {
    }

    /**
     * @param client  an Elasticsearch client
     * @param options range, level and sizes
     * @param source  where the client points, for the page's header (may be null)
     * @param now     the generation time shown
     */
    public static ReportData load(ElasticsearchClient client, ReportOptions options, String source, Instant now)
            throws IOException {
        StatsService stats = new StatsService(client);
        ReportOptions range = resolveRange(stats, options);
        List<YearMonth> months = new ArrayList<>();
        List<ReportData.Series> releases = new ArrayList<>();
        List<ReportData.ShareSeries> shares = new ArrayList<>();
        List<Long> unknownBase = new ArrayList<>();
        List<ReportData.Organisation> organisations = new ArrayList<>();
        if (range.from() != null) {
            StatsTable releaseTable = stats.table(query(StatsGrouping.ORIGIN, range.level(), StatsMetric.RELEASES, range));
            months.addAll(releaseTable.months());
            for (StatsRow row : releaseTable.rows()) {
                releases.add(new ReportData.Series(row.key(), months.stream()
                        .map(m -> ((StatsCell.Count) row.cells().get(m)).value()).toList()));
            }
            StatsTable shareTable = stats.table(query(StatsGrouping.ORIGIN, range.level(), StatsMetric.DERIVATIVE_SHARE, range));
            for (StatsRow row : shareTable.rows()) {
                shares.add(new ReportData.ShareSeries(row.key(), months.stream()
                        .map(m -> (StatsCell.Share) row.cells().get(m)).toList()));
            }
            shareTable.footer().stream().filter(r -> r.key().equals(StatsTable.UNKNOWN_BASE)).findFirst()
                    .ifPresent(r -> months.forEach(m -> unknownBase.add(((StatsCell.Count) r.cells().get(m)).value())));
            StatsTable orgTable = stats.table(query(StatsGrouping.ORG, OriginLevel.COUNTRY, StatsMetric.RELEASES, range));
            for (StatsRow row : orgTable.rows()) { // largest total first
                long total = ((StatsCell.Count) row.total()).value();
                if (total > 0 && organisations.size() < options.organisations()) {
                    organisations.add(new ReportData.Organisation(row.key(), row.name(), row.origin(), total));
                }
            }
        }
        return new ReportData(now, source, range.level(), months, releases, shares,
                unknownBase.isEmpty() ? months.stream().map(m -> 0L).toList() : unknownBase,
                organisations, latestAlerts(client, options.alerts()));
    }

    /**
     * Both bounds, from the data where not given, so that every chart has the same months: without {@code --to}
     * the latest month with releases; without {@code --from} {@value ReportOptions#DEFAULT_MONTHS} months before it
     * (or the first month with data, if later). Null bounds when there is no data at all.
     */
    static ReportOptions resolveRange(StatsService stats, ReportOptions options) throws IOException {
        if (options.from() != null && options.to() != null) {
            return options;
        }
        StatsTable all = stats.table(new StatsQuery(StatsGrouping.ORIGIN, options.level(), StatsMetric.RELEASES, null, null));
        if (all.months().isEmpty()) {
            return options.from() == null && options.to() == null ? options
                    : options.withRange(options.from() != null ? options.from() : options.to(),
                    options.to() != null ? options.to() : options.from());
        }
        YearMonth first = all.months().get(0);
        YearMonth last = all.months().get(all.months().size() - 1);
        YearMonth to = options.to() != null ? options.to() : (options.from() != null && options.from().isAfter(last) ? options.from() : last);
        YearMonth from = options.from();
        if (from == null) {
            YearMonth window = to.minusMonths(ReportOptions.DEFAULT_MONTHS - 1L);
            from = window.isBefore(first) ? (first.isAfter(to) ? to : first) : window;
        }
        return options.withRange(from, to);
    }

    private static StatsQuery query(StatsGrouping grouping, OriginLevel level, StatsMetric metric, ReportOptions range) {
        return new StatsQuery(grouping, level, metric, range.from(), range.to());
    }

    /** The newest alerts: a match-all alert search ranks equally scored hits newest first. */
    static List<ReportData.AlertRow> latestAlerts(ElasticsearchClient client, int limit) throws IOException {
        if (limit == 0) {
            return List.of();
        }
        SearchQuery query = new SearchQuery("*", null, null, null, EnumSet.of(DocType.ALERT), limit);
        List<ReportData.AlertRow> rows = new ArrayList<>();
        for (SearchHit hit : new SearchService(client).search(query).hits()) {
            JsonNode doc = hit.source();
            rows.add(new ReportData.AlertRow(hit.time(), text(doc, "severity"), text(doc, "rule"), hit.title(),
                    text(doc, "origin"), text(doc, "organization"), hit.url()));
        }
        return rows;
    }

    private static String text(JsonNode doc, String field) {
        JsonNode value = doc == null ? null : doc.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
