package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SVG charts carry their words as text, in the bundled font with fallbacks, not as glyph outlines. */
class SvgTextTest {
    @TempDir Path dir;

    private static final Pattern TEXT = Pattern.compile("<text\\b[^>]*>([^<]*)</text>");
    /** A path with a quadratic or cubic segment: glyph outlines have them, the bars, lines and grids of a chart not. */
    private static final Pattern CURVED_PATH = Pattern.compile("<path d=\"[^\"]*[QC]-?[0-9.]");

    private static List<String> texts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static List<SummaryRow> summary() {
        return Summary.of(ReportFixtures.replications(List.of(ReportFixtures.BASE, ReportFixtures.ALT),
                new double[] {0, -1}, 4, 6, 5));
    }

    @Test
    void loadChartCarriesFacilityNamesAndEveryWordAsText() throws Exception {
        List<NameRow> names = List.of(new NameRow("H-East", NameRow.FACILITY, "清水县人民医院"));
        ChartImage c = Charts.loadByFacility(dir, summary(), names, Locale.SIMPLIFIED_CHINESE).orElseThrow();
        String svg = Files.readString(c.svg(), StandardCharsets.UTF_8);
        List<String> texts = texts(svg);
        assertTrue(texts.contains("H-East 清水县人民医院"), texts.toString());
        assertTrue(texts.contains(c.title()), "title as text: " + texts);
        assertTrue(texts.contains("C5"), texts.toString());
        // Six facility labels, the title, two axis titles, at least two y ticks and four legend entries.
        assertTrue(texts.size() >= 6 + 1 + 2 + 2 + 4, texts.size() + " texts: " + texts);
        assertFalse(CURVED_PATH.matcher(svg).find(), "a word was drawn as an outline");
        // The y-axis title is turned a quarter: its group is rotated (matrix(0 -1 1 0 ...)).
        String yTitle = MetricFormat.label("outpatient_utilization", Locale.SIMPLIFIED_CHINESE);
        assertTrue(svg.contains("<title>" + HtmlReport.esc(c.title()) + "</title>"));
        assertTrue(Pattern.compile("<g transform=\"matrix\\(0 -1 1 0 [^\"]*\">\\s*<text[^>]*>[^<]+</text>").matcher(svg).find(),
                "a rotated text (the y-axis title) " + yTitle);
    }

    @Test
    void mapCarriesFacilityAndZoneWordsAsText() throws Exception {
        MapData base = ReportFixtures.map();
        List<MapFacility> facilities = new ArrayList<>(base.facilities());
        MapFacility f = facilities.get(0);
        facilities.set(0, new MapFacility(f.id(), "清水县人民医院", f.x(), f.y(), f.tier(), f.grid(), f.lead(), f.load()));
        MapData data = new MapData(base.layout(), base.variant(), base.zones(), facilities, base.flows(), base.tours(), base.loadLabel());
        ChartImage c = MapChart.write(dir, data, Locale.SIMPLIFIED_CHINESE);
        String svg = Files.readString(c.svg(), StandardCharsets.UTF_8);
        List<String> texts = texts(svg);
        assertTrue(texts.contains("清水县人民医院"), texts.toString());
        for (MapFacility m : facilities) assertTrue(texts.contains(m.id()), m.id() + " in " + texts);
        assertTrue(texts.size() >= facilities.size(), texts.toString());
        assertFalse(CURVED_PATH.matcher(svg).find(), "a word was drawn as an outline");
        // Every word says its size: VectorGraphics2D leaves out the 12 px of its default font, a browser would take 16.
        Matcher m = Pattern.compile("<text style=\"([^\"]*)\"").matcher(svg);
        while (m.find()) assertTrue(m.group(1).contains("font-size:"), m.group(1));
    }

    @Test
    void theSameChartGivesTheSameBytes() throws Exception {
        Path a = Charts.waitByTier(dir.resolve("a"), summary(), Locale.SIMPLIFIED_CHINESE).orElseThrow().svg();
        Path b = Charts.waitByTier(dir.resolve("b"), summary(), Locale.SIMPLIFIED_CHINESE).orElseThrow().svg();
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void theSvgNamesTheBundledFontThenFallbacksAndCarriesTheGlyphsItUses() throws Exception {
        ChartImage c = Charts.waitByTier(dir, summary(), Locale.SIMPLIFIED_CHINESE).orElseThrow();
        String svg = Files.readString(c.svg(), StandardCharsets.UTF_8);
        assertTrue(svg.contains("font-family:&quot;Tiercare Sans SC&quot;, &quot;Noto Sans CJK SC&quot;, "
                + "&quot;Microsoft YaHei&quot;, &quot;PingFang SC&quot;, sans-serif;"), svg.substring(0, 2000));
        Matcher m = Pattern.compile("src: url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)").matcher(svg);
        assertTrue(m.find(), "an embedded font");
        Font embedded = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        // The title's characters are in it; 龙 (in the bundled font, on no chart) is not.
        assertEquals(-1, embedded.canDisplayUpTo(c.title()), c.title());
        assertTrue(new Font(BundledFont.FAMILY, Font.PLAIN, 12).canDisplay('龙'));
        assertFalse(embedded.canDisplay('龙'));
    }

    @Test
    void aWordsOutlineIsFoundUnderARotationAndAShift() {
        Font font = new Font(BundledFont.family(), Font.PLAIN, 15);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        SvgChart.Words words = new SvgChart.Words();
        words.note("清水县", font, frc);
        words.note("平均等待 (小时)", font, frc);
        // As xchart draws a y-axis title: the outline turned a quarter to the left, then moved to (40, 300).
        AffineTransform turn = AffineTransform.getRotateInstance(-Math.PI / 2);
        var shape = new TextLayout("平均等待 (小时)", font, frc).getOutline(turn);
        SvgChart.Match hit = words.find(AffineTransform.getTranslateInstance(40, 300).createTransformedShape(shape));
        assertNotNull(hit);
        assertEquals("平均等待 (小时)", hit.word().text);
        // The transform taking the word onto the shape: x' = y + 40, y' = -x + 300.
        double[] expected = {0, -1, 1, 0, 40, 300};
        double[] got = new double[6];
        hit.transform().getMatrix(got);
        for (int i = 0; i < 6; i++) assertEquals(expected[i], got[i], 1e-3, "matrix " + i);
        // A word not noted, and a bar, are shapes.
        assertNull(words.find(new TextLayout("清水河", font, frc).getOutline(null)));
        assertNull(words.find(new java.awt.Rectangle(0, 0, 10, 40)));
    }

    @Test
    void aTextStyleGetsItsSizeAndTheFallbackFonts() {
        assertEquals("fill:rgb(0,0,0);font-family:&quot;Tiercare Sans SC&quot;, &quot;Noto Sans CJK SC&quot;, "
                        + "&quot;Microsoft YaHei&quot;, &quot;PingFang SC&quot;, sans-serif;font-weight:bold;font-size:12px;",
                SvgChart.textStyle("fill:rgb(0,0,0);font-family:&quot;Tiercare Sans SC&quot;;font-weight:bold;"));
        assertEquals("font-family:&quot;Foo&quot;, &quot;Tiercare Sans SC&quot;, &quot;Noto Sans CJK SC&quot;, "
                        + "&quot;Microsoft YaHei&quot;, &quot;PingFang SC&quot;, sans-serif;font-size:13px;",
                SvgChart.textStyle("font-family:&quot;Foo&quot;;font-size:13px;"));
    }
}
