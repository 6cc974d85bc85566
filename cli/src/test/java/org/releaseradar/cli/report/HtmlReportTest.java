package org.releaseradar.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.search.query.StatsCell.Share;

class HtmlReportTest {

    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 5), YearMonth.of(2025, 6), YearMonth.of(2025, 7));

    static ReportData sample() {
        return new ReportData(Instant.parse("2026-11-23T21:30:00Z"), "Elasticsearch at http://127.0.0.1:9200",
                OriginLevel.BLOC, MONTHS,
                List.of(new ReportData.Series("CN", List.of(0L, 2L, 17L)),
                        new ReportData.Series("US", List.of(1L, 3L, 6L)),
                        new ReportData.Series("EU", List.of(0L, 1L, 2L)),
                        new ReportData.Series("UNKNOWN", List.of(0L, 0L, 0L))),
                List.of(new ReportData.ShareSeries("CN", List.of(new Share(0, 0), new Share(1, 3), new Share(2, 4))),
                        new ReportData.ShareSeries("US", List.of(new Share(0, 0), new Share(2, 3), new Share(0, 4))),
                        new ReportData.ShareSeries("EU", List.of(new Share(0, 0), new Share(0, 3), new Share(2, 4)))),
                List.of(0L, 0L, 1L),
                List.of(new ReportData.Organisation("alibaba-qwen", "Alibaba (Qwen / Tongyi)", "CN", 9),
                        new ReportData.Organisation("evil", "<script>alert('x')</script> & Co \"Labs\"", "US", 2),
                        new ReportData.Organisation("ns:someone", null, null, 1)),
                List.of(new ReportData.AlertRow(Instant.parse("2025-08-01T00:00:05Z"), "WARNING", "origin-share-shift",
                                "China's share <b>rose</b>", "CN", null, "javascript:alert(1)"),
                        new ReportData.AlertRow(Instant.parse("2025-07-22T12:00:00Z"), "NOTICE", "watched-release",
                                "Alibaba released Qwen3-Coder", "CN", "alibaba-qwen", "https://huggingface.co/Qwen/Qwen3-Coder?a=1&b=2")));
    }

    private final ReportData data = sample();
    private final String html = HtmlReport.render(data);
    private final Document doc = Jsoup.parse(html);

    @Test
    void stackedBarsCarryEveryCountAndAreDrawnToScale() {
        Element svg = doc.getElementById("chart-releases");
        assertThat(svg).isNotNull();
        long axisMax = Long.parseLong(svg.attr("data-axis-max"));
        double plotHeight = Double.parseDouble(svg.attr("data-plot-height"));
        double bottom = Double.parseDouble(svg.attr("data-plot-top")) + plotHeight;
        assertThat(axisMax).isEqualTo(50); // largest month 25 -> 50 on a 1-2-5 axis

        Map<String, Long> drawn = new HashMap<>();
        Elements rects = svg.select("rect[data-origin]");
        for (Element rect : rects) {
            long value = Long.parseLong(rect.attr("data-value"));
            drawn.put(rect.attr("data-origin") + "|" + rect.attr("data-month"), value);
            assertThat(Double.parseDouble(rect.attr("height"))).as(rect.outerHtml())
                    .isCloseTo(value * plotHeight / axisMax, within(0.001));
        }
        Map<String, Long> expected = new HashMap<>();
        for (ReportData.Series s : data.releases()) {
            for (int i = 0; i < MONTHS.size(); i++) {
                expected.put(s.key() + "|" + MONTHS.get(i), s.values().get(i));
            }
        }
        assertThat(drawn).isEqualTo(expected);
        assertThat(rects).hasSize(12);

        // Each month's bars are stacked without gaps from the axis up, and the group says the month's total.
        for (Element bar : svg.select("g.bar")) {
            double top = bottom;
            for (Element rect : bar.select("rect")) {
                double y = Double.parseDouble(rect.attr("y"));
                double h = Double.parseDouble(rect.attr("height"));
                assertThat(y + h).isCloseTo(top, within(0.002));
                top = y;
            }
            long total = bar.select("rect").stream().mapToLong(r -> Long.parseLong(r.attr("data-value"))).sum();
            assertThat(bar.attr("data-total")).isEqualTo(Long.toString(total));
        }
        assertThat(svg.select("g.bar[data-month=2025-07]").attr("data-total")).isEqualTo("25");
    }

    @Test
    void shareLinesCarryExactPartsAndLeaveMonthsWithoutDerivativesEmpty() {
        Element svg = doc.getElementById("chart-derivative-share");
        double plotHeight = Double.parseDouble(svg.attr("data-plot-height"));
        double bottom = Double.parseDouble(svg.attr("data-plot-top")) + plotHeight;
        Elements points = svg.select("circle[data-origin]");
        assertThat(points).hasSize(6); // 2025-05 has no derivative with a known base: no point, no zero
        assertThat(svg.select("circle[data-month=2025-05]")).isEmpty();
        for (Element p : points) {
            ReportData.ShareSeries series = data.derivativeShare().stream()
                    .filter(s -> s.key().equals(p.attr("data-origin"))).findFirst().orElseThrow();
            Share share = series.values().get(MONTHS.indexOf(YearMonth.parse(p.attr("data-month"))));
            assertThat(Long.parseLong(p.attr("data-part"))).isEqualTo(share.part());
            assertThat(Long.parseLong(p.attr("data-whole"))).isEqualTo(share.whole());
            assertThat(Double.parseDouble(p.attr("data-value"))).isCloseTo(share.ratio(), within(1e-6));
            assertThat(Double.parseDouble(p.attr("cy"))).isCloseTo(bottom - share.ratio() * plotHeight, within(0.001));
        }
        assertThat(svg.select("circle[data-origin=CN][data-month=2025-06]").attr("data-value")).isEqualTo("0.333333");
        assertThat(doc.getElementById("unknown-base").attr("data-value")).isEqualTo("1");
    }

    @Test
    void organisationBarsCarryTheirCounts() {
        Element svg = doc.getElementById("chart-organisations");
        long axisMax = Long.parseLong(svg.attr("data-axis-max"));
        double plotWidth = Double.parseDouble(svg.attr("data-plot-width"));
        Elements bars = svg.select("rect[data-org]");
        assertThat(bars.eachAttr("data-org")).containsExactly("alibaba-qwen", "evil", "ns:someone");
        assertThat(bars.eachAttr("data-value")).containsExactly("9", "2", "1");
        for (Element bar : bars) {
            assertThat(Double.parseDouble(bar.attr("width")))
                    .isCloseTo(Long.parseLong(bar.attr("data-value")) * plotWidth / axisMax, within(0.001));
        }
        assertThat(svg.select("text").eachText()).contains("Alibaba (Qwen / Tongyi) (CN)", "ns:someone");
    }

    @Test
    void textIsEscapedAndOnlyHttpLinksAreKept() {
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("b")).isEmpty();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co &quot;Labs&quot;");
        assertThat(doc.getElementById("chart-organisations").select("text").eachText())
                .contains("<script>alert('x')</script> & Co \"Labs\" (US)");
        Elements alertRows = doc.select("#alerts tbody tr");
        assertThat(alertRows).hasSize(2);
        assertThat(alertRows.get(0).select("a")).isEmpty(); // javascript: is not a link
        assertThat(alertRows.get(0).select("td").get(3).text()).isEqualTo("China's share <b>rose</b>");
        assertThat(alertRows.get(1).select("a").attr("href")).isEqualTo("https://huggingface.co/Qwen/Qwen3-Coder?a=1&b=2");
        assertThat(alertRows.get(1).select("td").eachText())
                .containsExactly("2025-07-22 12:00 UTC", "NOTICE", "watched-release", "Alibaba released Qwen3-Coder", "CN", "alibaba-qwen");
    }

    @Test
    void nothingIsFetched() {
        assertThat(doc.select("script, link, img, iframe, object, embed, image, use, audio, video, source")).isEmpty();
        for (Element e : doc.select("[src], [srcset], [xlink:href], [poster], [data]")) {
            throw new AssertionError("fetching attribute on " + e.outerHtml());
        }
        assertThat(doc.select("[href]")).allSatisfy(e -> assertThat(e.tagName()).isEqualTo("a"));
        assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
        assertThat(doc.select("[style]").eachAttr("style")).allSatisfy(s -> assertThat(s).doesNotContain("url("));
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
    }

    @Test
    void headerSaysTheRangeAndTimeAndFooterCreditsEpoch() {
        assertThat(doc.getElementById("range").text()).isEqualTo("2025-05 to 2025-07");
        assertThat(doc.getElementById("generated").attr("datetime")).isEqualTo("2026-11-23T21:30:00Z");
        assertThat(doc.select("header .meta").text()).contains("3 months", "32 mainline releases", "2026-11-23 21:30 UTC");
        assertThat(doc.select("footer").text()).contains("Epoch AI", "Data on Notable AI Models", "CC BY 4.0",
                "https://epoch.ai/data/notable-ai-models");
    }

    @Test
    void emptyDataIsAPageToo() {
        ReportData empty = new ReportData(Instant.EPOCH, null, OriginLevel.BLOC, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        Document page = Jsoup.parse(HtmlReport.render(empty));
        assertThat(page.select("svg")).isEmpty();
        assertThat(page.select(".empty").eachText()).hasSize(4);
        assertThat(page.getElementById("range").text()).isEqualTo("no data");
    }

    @Test
    void escapingAndLinks() {
        assertThat(Html.escape("a<b>&\"c'\u0007")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
        assertThat(Html.safeLink("javascript:alert(1)")).isNull();
        assertThat(Html.safeLink("data:text/html,x")).isNull();
        assertThat(Html.safeLink("//evil.example/x")).isNull();
        assertThat(Html.safeLink("https://huggingface.co/x")).isEqualTo("https://huggingface.co/x");
        assertThat(Svg.niceCeiling(0)).isEqualTo(1);
        assertThat(Svg.niceCeiling(7)).isEqualTo(10);
        assertThat(Svg.niceCeiling(25)).isEqualTo(50);
        assertThat(Svg.niceCeiling(101)).isEqualTo(200);
        assertThat(Svg.num(1.0 / 3)).isEqualTo("0.333");
        assertThat(Svg.num(12.0)).isEqualTo("12");
    }
}
