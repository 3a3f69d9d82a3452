package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir Path dir;

    private ReportContent comparisonReport(boolean partial) throws Exception {
        List<String> variants = List.of(ReportFixtures.BASE, ReportFixtures.ALT);
        List<MetricRow> reps = ReportFixtures.replications(variants, new double[] {0, -1}, 6, 8, 3);
        List<SummaryRow> summary = Summary.of(reps);
        List<ChartImage> charts = new ArrayList<>(Charts.standard(dir, summary));
        charts.add(MapChart.write(dir, ReportFixtures.map()));
        return ReportContent.of("Demo <script>alert('x')</script> & \"friends\"",
                        "Line one <b>bold?</b>\n\nSecond paragraph <script>evil()</script>",
                        ReportFixtures.manifest(variants, partial), summary)
                .withComparison(ReportFixtures.BASE, Comparison.paired(reps, ReportFixtures.BASE))
                .withCharts(charts);
    }

    @Test
    void containsTheHeadlineTableWithChineseNames() throws Exception {
        String html = Files.readString(HtmlReport.write(dir, comparisonReport(false), Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("name=\"viewport\""));
        assertTrue(html.contains("<table class=\"headline\">"));
        assertTrue(html.contains("基层诊疗量占比 (%)<span class=\"code\">primary_visit_share</span>"));
        assertTrue(html.contains("病床使用率"));
        assertTrue(html.contains("预约后平均等待时间"));
        assertTrue(html.contains("Noto Sans CJK SC"), "font stack covers CJK");
        // Both variants are columns; the baseline is marked.
        assertTrue(html.contains(">two-grids<span class=\"sub\">基线</span></th>"));
        assertTrue(html.contains(">three-grids</th>"));
        // The comparison: a table, verdict badges and a plain-language line.
        assertTrue(html.contains("<table class=\"compare\">"));
        assertTrue(html.contains("badge better"));
        assertTrue(html.contains("<p class=\"verdict\">three-grids："));
        assertTrue(html.contains("转诊患者平均等待时间缩短（\u2212"));
        // The manifest.
        assertTrue(html.contains("20240501"));
        assertTrue(html.contains("3f5a0c1e9b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809"));
        assertTrue(html.contains("93.4 s"));
        assertFalse(html.contains("class=\"warning\""));
    }

    @Test
    void carriesTheGlyphsOfItsChineseCharacters() throws Exception {
        String html = HtmlReport.render(comparisonReport(false), Locale.SIMPLIFIED_CHINESE);
        Matcher m = Pattern.compile("@font-face \\{ font-family: \"Tiercare Sans SC\"; [^}]*unicode-range: ([^;]+);\\s*"
                + "src: url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\) format\\(\"truetype\"\\); }").matcher(html);
        assertTrue(m.find(), "an @font-face with the font inline");
        assertEquals(HtmlReport.EMBEDDED_RANGE, m.group(1));
        byte[] ttf = java.util.Base64.getDecoder().decode(m.group(2));
        java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(ttf));
        // Every Chinese character of the page, and no other, is in the embedded font.
        StringBuilder chinese = new StringBuilder();
        html.codePoints().filter(HtmlReport::inEmbeddedRange).distinct().forEach(chinese::appendCodePoint);
        assertTrue(chinese.indexOf("病床使用率".substring(0, 1)) >= 0 && chinese.length() > 100, chinese.toString());
        assertEquals(-1, font.canDisplayUpTo(chinese.toString()));
        assertFalse(font.canDisplay('鼎'), "a character the page does not use");
        assertFalse(font.canDisplay('A'), "Latin is left to the system font");
        assertTrue(ttf.length < 200_000, "the page's glyphs only: " + ttf.length);
        // It comes first in the font stacks, so Chinese looks the same on every machine.
        assertTrue(html.contains("font-family: \"Tiercare Sans SC\", system-ui"));
        assertEquals(1, html.split("@font-face", -1).length - 1);
    }

    @Test
    void aPageWithoutChineseCarriesNoFont() {
        assertEquals("", HtmlReport.fontFace("<p>Only Latin – and ★ symbols</p>"));
        assertTrue(HtmlReport.fontFace("<p>网格</p>").startsWith("@font-face"));
    }

    @Test
    void escapesAllText() throws Exception {
        String html = HtmlReport.render(comparisonReport(false));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element");
        assertFalse(html.contains("<b>bold?</b>"));
        assertTrue(html.contains("Demo &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;"));
        assertTrue(html.contains("Second paragraph &lt;script&gt;evil()&lt;/script&gt;"));
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", HtmlReport.esc("<a href=\"x\">&'"));
    }

    @Test
    void embedsEveryChartAndReferencesNothingOutside() throws Exception {
        ReportContent c = comparisonReport(false);
        String html = HtmlReport.render(c);
        Matcher m = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        int images = 0;
        while (m.find()) {
            byte[] png = java.util.Base64.getDecoder().decode(m.group(1));
            assertEquals((byte) 0x89, png[0]);
            assertEquals('P', png[1]);
            images++;
        }
        assertEquals(c.charts().size(), images);
        assertEquals(4, images);
        for (ChartImage chart : c.charts()) assertTrue(html.contains("<figure id=\"" + chart.name() + "\">"));
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("http://"));
        assertFalse(lower.contains("https://"));
        assertFalse(lower.contains("src=\"//"));
        assertFalse(lower.contains("<link"));
        assertFalse(lower.contains("@import"));
        // The one url() is the embedded font's data URL.
        assertFalse(Pattern.compile("url\\((?!data:font/ttf;base64,)").matcher(lower).find());
        assertFalse(Pattern.compile("(src|href)=\"(?!data:)", Pattern.CASE_INSENSITIVE).matcher(html).find());
    }

    @Test
    void flagsPartialResults() throws Exception {
        String html = HtmlReport.render(comparisonReport(true), Locale.ENGLISH);
        assertTrue(html.contains("Partial results"));
        assertTrue(html.contains("7 of 10 replications finished"));
    }

    @Test
    void sweepHasATablePerLeverValueAndNamesTheWinners() throws Exception {
        List<MetricRow> reps = ReportFixtures.sweepReplications(5);
        List<SummaryRow> summary = Summary.of(reps);
        Sweep sweep = ReportFixtures.sweep();
        List<ChartImage> charts = Charts.sweep(dir, summary, sweep);
        String html = HtmlReport.render(ReportContent.of("Sweep", "", ReportFixtures.manifest(List.of("a"), false), summary)
                .withSweep(sweep).withCharts(charts), Locale.ENGLISH);
        assertTrue(html.contains("<table class=\"sweep\">"));
        for (String v : List.of("0", "0.1", "0.2", "0.333", "0.5")) {
            assertTrue(html.contains("<tr><th scope=\"row\" class=\"num\">" + v + "</th>"), v);
        }
        assertTrue(html.contains("<strong>shortest mean consult wait of referred patients</strong>: reserved slot share = 0.5, "));
        assertTrue(html.contains("<figure id=\"sweep_wait_consult_mean_h\">"));
        assertFalse(html.contains("<table class=\"compare\">"));
    }

    @Test
    void aBareSummaryStillMakesAPage() {
        String html = HtmlReport.render(ReportContent.of("Only a summary", null, null,
                List.of(new SummaryRow("base", "network", "all", "visits", 10, 9, 11, 3))));
        assertTrue(html.contains("<table class=\"headline\">"));
        assertTrue(html.trim().endsWith("</html>"));
    }
}
