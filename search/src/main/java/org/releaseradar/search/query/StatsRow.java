package org.releaseradar.search.query;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a stats table.
 *
 * @param key    an origin code, an org key (org_id, {@code ns:<namespace>} or UNKNOWN), or for a footer row
 *               {@code TOTAL}, {@code KNOWN_BASE}, {@code UNKNOWN_BASE}
 * @param name   an organisation's display name (from its latest month in the table), else null
 * @param origin an organisation's origin country (from its latest month in the table), else null
 * @param cells  one cell per month of the table, in month order
 * @param total  the row over all the table's months: a sum, or for a share the summed parts over the summed wholes
 */
public record StatsRow(String key, String name, String origin, Map<YearMonth, StatsCell> cells, StatsCell total) {

    public StatsRow {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }
}
