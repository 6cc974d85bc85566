package org.releaseradar.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.search.index.RadarIndex;

/**
 * Stats tables from Elasticsearch aggregations over radar-stats (OriginMonthStats, one document per
 * {@code origin|yyyy-MM}) and radar-stats-org (OrgMonthStats, one per {@code org|yyyy-MM}).
 *
 * <p>Every table is one composite aggregation over (row key, month) read to its last page, with a sum of the
 * metric's field per bucket: no bucket is dropped (a terms aggregation's size would drop the smallest rows
 * without a word) and every number is an exact integer. Each bucket must hold exactly one stats document;
 * two documents for one key (an alias left over several indices) would double a number, and fail the table
 * instead.
 *
 * <p>Origin levels: the aggregation publishes a COUNTRY row per ISO country and UNKNOWN, and BLOC rows only for
 * EU and OTHER (the CN, US and UNKNOWN blocs are exactly their country rows, see the streams' OriginMonthKey).
 * So the BLOC level reads the EU and OTHER bloc rows plus the CN, US and UNKNOWN country rows: five rows per
 * month that, like the country rows, partition every release.
 */
public final class StatsService {

    public static final String ORIGIN_ALIAS = RadarIndex.STATS.alias();
    public static final String ORG_ALIAS = RadarIndex.ORG_STATS.alias();

    private static final String VALUE = "value";
    private static final List<String> COUNTRY_ROWS_OF_BLOCS = List.of("CN", "US", StatsTables.UNKNOWN);

    private final ElasticsearchClient client;
    private final int pageSize;

    public StatsService(ElasticsearchClient client) {
        this(client, CompositePager.DEFAULT_PAGE_SIZE);
    }

