package org.releaseradar.cli.stats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.releaseradar.cli.output.Json;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.search.query.StatsCell;
import org.releaseradar.search.query.StatsGrouping;
import org.releaseradar.search.query.StatsQuery;
import org.releaseradar.search.query.StatsRow;
import org.releaseradar.search.query.StatsService;
import org.releaseradar.search.query.StatsTable;

/**
 * {@code radar stats --json}: the table as one document. A count is a number; a share is an object with the
 * ratio ({@code share}, null when the month has no derivative with a known base) and the two exact counts.
 */
final class StatsJson {

    private StatsJson() {
    }

    static String render(StatsTable table, int hiddenRows) {
        StatsQuery q = table.query();
        boolean org = q.grouping() == StatsGrouping.ORG;
        ObjectNode doc = Json.object();
        doc.put("by", q.grouping().label());
        if (!org) {
            doc.put("level", q.level() == OriginLevel.BLOC ? "bloc" : "country");
        }
        doc.put("metric", q.metric().label());
        doc.put("field", q.metric().field());
        doc.put("index", org ? StatsService.ORG_ALIAS : StatsService.ORIGIN_ALIAS);
        ArrayNode months = doc.putArray("months");
        table.months().forEach(m -> months.add(m.toString()));
        ArrayNode rows = doc.putArray("rows");
        for (StatsRow row : table.rows()) {
            ObjectNode r = rows.addObject();
            if (org) {
                r.put("org", row.key());
                r.put("name", row.name());
                r.put("origin_country", row.origin());
            } else {
                r.put("origin", row.key());
            }
            values(r, row);
        }
        for (StatsRow row : table.footer()) {
            values(doc.putObject(row.key().toLowerCase(Locale.ROOT)), row);
        }
        doc.put("rows_not_shown", hiddenRows);
        return Json.write(doc);
    }

    private static void values(ObjectNode target, StatsRow row) {
        ObjectNode values = target.putObject("values");
        for (Map.Entry<YearMonth, StatsCell> cell : row.cells().entrySet()) {
            put(values, cell.getKey().toString(), cell.getValue());
        }
        put(target, "total", row.total());
    }

    private static void put(ObjectNode target, String name, StatsCell cell) {
        if (cell instanceof StatsCell.Count count) {
            target.put(name, count.value());
        } else {
            StatsCell.Share s = (StatsCell.Share) cell;
            ObjectNode share = target.putObject(name);
            share.put("share", s.ratio());
            share.put("derivatives_on_base", s.part());
            share.put("derivatives_with_known_base", s.whole());
        }
    }
}
