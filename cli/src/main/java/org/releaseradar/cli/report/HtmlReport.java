package org.releaseradar.cli.report;

import static org.releaseradar.cli.report.Html.escape;
import static org.releaseradar.cli.report.Svg.num;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.releaseradar.search.query.StatsCell;

/**
 * The HTML report: one self-contained page (inline CSS and SVG; no script, font, image or stylesheet is fetched,
 * and a Content-Security-Policy forbids any) drawn from a {@link ReportData}. A pure function, so the demo and the
 * {@code radar report} command write the same page and tests can read every number back.
 *
 * <p>Every drawn mark carries its number in data attributes ({@code data-origin}, {@code data-month},
 * {@code data-value}, …), exactly as in the data; heights and positions are derived from those numbers with the
 * chart's {@code data-axis-max} and {@code data-plot-height}/{@code data-plot-width}.
 */
public final class HtmlReport {

    static final String EPOCH_CREDIT_URL = "https://epoch.ai/data/notable-ai-models";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    // Chart geometry (SVG user units).
    private static final int WIDTH = 960;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;
    private static final int PLOT_HEIGHT = 260;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;

    private HtmlReport() {
    }

    public static String render(ReportData data) {
        StringBuilder html = new StringBuilder(64 * 1024);
        String range = data.months().isEmpty() ? "no data"
                : data.months().get(0) + " to " + data.months().get(data.months().size() - 1);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                // Nothing may be fetched: no scripts, no remote styles, fonts or images.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Release Radar report, ").append(escape(range)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(html, data, range);
        releasesChart(html, data);
        shareChart(html, data);
        organisationsChart(html, data);
        alertsTable(html, data);
        footer(html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, ReportData data, String range) {
        long releases = data.releaseTotals().stream().mapToLong(Long::longValue).sum();
        html.append("<header>\n<h1>Release Radar</h1>\n<p class=\"meta\">")
                .append("Data: <span id=\"range\">").append(escape(range)).append("</span> (")
                .append(data.months().size()).append(data.months().size() == 1 ? " month" : " months").append(", ")
                .append(String.format(Locale.ROOT, "%,d", releases)).append(" mainline releases; origins by ")
                .append(data.level().name().toLowerCase(Locale.ROOT)).append(")")
                .append(" · generated <time id=\"generated\" datetime=\"").append(escape(data.generatedAt().toString())).append("\">")
                .append(escape(MINUTE.format(data.generatedAt()))).append("</time>");
        if (data.source() != null && !data.source().isBlank()) {
            html.append(" · from <span id=\"source\">").append(escape(data.source())).append("</span>");
        }
        html.append("</p>\n</header>\n");
    }

    // ------------------------------------------------------------------ releases: stacked bars

    private static void releasesChart(StringBuilder html, ReportData data) {
        html.append("<section id=\"releases\">\n<h2>Mainline releases by origin and month</h2>\n");
        if (data.months().isEmpty() || data.releases().isEmpty()) {
            html.append("<p class=\"empty\">No releases in range.</p>\n</section>\n");
            return;
        }
        List<Long> totals = data.releaseTotals();
        long axisMax = Svg.niceCeiling(totals.stream().mapToLong(Long::longValue).max().orElse(0));
        int n = data.months().size();
        double slot = (double) PLOT_WIDTH / n;
        double barWidth = Math.max(1, slot * 0.72);
        openChart(html, "chart-releases", "Stacked bars: mainline releases per month, one colour per origin", axisMax);
        yAxis(html, axisMax, false);
        for (int i = 0; i < n; i++) {
            YearMonth month = data.months().get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double stacked = 0;
            html.append("<g class=\"bar\" data-month=\"").append(month).append("\" data-total=\"").append(totals.get(i)).append("\">");
            for (ReportData.Series series : data.releases()) {
                long value = series.values().get(i);
                double height = value * (double) PLOT_HEIGHT / axisMax;
                double y = TOP + PLOT_HEIGHT - stacked - height;
                stacked += height;
                html.append("<rect data-origin=\"").append(escape(series.key())).append("\" data-month=\"").append(month)
                        .append("\" data-value=\"").append(value).append("\" x=\"").append(num(x)).append("\" y=\"")
                        .append(num(y)).append("\" width=\"").append(num(barWidth)).append("\" height=\"").append(num(height))
                        .append("\" fill=\"").append(Palette.colour(series.key())).append("\"><title>")
                        .append(escape(series.key())).append(' ').append(month).append(": ").append(value)
                        .append("</title></rect>");
            }
            html.append("</g>\n");
        }
        monthLabels(html, data.months(), slot, true);
        html.append("</svg>\n");
        legend(html, data.releases().stream().map(ReportData.Series::key).toList());
        html.append("</section>\n");
    }

    // ------------------------------------------------------------------ derivative share: lines

    private static void shareChart(StringBuilder html, ReportData data) {
        html.append("<section id=\"derivative-share\">\n<h2>Share of new derivatives by base model origin</h2>\n")
                .append("<p class=\"note\">Of the derivatives (fine-tunes, quantizations, adapters, merges) released in a month whose base model's origin is known, the share built on each origin's models.</p>\n");
        if (data.months().isEmpty() || data.derivativeShare().isEmpty()) {
            html.append("<p class=\"empty\">No derivatives with a known base in range.</p>\n</section>\n");
            return;
        }
        int n = data.months().size();
        double slot = (double) PLOT_WIDTH / n;
        openChart(html, "chart-derivative-share", "Lines: share of the month's derivatives built on each origin's models", 100);
        yAxis(html, 100, true);
        for (ReportData.ShareSeries series : data.derivativeShare()) {
            String colour = Palette.colour(series.key());
            StringBuilder path = new StringBuilder();
            StringBuilder points = new StringBuilder();
            boolean penDown = false;
            for (int i = 0; i < n; i++) {
                StatsCell.Share share = series.values().get(i);
                YearMonth month = data.months().get(i);
                if (share.ratio() == null) {
                    penDown = false; // no derivative with a known base that month: a gap, not a zero
                    continue;
                }
                double x = LEFT + i * slot + slot / 2;
                double y = TOP + PLOT_HEIGHT - share.ratio() * PLOT_HEIGHT;
                path.append(penDown ? " L" : (path.length() == 0 ? "M" : " M")).append(num(x)).append(' ').append(num(y));
                penDown = true;
                points.append("<circle data-origin=\"").append(escape(series.key())).append("\" data-month=\"").append(month)
                        .append("\" data-part=\"").append(share.part()).append("\" data-whole=\"").append(share.whole())
                        .append("\" data-value=\"").append(ratio(share)).append("\" cx=\"").append(num(x)).append("\" cy=\"")
                        .append(num(y)).append("\" r=\"3\" fill=\"").append(colour).append("\"><title>")
                        .append(escape(series.key())).append(' ').append(month).append(": ").append(share.part()).append(" of ")
                        .append(share.whole()).append(" (").append(percent(share)).append(")</title></circle>");
            }
            html.append("<g class=\"series\" data-origin=\"").append(escape(series.key())).append("\">");
            if (path.length() > 0) {
                html.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\"/>");
            }
            html.append(points).append("</g>\n");
        }
        monthLabels(html, data.months(), slot, true);
        html.append("</svg>\n");
        legend(html, data.derivativeShare().stream().map(ReportData.ShareSeries::key).toList());
        long unknown = data.unknownBase().stream().mapToLong(Long::longValue).sum();
        if (unknown > 0) {
            html.append("<p class=\"note\" id=\"unknown-base\" data-value=\"").append(unknown).append("\">")
                    .append(unknown).append(unknown == 1 ? " derivative" : " derivatives")
                    .append(" in range declared a base model of unknown origin and are not in the shares.</p>\n");
        }
        html.append("</section>\n");
    }

