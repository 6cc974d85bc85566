package org.releaseradar.cli.search;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.releaseradar.cli.MonthConverter;
import org.releaseradar.cli.elasticsearch.ElasticsearchConnection;
import org.releaseradar.cli.elasticsearch.ElasticsearchOptions;
import org.releaseradar.search.query.DocType;
import org.releaseradar.search.query.Origin;
import org.releaseradar.search.query.SearchQuery;
import org.releaseradar.search.query.SearchResult;
import org.releaseradar.search.query.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code radar search}: full-text search over releases, news and alerts. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Full-text search over model releases, news and alerts in Elasticsearch, with the matches highlighted"
                    + " and exact counts of all matches by type, origin, organisation and month.",
            "QUERY: all words must match (\"quoted phrase\", -word to exclude, a | b for either); * matches everything.",
            "Elasticsearch: --config FILE, or else the local stack running in --data-dir."},
        sortOptions = false)
public final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for (several words need no quotes).")
    List<String> words;

    @Option(names = "--origin", paramLabel = "ORIGIN", converter = OriginConverter.class,
            description = "Only this origin: a country code (CN, US, FR, ...) or a bloc (CN, US, EU, OTHER, UNKNOWN).")
    Origin origin;

    @Option(names = "--org", paramLabel = "NAME",
            description = "Only this organisation: an org id (alibaba-qwen), a name (\"Mistral AI\") or ns:<hub namespace>.")
    String organization;

    @Option(names = "--month", paramLabel = "yyyy-MM", converter = MonthConverter.class,
            description = "Only what is counted in this month, e.g. 2025-07.")
    YearMonth month;

    @Option(names = "--type", paramLabel = "TYPE", split = ",", converter = TypeConverter.class,
            description = "Only these types: release, news, alert (repeat or comma-separate; default: all).")
    List<DocType> types;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "How many hits to show (default: ${DEFAULT-VALUE}); counts always cover every match.")
    int limit;

    @Option(names = "--json", description = "Print one JSON document instead of a table.")
    boolean json;

    @Mixin
    ElasticsearchOptions elasticsearch;

    @Override
    public Integer call() {
        SearchQuery query = query();
        SearchResult result;
        try (ElasticsearchConnection connection = elasticsearch.connect()) {
            result = connection.run(client -> new SearchService(client).search(query));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? SearchJson.render(result) : SearchText.render(result));
        out.flush();
        return 0;
    }

    SearchQuery query() {
        Set<DocType> only = types == null || types.isEmpty() ? EnumSet.allOf(DocType.class) : EnumSet.copyOf(types);
        try {
            return new SearchQuery(String.join(" ", words), origin, organization, month, only, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** --origin. */
    static final class OriginConverter implements ITypeConverter<Origin> {
        @Override
        public Origin convert(String value) {
            try {
                return Origin.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** --type. */
    static final class TypeConverter implements ITypeConverter<DocType> {
        @Override
        public DocType convert(String value) {
            try {
                return DocType.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
