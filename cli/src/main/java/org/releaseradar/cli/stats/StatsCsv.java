package org.releaseradar.cli.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.releaseradar.cli.output.Csv;
import org.releaseradar.search.query.StatsCell;
import org.releaseradar.search.query.StatsGrouping;
import org.releaseradar.search.query.StatsRow;
import org.releaseradar.search.query.StatsTable;

/**
 * {@code radar stats --csv}: one line per row and month (long format, what spreadsheets pivot and data-frame
 * libraries read), every month of the table included, zeros too. Totals are left out: they are sums of the lines.
 *
 * <pre>
 * origin,month,mainline_releases
 * org,organization_name,origin_country,month,derivatives
 * origin,month,derivative_share,derivatives_on_base,derivatives_with_known_base
 * </pre>
 */
final class StatsCsv {

    /** Decimal places of a share; the exact counts it is the ratio of are in the next columns. */
    static final int SHARE_SCALE = 6;

    private StatsCsv() {
    }

    static String render(StatsTable table) {
        boolean org = table.query().grouping() == StatsGrouping.ORG;
        boolean share = table.query().metric().isShare();
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(org ? List.of("org", "organization_name", "origin_country") : List.of("origin"));
        header.add("month");
        if (share) {
            header.addAll(List.of("derivative_share", "derivatives_on_base", "derivatives_with_known_base"));
        } else {
            header.add(table.query().metric().field());
        }
        out.append(Csv.line(header));
        for (StatsRow row : table.rows()) {
            for (Map.Entry<YearMonth, StatsCell> cell : row.cells().entrySet()) {
                List<String> fields = new ArrayList<>();
                fields.add(row.key());
                if (org) {
                    fields.add(row.name());
                    fields.add(row.origin());
                }
                fields.add(cell.getKey().toString());
                if (cell.getValue() instanceof StatsCell.Share s) {
                    fields.add(s.whole() == 0 ? "" : ratio(s));
                    fields.add(Long.toString(s.part()));
                    fields.add(Long.toString(s.whole()));
                } else {
                    fields.add(Long.toString(((StatsCell.Count) cell.getValue()).value()));
                }
                out.append(Csv.line(fields));
            }
        }
        return out.toString();
    }

    static String ratio(StatsCell.Share s) {
        return BigDecimal.valueOf(s.part()).divide(BigDecimal.valueOf(s.whole()), SHARE_SCALE, RoundingMode.HALF_EVEN).toPlainString();
    }
}