    /** With a composite page size, so a test can make a table take several pages. */
    StatsService(ElasticsearchClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    public StatsTable table(StatsQuery query) throws IOException {
        if (query.grouping() == StatsGrouping.ORG) {
            return orgTable(query);
        }
        return query.metric().isShare() ? shareTable(query) : originTable(query);
    }

    private StatsTable originTable(StatsQuery query) throws IOException {
        Map<String, Map<YearMonth, Long>> values = new TreeMap<>();
        for (CompositeBucket bucket : originRows(query, levelFilter(query.level()), Map.of(VALUE, sum(query.metric().field())))) {
            Cell cell = cell(bucket, "origin");
            values.computeIfAbsent(cell.key(), k -> new TreeMap<>())
                    .put(cell.month(), StatsTables.exactLong(bucket.aggregations().get(VALUE).sum().value(), cell.describe()));
        }
        return StatsTables.counts(query, values, Map.of());
    }

    /**
     * on_base(O, M) is the sum of the values of the map derivatives_by_base_origin in row (O, M); its keys are the
     * builders' own origins, countries or UNKNOWN, each a COUNTRY row of the same month (a derivative counts on its
     * own origin's row too). So the keys are read first, as the country rows in range, and the map is then summed
     * with one sum aggregation per key.
     */
    private StatsTable shareTable(StatsQuery query) throws IOException {
        List<String> builders = new ArrayList<>(new TreeSet<>(countryOrigins(query)));
        Map<String, Aggregation> sums = new LinkedHashMap<>();
        for (int i = 0; i < builders.size(); i++) {
            sums.put("on_base_by_" + i, sum("derivatives_by_base_origin." + builders.get(i)));
        }
        Map<String, Map<YearMonth, Long>> onBase = new TreeMap<>();
        for (CompositeBucket bucket : originRows(query, levelFilter(query.level()), sums)) {
            Cell cell = cell(bucket, "origin");
            long derivatives = 0;
            for (String name : sums.keySet()) {
                derivatives = Math.addExact(derivatives,
                        StatsTables.exactLong(bucket.aggregations().get(name).sum().value(), cell.describe()));
            }
            onBase.computeIfAbsent(cell.key(), k -> new TreeMap<>()).put(cell.month(), derivatives);
        }
        return StatsTables.shares(query, onBase);
    }

    private List<String> countryOrigins(StatsQuery query) throws IOException {
        List<String> origins = new ArrayList<>();
        Query filter = filter(query, levelFilter(OriginLevel.COUNTRY));
        CompositePager pager = new CompositePager(List.of(ORIGIN_ALIAS), filter,
                List.of(Map.of("origin", TypeProfile.terms("origin", false))), Map.of(), pageSize);
        for (CompositeBucket bucket : pager.all(client)) {
            origins.add(CompositePager.keyString(bucket, "origin"));
        }
        return origins;
    }

    private List<CompositeBucket> originRows(StatsQuery query, Query level, Map<String, Aggregation> metrics)
            throws IOException {
        CompositePager pager = new CompositePager(List.of(ORIGIN_ALIAS), filter(query, level),
                List.of(Map.of("origin", TypeProfile.terms("origin", false)), Map.of("month", month())),
                metrics, pageSize);
        return checked(pager.all(client), ORIGIN_ALIAS);
    }

    private StatsTable orgTable(StatsQuery query) throws IOException {
        // Name and country are sources too: one document per bucket either way, and they label the row.
        CompositePager pager = new CompositePager(List.of(ORG_ALIAS), filter(query, null),
                List.of(Map.of("org", TypeProfile.terms("org", false)), Map.of("month", month()),
                        Map.of("name", TypeProfile.terms("organization_name", true)),
                        Map.of("country", TypeProfile.terms("origin_country", true))),
                Map.of(VALUE, sum(query.metric().field())), pageSize);
        Map<String, Map<YearMonth, Long>> values = new TreeMap<>();
        Map<String, YearMonth> labelledAt = new HashMap<>();
        Map<String, StatsTables.Label> labels = new HashMap<>();
        for (CompositeBucket bucket : checked(pager.all(client), ORG_ALIAS)) {
            Cell cell = cell(bucket, "org");
            Long previousValue = values.computeIfAbsent(cell.key(), k -> new TreeMap<>())
                    .put(cell.month(), StatsTables.exactLong(bucket.aggregations().get(VALUE).sum().value(), cell.describe()));
            if (previousValue != null) {
                // One org-month with two names or countries: two documents for one key.
                throw new IllegalStateException(ORG_ALIAS + " holds several documents for " + cell.describe()
                        + ": each row must be one document (is the alias over several indices?)");
            }
            // The label of the latest month: a registry correction renames an organisation from then on.
            YearMonth seen = labelledAt.get(cell.key());
            String name = CompositePager.keyString(bucket, "name");
            if (seen == null || !cell.month().isBefore(seen)) {
                StatsTables.Label previous = labels.getOrDefault(cell.key(), StatsTables.Label.NONE);
                labels.put(cell.key(), new StatsTables.Label(name != null ? name : previous.name(),
                        CompositePager.keyString(bucket, "country")));
                labelledAt.put(cell.key(), cell.month());
            }
        }
        return StatsTables.counts(query, values, labels);
    }

    private static List<CompositeBucket> checked(List<CompositeBucket> buckets, String alias) {
        for (CompositeBucket bucket : buckets) {
            if (bucket.docCount() != 1) {
                String key = String.join("|", bucket.key().keySet().stream()
                        .map(source -> String.valueOf(CompositePager.keyString(bucket, source))).toList());
                throw new IllegalStateException(alias + " holds " + bucket.docCount() + " documents for " + key
                        + ": each row must be one document (is the alias over several indices?)");
            }
        }
        return buckets;
    }

    /** COUNTRY: the country rows. BLOC: the EU and OTHER bloc rows and the CN, US, UNKNOWN country rows. */
    static Query levelFilter(OriginLevel level) {
        Query country = Queries.term("origin_level", OriginLevel.COUNTRY.name());
        if (level == OriginLevel.COUNTRY) {
            return country;
        }
        Query blocRows = Queries.term("origin_level", OriginLevel.BLOC.name());
        Query blocLikeCountries = Query.of(q -> q.bool(b -> b
                .filter(country)
                .filter(Queries.terms("origin", COUNTRY_ROWS_OF_BLOCS))));
        return Queries.anyOf(List.of(blocRows, blocLikeCountries));
    }

    private static Query filter(StatsQuery query, Query level) {
        List<Query> filters = new ArrayList<>();
        if (level != null) {
            filters.add(level);
        }
        if (query.from() != null || query.to() != null) {
            filters.add(Queries.monthRange("month", query.from(), query.to()));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static CompositeAggregationSource month() {
        return CompositeAggregationSource.of(s -> s.dateHistogram(d -> d
                .field("month")
                .calendarInterval(t -> t.time("month"))
                .format(Queries.MONTH_FORMAT)));
    }

    private static Aggregation sum(String field) {
        return Aggregation.of(a -> a.sum(s -> s.field(field)));
    }

    private static Cell cell(CompositeBucket bucket, String keySource) {
        return new Cell(CompositePager.keyString(bucket, keySource), YearMonth.parse(CompositePager.keyString(bucket, "month")));
    }

    private record Cell(String key, YearMonth month) {
        String describe() {
            return key + "|" + month;
        }
    }
}