    /** part/whole as a decimal with up to six places, for data-value; exact parts are in data-part/data-whole. */
    private static String ratio(StatsCell.Share share) {
        return java.math.BigDecimal.valueOf(share.part())
                .divide(java.math.BigDecimal.valueOf(share.whole()), 6, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }

    private static String percent(StatsCell.Share share) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * share.ratio());
    }

    // ------------------------------------------------------------------ organisations: horizontal bars

    private static void organisationsChart(StringBuilder html, ReportData data) {
        html.append("<section id=\"organisations\">\n<h2>Top organisations by mainline releases</h2>\n");
        List<ReportData.Organisation> orgs = data.topOrganisations();
        if (orgs.isEmpty()) {
            html.append("<p class=\"empty\">No organisation released a mainline model in range.</p>\n</section>\n");
            return;
        }
        int rowHeight = 22;
        int labelWidth = 260;
        int barsWidth = WIDTH - labelWidth - 80;
        long axisMax = Svg.niceCeiling(orgs.stream().mapToLong(ReportData.Organisation::releases).max().orElse(0));
        int height = orgs.size() * rowHeight + 8;
        html.append("<svg id=\"chart-organisations\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" data-axis-max=\"").append(axisMax).append("\" data-plot-width=\"").append(barsWidth)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>Bars: mainline releases per organisation</title>\n");
        for (int i = 0; i < orgs.size(); i++) {
            ReportData.Organisation org = orgs.get(i);
            double y = 4 + i * rowHeight;
            double width = org.releases() * (double) barsWidth / axisMax;
            String label = org.label() + (org.origin() == null ? "" : " (" + org.origin() + ")");
            html.append("<g class=\"org\"><text x=\"").append(labelWidth - 8).append("\" y=\"").append(num(y + 15))
                    .append("\" text-anchor=\"end\">").append(escape(label)).append("</text>")
                    .append("<rect data-org=\"").append(escape(org.key())).append("\" data-value=\"").append(org.releases())
                    .append("\" x=\"").append(labelWidth).append("\" y=\"").append(num(y + 2)).append("\" width=\"")
                    .append(num(width)).append("\" height=\"").append(rowHeight - 6).append("\" fill=\"")
                    .append(Palette.colour(org.origin() == null ? "UNKNOWN" : org.origin())).append("\"><title>")
                    .append(escape(org.label())).append(": ").append(org.releases()).append("</title></rect>")
                    .append("<text x=\"").append(num(labelWidth + width + 6)).append("\" y=\"").append(num(y + 15)).append("\">")
                    .append(org.releases()).append("</text></g>\n");
        }
        html.append("</svg>\n</section>\n");
    }

    // ------------------------------------------------------------------ alerts: table

    private static void alertsTable(StringBuilder html, ReportData data) {
        html.append("<section id=\"alerts\">\n<h2>Latest alerts</h2>\n");
        if (data.latestAlerts().isEmpty()) {
            html.append("<p class=\"empty\">No alerts.</p>\n</section>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th>time</th><th>severity</th><th>rule</th><th>alert</th><th>origin</th><th>organisation</th></tr></thead>\n<tbody>\n");
        for (ReportData.AlertRow alert : data.latestAlerts()) {
            String link = Html.safeLink(alert.url());
            html.append("<tr class=\"severity-").append(escape(lower(alert.severity()))).append("\"><td>")
                    .append(alert.createdAt() == null ? "" : escape(MINUTE.format(alert.createdAt()))).append("</td><td>")
                    .append(escape(alert.severity())).append("</td><td>").append(escape(alert.rule())).append("</td><td>");
            if (link != null) {
                html.append("<a href=\"").append(escape(link)).append("\" rel=\"noopener noreferrer\">")
                        .append(escape(alert.title())).append("</a>");
            } else {
                html.append(escape(alert.title()));
            }
            html.append("</td><td>").append(escape(alert.origin())).append("</td><td>").append(escape(alert.organization()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    private static void footer(StringBuilder html) {
        html.append("<footer>\n<p>Made by Release Radar from Hugging Face Hub listings, news feeds and ")
                .append("<strong>Epoch AI, “Data on Notable AI Models”</strong>, <a href=\"").append(EPOCH_CREDIT_URL)
                .append("\">").append(EPOCH_CREDIT_URL).append("</a>, licensed under ")
                .append("<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>. ")
                .append("Counts are exact at generation time; a month is the UTC calendar month of the release.</p>\n</footer>\n");
    }

    // ------------------------------------------------------------------ shared chart parts

    private static void openChart(StringBuilder html, String id, String title, long axisMax) {
        html.append("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(TOP + PLOT_HEIGHT + BOTTOM).append("\" data-axis-max=\"").append(axisMax)
                .append("\" data-plot-height=\"").append(PLOT_HEIGHT).append("\" data-plot-top=\"").append(TOP)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>").append(escape(title)).append("</title>\n");
    }

    private static void yAxis(StringBuilder html, long axisMax, boolean percent) {
        long divisions = axisMax % 5 == 0 ? 5 : axisMax % 4 == 0 ? 4 : axisMax % 2 == 0 ? 2 : 1;
        html.append("<g class=\"axis\">");
        for (long d = 0; d <= divisions; d++) {
            long value = axisMax * d / divisions;
            double y = TOP + PLOT_HEIGHT - (double) PLOT_HEIGHT * d / divisions;
            html.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(num(y))
                    .append("\" y2=\"").append(num(y)).append("\"/><text x=\"").append(LEFT - 6).append("\" y=\"")
                    .append(num(y + 4)).append("\" text-anchor=\"end\">").append(value).append(percent ? "%" : "")
                    .append("</text>");
        }
        html.append("</g>\n");
    }

    private static void monthLabels(StringBuilder html, List<YearMonth> months, double slot, boolean centred) {
        int step = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        html.append("<g class=\"months\">");
        for (int i = 0; i < months.size(); i += step) {
            double x = LEFT + i * slot + (centred ? slot / 2 : 0);
            html.append("<text x=\"").append(num(x)).append("\" y=\"").append(TOP + PLOT_HEIGHT + 18)
                    .append("\" text-anchor=\"middle\">").append(months.get(i)).append("</text>");
        }
        html.append("</g>\n");
    }

    private static void legend(StringBuilder html, List<String> keys) {
        html.append("<ul class=\"legend\">");
        for (String key : keys) {
            html.append("<li><span class=\"swatch\" style=\"background:").append(Palette.colour(key)).append("\"></span>")
                    .append(escape(key)).append("</li>");
        }
        html.append("</ul>\n");
    }

    private static final String CSS = """
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px auto; max-width: 1000px; color: #222; padding: 0 12px; }
            h1 { margin: 0 0 4px; font-size: 26px; }
            h2 { font-size: 18px; margin: 28px 0 6px; }
            .meta, .note, footer { color: #555; }
            .empty { color: #888; font-style: italic; }
            svg.chart { width: 100%; height: auto; display: block; }
            svg.chart text { font-size: 11px; fill: #444; }
            .axis line { stroke: #e3e3e3; stroke-width: 1; }
            .legend { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 4px 14px; }
            .swatch { display: inline-block; width: 11px; height: 11px; margin-right: 5px; vertical-align: -1px; border-radius: 2px; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee; vertical-align: top; }
            th { font-weight: 600; border-bottom: 2px solid #ddd; }
            tr.severity-critical td:nth-child(2) { color: #b00020; font-weight: 600; }
            tr.severity-warning td:nth-child(2) { color: #b35c00; font-weight: 600; }
            footer { margin-top: 36px; border-top: 1px solid #eee; padding-top: 10px; font-size: 12px; }
            """;
}
