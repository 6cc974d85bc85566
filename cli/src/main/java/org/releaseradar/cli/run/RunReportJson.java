package org.releaseradar.cli.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.releaseradar.cli.output.Json;

/** The report of a run as one JSON document. */
final class RunReportJson {

    private RunReportJson() {
    }

    static String render(RunReport report) {
        ObjectNode doc = Json.object();
        doc.put("releases_total", report.totalReleases());
        ArrayNode stats = doc.putArray("stats");
        for (RunReport.StatsLine s : report.stats()) {
            stats.addObject().put("origin", s.origin()).put("month", s.month().toString())
                    .put("releases", s.releases()).put("derivatives", s.derivatives()).put("downloads", s.downloads());
        }
        ArrayNode months = doc.putArray("last_12_months");
        report.months().forEach(m -> months.add(m.toString()));
        ObjectNode base = doc.putObject("derivatives_by_base_origin");
        report.byBaseOrigin().forEach(b -> base.put(b.origin(), b.derivatives()));
        doc.put("derivatives_unknown_base", report.unknownBase());
        ObjectNode search = doc.putObject("search");
        search.put("query", report.searchQuery()).put("total", report.searchTotal());
        ArrayNode hits = search.putArray("hits");
        for (RunReport.Hit h : report.hits()) {
            hits.addObject().put("type", h.type()).put("title", h.title()).put("origin", h.origin())
                    .put("month", h.month()).put("score", h.score()).put("url", h.url());
        }
        doc.put("alerts_total", report.alertTotal());
        ObjectNode byRule = doc.putObject("alerts_by_rule");
        report.alertsByRule().forEach(byRule::put);
        ArrayNode alerts = doc.putArray("alerts");
        for (RunReport.AlertLine a : report.alerts()) {
            alerts.addObject().put("id", a.id()).put("severity", a.severity()).put("rule", a.rule())
                    .put("title", a.title()).put("origin", a.origin()).put("month", a.month());
        }
        doc.put("dlq", report.dlq());
        ObjectNode dlq = doc.putObject("dlq_by_source");
        report.dlqBySource().forEach(dlq::put);
        ArrayNode sources = doc.putArray("sources");
        for (RunReport.SourceLine s : report.sources()) {
            ObjectNode n = sources.addObject().put("source", s.source()).put("state", s.state());
            if (s.reason() != null) {
                n.put("reason", s.reason());
            }
        }
        doc.put("seconds", report.took().toMillis() / 1000.0);
        return Json.write(doc);
    }
}
