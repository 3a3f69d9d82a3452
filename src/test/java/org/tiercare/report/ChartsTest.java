package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    @TempDir Path dir;

    private static List<SummaryRow> summary(int facilities) {
        return Summary.of(ReportFixtures.replications(List.of(ReportFixtures.BASE, ReportFixtures.ALT),
                new double[] {0, -1}, 6, facilities, 5));
    }

    static void assertChart(ChartImage c, String name, int width, int height) throws Exception {
        assertEquals(name, c.name());
        assertEquals(name + ".png", c.png().getFileName().toString());
        assertTrue(Files.size(c.png()) > 1000);
        BufferedImage img = ImageIO.read(c.png().toFile());
        assertNotNull(img, "PNG decodes");
        assertEquals(width * ChartFiles.SCALE, img.getWidth());
        assertEquals(height * ChartFiles.SCALE, img.getHeight());
        String svg = Files.readString(c.svg(), StandardCharsets.UTF_8).stripLeading();
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, Math.min(80, svg.length())));
        assertTrue(svg.contains("<svg"));
        assertTrue(svg.stripTrailing().endsWith("</svg>"));
        assertTrue(c.caption().length() > 20);
    }

    /** A map's size follows the district's shape, within the chart's limits. */
    private static void assertMap(ChartImage c, MapData data) throws Exception {
        var chart = MapChart.build(data, ChartText.in(Locale.ENGLISH));
        assertTrue(chart.getWidth() >= MapChart.MIN_WIDTH && chart.getWidth() <= MapChart.WIDTH, "width " + chart.getWidth());
        assertTrue(chart.getHeight() >= MapChart.MIN_HEIGHT && chart.getHeight() <= MapChart.MAX_HEIGHT, "height " + chart.getHeight());
        assertChart(c, "map", chart.getWidth(), chart.getHeight());
    }

    @Test
    void standardChartsAreWrittenAsPngAndSvg() throws Exception {
        List<ChartImage> charts = Charts.standard(dir, summary(12), Locale.ENGLISH);
        assertEquals(List.of("wait_by_tier", "wait_by_source", "load_by_facility"), charts.stream().map(ChartImage::name).toList());
        assertChart(charts.get(0), "wait_by_tier", 1000, 600);
        assertChart(charts.get(1), "wait_by_source", 1000, 600);
        assertChart(charts.get(2), "load_by_facility", 1200, 650);
        assertEquals("Load by facility", charts.get(2).title());
        for (String f : List.of("wait_by_tier", "wait_by_source", "load_by_facility")) {
            assertTrue(Files.exists(dir.resolve(f + ".png")) && Files.exists(dir.resolve(f + ".svg")), f);
        }
    }

    @Test
    void aChineseTitleIsDrawnWithTheBundledFont() throws Exception {
        ChartImage c = Charts.waitByTier(dir, summary(4), Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertEquals("各级医疗机构平均等待时间", c.title());
        assertEquals(-1, ChartFiles.TITLE_FONT.canDisplayUpTo(c.title()));
        // The title band (the chart's top 40 px, centred) is drawn on; the band's outer fifths stay white.
        BufferedImage img = ImageIO.read(c.png().toFile());
        int band = 40 * ChartFiles.SCALE, w = img.getWidth();
        assertTrue(darkPixels(img, w * 2 / 5, 3 * w / 5, 0, band) > 1000, "title drawn");
        assertEquals(0, darkPixels(img, 0, w / 5, 0, band));
        assertEquals(0, darkPixels(img, 4 * w / 5, w, 0, band));
        // The SVG carries the chart's words as text (SvgTextTest), and its title and caption in <title>/<desc>.
        String svg = Files.readString(c.svg(), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<title>各级医疗机构平均等待时间</title>"), svg.substring(0, 600));
        assertTrue(svg.contains("<desc>" + HtmlReport.esc(c.caption()) + "</desc>"));
        assertTrue(c.caption().contains("置信区间"));
    }

    private static int darkPixels(BufferedImage img, int x0, int x1, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 128) n++;
            }
        }
        return n;
    }

    @Test
    void svgTitleGoesRightAfterTheOpeningTag() {
        assertEquals("<?xml?><svg a=\"1\">\n  <title>A &amp; B</title>\n  <desc>&lt;c&gt;</desc><g/></svg>",
                ChartFiles.withTitle("<?xml?><svg a=\"1\"><g/></svg>", "A & B", "<c>"));
        assertEquals("no svg here", ChartFiles.withTitle("no svg here", "t", "c"));
    }

    @Test
    void facilitiesAreLabelledWithTheirNamesShortenedToSixteenColumns() {
        assertEquals("H1 清水县人民医院", Charts.facilityLabel("H1", "清水县人民医院"));            // 14 columns
        // 12 Chinese characters: 24 columns; seven of them and the ellipsis make 16.
        assertEquals("H2 清水县第二人民…", Charts.facilityLabel("H2", "清水县第二人民医院附属分院"));
        assertEquals("C5 Lotus THC", Charts.facilityLabel("C5", " Lotus THC "));
        // 25 columns: 14 letters and the ellipsis (two columns).
        assertEquals("P1 Provincial Med…", Charts.facilityLabel("P1", "Provincial Medical Centre"));
        assertEquals("T1 Green Valley THC", Charts.facilityLabel("T1", "Green Valley THC"));      // exactly 16
        // 鑫 is not in the bundled font (GB2312 level 2): the id alone rather than a box.
        assertEquals("V1", Charts.facilityLabel("V1", "鑫源村卫生室"));
        assertEquals("G", Charts.facilityLabel("G", null));
        assertEquals("G", Charts.facilityLabel("G", "G"));
        assertEquals(16, Charts.columns("清水县第二人民…"));
    }

    @Test
    void loadChartLabelsTakeFacilityNamesOnly() {
        List<NameRow> names = List.of(new NameRow("A", NameRow.ZONE, "城关镇"), new NameRow("B", NameRow.FACILITY, "城关镇卫生院"),
                new NameRow("B", NameRow.FACILITY, "later name"), new NameRow("C", NameRow.GRID, "C"));
        assertEquals(List.of("A", "B 城关镇卫生院", "C", "D"), Charts.facilityLabels(List.of("A", "B", "C", "D"), names));
    }

    @Test
    void loadChartShowsOnlyTheMostLoadedFacilities() throws Exception {
        List<SummaryRow> one = summary(40).stream().filter(r -> r.variant().equals(ReportFixtures.BASE)).toList();
        ChartImage c = Charts.loadByFacility(dir, one, Locale.ENGLISH).orElseThrow();
        assertEquals("Load by facility (the 25 most loaded of 40)", c.title());
        assertTrue(c.caption().contains("25 most loaded of 40"));
        // Two variants × two metrics: at most 120 bars, so 25 facilities still fit (100 bars).
        ChartImage two = Charts.loadByFacility(dir, summary(40), Locale.ENGLISH).orElseThrow();
        assertEquals("Load by facility (the 25 most loaded of 40)", two.title());
    }

    @Test
    void nothingIsDrawnWithoutData() throws Exception {
        List<SummaryRow> none = List.of(new SummaryRow("v", "network", "all", "visits", 1, 1, 1, 2));
        assertTrue(Charts.standard(dir, none).isEmpty());
        assertTrue(Charts.timeSeries(dir, List.of()).isEmpty());
        assertTrue(Charts.sweep(dir, none, ReportFixtures.sweep()).isEmpty());
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void sweepDrawsEachHeadlineMetricAgainstTheLever() throws Exception {
        List<SummaryRow> s = Summary.of(ReportFixtures.sweepReplications(5));
        List<ChartImage> charts = Charts.sweep(dir, s, ReportFixtures.sweep());
        // The fixture's scenario has no money section: no chart for what was not measured.
        List<String> expected = MetricFormat.SWEEP_CHARTED.stream().filter(m -> !m.startsWith("spend_")).map(m -> "sweep_" + m).toList();
        assertTrue(expected.size() < MetricFormat.SWEEP_CHARTED.size(), "money metrics are charted in a sweep when present");
        assertEquals(expected, charts.stream().map(ChartImage::name).toList());
        for (ChartImage c : charts) assertChart(c, c.name(), 900, 540);
        assertTrue(charts.get(0).title().contains("reserved slot share"), charts.get(0).title());
        assertFalse(charts.get(0).title().contains("policy.reserved_slot_share"));
    }

    @Test
    void sweepWithSeveralLeversDrawsOneLinePerCombination() throws Exception {
        List<SweepPoint> pts = new ArrayList<>();
        List<MetricRow> rows = new ArrayList<>();
        int i = 0;
        for (String other : List.of("outreach=0", "outreach=2")) {
            for (double v : new double[] {0, 0.25, 0.5}) {
                String name = "v" + i++;
                pts.add(new SweepPoint(name, v, other));
                for (int r = 0; r < 3; r++) rows.add(new MetricRow(name, r, "network", "all", "unserved", 10 * v + r + (other.endsWith("2") ? 5 : 0)));
            }
        }
        List<ChartImage> charts = Charts.sweep(dir, Summary.of(rows), new Sweep("policy.reserved_slot_share", pts));
        assertEquals(1, charts.size());
        assertChart(charts.get(0), "sweep_unserved", 900, 540);
    }

    @Test
    void timeSeriesAndMapAreWritten() throws Exception {
        assertChart(Charts.timeSeries(dir, ReportFixtures.timeSeries()).orElseThrow(), "timeseries", 1000, 540);
        ChartImage map = MapChart.write(dir, ReportFixtures.map(), Locale.ENGLISH);
        assertMap(map, ReportFixtures.map());
        assertTrue(map.caption().contains("referral flows"));
        assertTrue(map.caption().contains("outreach tours"));
        assertEquals("Grid layout", map.title());
        assertTrue(map.caption().contains("area ∝ outpatient doctor utilisation;"), map.caption());
        // The layout's id is named in the title; a load description that is not a metric is drawn as given.
        MapData given = new MapData("L1", List.of(), List.of(), List.of(), List.of(), "beds in use");
        ChartImage.Words w = MapChart.words(given, ChartText.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("网格化布局：L1", w.title());
        assertTrue(w.caption().contains("面积 ∝ beds in use；"), w.caption());
        // A map of one variant among several names the variant and its layout in title and caption.
        MapData variant = new MapData("L1", "outreach-10", List.of(), List.of(), List.of(), List.of(), null);
        ChartImage.Words en = MapChart.words(variant, ChartText.in(Locale.ENGLISH));
        assertEquals("Grid layout L1 · variant outreach-10", en.title());
        assertTrue(en.caption().startsWith("Variant outreach-10 on grid layout L1; flows and tours from its replication 1. Grid layout (km)."),
                en.caption());
        ChartImage.Words zh = MapChart.words(variant, ChartText.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("网格化布局：L1 · 方案 outreach-10", zh.title());
        assertTrue(zh.caption().startsWith("方案 outreach-10，网格化布局 L1；转诊流向与巡诊路线取自其第 1 次重复运行。网格化布局（单位：公里）。"),
                zh.caption());
    }

    @Test
    void mapCopesWithEmptyAndDegenerateInput() throws Exception {
        MapData empty = new MapData(List.of(), List.of(), List.of(), List.of());
        assertMap(MapChart.write(dir, empty, Locale.ENGLISH), empty);
        MapData one = new MapData(List.of(new MapZone("Z", 1, 1, 0, "G")),
                List.of(new MapFacility("F", 1, 1, "unknown-tier", "G", true, Double.NaN)),
                List.of(new MapFlow("F", "F", 5), new MapFlow("F", "missing", 5)), List.of(new MapTour(List.of("missing"))));
        assertMap(MapChart.write(dir, one, Locale.ENGLISH), one);
    }

    @Test
    void mapKeepsOneKilometreEquallyLongOnBothAxes() {
        var chart = MapChart.build(ReportFixtures.map());
        double px = chart.getScreenXFromChart(10) - chart.getScreenXFromChart(0);
        double py = chart.getScreenYFromChart(0) - chart.getScreenYFromChart(10);
        assertEquals(px, py, 0.02 * px);
    }

    /** Where xchart drew the legend, after painting the chart (the legend part is not public). */
    private static java.awt.geom.Rectangle2D legendBounds(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) throws Exception {
        BufferedImage img = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        g.dispose();
        var f = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("legend");
        f.setAccessible(true);
        return ((org.knowm.xchart.internal.chartpart.ChartPart) f.get(chart)).getBounds();
    }

    private static org.knowm.xchart.CategoryChart longLegendChart() {
        var chart = Charts.categoryChart(1000, 600, "t", "x", "y");
        for (String v : List.of("two-groups-reserve-third · outpatient doctor utilisation",
                "two-groups-reserve-third · bed occupancy", "two-groups-reserve-half-and-outreach · outpatient doctor utilisation",
                "two-groups-reserve-half-and-outreach · bed occupancy")) {
            chart.addSeries(v, List.of("a", "b"), List.of(1.0, 2.0));
        }
        return chart;
    }

    @Test
    void longLegendEntriesStayInsideTheChart() throws Exception {
        var clipped = longLegendChart();
        var before = legendBounds(clipped);
        // xchart centres a legend below the plot: it fits when it is no wider than the chart
        assertTrue(before.getWidth() > clipped.getWidth(), "side by side these entries are wider than the chart: " + before);
        var chart = longLegendChart();
        Charts.fitLegend(chart);
        var after = legendBounds(chart);
        assertTrue(after.getWidth() <= chart.getWidth() - 2 * chart.getStyler().getChartPadding(), "legend " + after);
        assertTrue(after.getHeight() < chart.getHeight() / 3.0, "legend " + after);
    }

    /** The model's English series ids are drawn in the chart's language; an unknown one as given. */
    @Test
    void networkSeriesAreNamedInTheChartsLanguage() {
        ChartText zh = ChartText.in(java.util.Locale.SIMPLIFIED_CHINESE);
        assertEquals("候诊人数（全部机构）", Charts.seriesName(zh, "consult queue (all facilities)"));
        assertEquals("占用床位数（全部机构）", Charts.seriesName(zh, "occupied beds (all facilities)"));
        assertEquals("occupied beds H1", Charts.seriesName(zh, "occupied beds H1"));
    }
}
