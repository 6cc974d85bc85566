package org.releaseradar.cli.stats;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.releaseradar.cli.MonthConverter;
import org.releaseradar.cli.OriginLevelConverter;
import org.releaseradar.cli.elasticsearch.ElasticsearchConnection;
import org.releaseradar.cli.elasticsearch.ElasticsearchOptions;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.search.query.StatsGrouping;
import org.releaseradar.search.query.StatsMetric;
import org.releaseradar.search.query.StatsQuery;
import org.releaseradar.search.query.StatsService;
import org.releaseradar.search.query.StatsTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code radar stats}: a table of one metric by origin or organisation and month. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "A table of one metric by origin (or organisation) and month, from Elasticsearch aggregations over the"
                    + " stats rows the streams application publishes (radar-stats, radar-stats-org). Numbers are exact.",
            "Metrics: releases = mainline releases; derivatives = fine-tunes, quantizations, adapters, merges published"
                    + " by the origin; downloads = all-time Hub downloads of the month's releases; derivative-share ="
                    + " derivatives of the month built on the origin's models / derivatives of the month whose base's"
                    + " origin is known.",
            "Elasticsearch: --config FILE, or else the local stack running in --data-dir."},
        sortOptions = false)
public final class StatsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--by", paramLabel = "ROWS", defaultValue = "origin,month", converter = GroupingConverter.class,
            description = "origin,month or org,month (default: ${DEFAULT-VALUE}).")
    StatsGrouping grouping;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "country", converter = OriginLevelConverter.class,
            description = "For origin rows: country (one row per country and UNKNOWN) or bloc (CN, US, EU, OTHER,"
                    + " UNKNOWN) (default: ${DEFAULT-VALUE}).")
    OriginLevel level;

    @Option(names = "--from", paramLabel = "yyyy-MM", converter = MonthConverter.class,
            description = "First month (default: the first with data).")
    YearMonth from;

    @Option(names = "--to", paramLabel = "yyyy-MM", converter = MonthConverter.class,
            description = "Last month (default: the last with data).")
    YearMonth to;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "releases", converter = MetricConverter.class,
            description = "releases, derivatives, downloads or derivative-share (default: ${DEFAULT-VALUE}).")
    StatsMetric metric;

    @Option(names = "--top", paramLabel = "N",
            description = "Only the N rows with the largest totals (the footer still counts every row).")
    Integer top;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    @Mixin
    ElasticsearchOptions elasticsearch;

    /** --json or --csv; a table when neither. */
    static final class Format {
        @Option(names = "--json", description = "Print one JSON document instead of a table.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV, one line per row and month, instead of a table.")
        boolean csv;
    }

    @Override
    public Integer call() {
        StatsQuery query = query();
        StatsTable table;
        try (ElasticsearchConnection connection = elasticsearch.connect()) {
            table = connection.run(client -> new StatsService(client).table(query));
        }
        StatsTable shown = top == null ? table : StatsText.top(table, top);
        int hidden = table.rows().size() - shown.rows().size();
        PrintWriter out = spec.commandLine().getOut();
        if (format != null && format.json) {
            out.print(StatsJson.render(shown, hidden));
        } else if (format != null && format.csv) {
            out.print(StatsCsv.render(shown));
        } else {
            out.print(StatsText.render(shown, hidden));
        }
        out.flush();
        return 0;
    }

    StatsQuery query() {
        if (grouping == StatsGrouping.ORG && level == OriginLevel.BLOC) {
            throw new ParameterException(spec.commandLine(), "--level applies to --by origin,month only");
        }
        if (top != null && top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, got " + top);
        }
        try {
            return new StatsQuery(grouping, level, metric, from, to);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** --by. */
    static final class GroupingConverter implements ITypeConverter<StatsGrouping> {
        @Override
        public StatsGrouping convert(String value) {
            try {
                return StatsGrouping.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** --metric. */
    static final class MetricConverter implements ITypeConverter<StatsMetric> {
        @Override
        public StatsMetric convert(String value) {
            try {
                return StatsMetric.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
