package org.tiercare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/** The house style of tiercare's charts, and writing a chart as PNG and SVG. Headless-safe (no windows, no toolkit). */
public final class ChartFiles {
    private ChartFiles() {}

    /** PNGs are drawn at twice the nominal size so they stay sharp on high-density screens and in print. */
    public static final int SCALE = 2;

    /** Colour-blind-safe (Okabe–Ito, without the yellow that vanishes on white), then greys. */
    public static final Color[] PALETTE = {
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000), new Color(0x999999),
            new Color(0x7F3C8D), new Color(0x11A579), new Color(0x3969AC), new Color(0xE73F74)};

    /**
     * The family of every word on a chart: the font bundled in the jar ({@link BundledFont}), so that Chinese
     * charts draw on machines without Chinese fonts and look the same everywhere.
     */
    static final String FONT = BundledFont.family();

    /** The chart title's font; {@link ChartText} asks it whether a language's words can be drawn. */
    static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 18);

    /** Axis titles, tick labels, legends and annotations. */
    static Font font(int style, int size) { return new Font(FONT, style, size); }

    /** Colour number {@code i}, cycling. */
    public static Color color(int i) { return PALETTE[Math.floorMod(i, PALETTE.length)]; }

    /** Readable fonts (every one the bundled font), white background, legend below the plot, light grid. */
    static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(new Color(0xDDDDDD));
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartTitleFont(TITLE_FONT);
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(font(Font.PLAIN, 15));
        s.setAxisTickLabelsFont(font(Font.PLAIN, 13));
        s.setLegendFont(font(Font.PLAIN, 13));
        s.setBaseFont(font(Font.PLAIN, 13));
        s.setAnnotationTextFont(font(Font.PLAIN, 13));
        s.setAnnotationTextPanelFont(font(Font.PLAIN, 13));
        s.setToolTipFont(font(Font.PLAIN, 12));
        s.setChartButtonFont(font(Font.PLAIN, 12));
        if (s instanceof CategoryStyler c) c.setLabelsFont(font(Font.PLAIN, 12));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPadding(16);
        s.setLegendSeriesLineLength(28);
        s.setSeriesColors(PALETTE);
        s.setChartPadding(12);
        s.setAxisTickMarkLength(4);
        s.setErrorBarsColor(new Color(0x333333));
        s.setAntiAlias(true);
    }

    /**
     * Writes {@code <name>.png} and {@code <name>.svg} into {@code folder}; {@code words} gives the title and
     * caption in any language, {@code drawn} is the one the chart was drawn in.
     */
    public static ChartImage save(Chart<?, ?> chart, Path folder, String name, Locale drawn,
                                  Function<Locale, ChartImage.Words> words) throws IOException {
        Files.createDirectories(folder);
        fitTitle(chart);
        Path png = folder.resolve(name + ".png");
        Path svg = folder.resolve(name + ".svg");
        writePng(chart, png);
        String caption = words.apply(drawn).caption();
        Files.writeString(svg, withTitle(SvgChart.of(chart), chart.getTitle(), caption), StandardCharsets.UTF_8);
        return new ChartImage(name, chart.getTitle(), caption, png, svg, words);
    }

    /** The smallest title font a long title is shrunk to before it is shortened. */
    static final int MIN_TITLE_SIZE = 13;

    /**
     * Keeps the title inside the chart (xchart neither wraps nor shrinks it, so a long one is cut at both edges):
     * a smaller font first, down to {@value #MIN_TITLE_SIZE} px; then, for a bilingual title, its first language
     * only (the report's caption carries both); last, the title cut with an ellipsis.
     */
    static void fitTitle(Chart<?, ?> chart) {
        String title = chart.getTitle();
        if (title == null || title.isEmpty()) return;
        Font font = chart.getStyler().getChartTitleFont();
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        // xchart centres the title over the plot, which the y axis and its title narrow.
        double room = chart.getWidth() - 150;
        while (font.getStringBounds(title, frc).getWidth() > room && font.getSize2D() > MIN_TITLE_SIZE) {
            font = font.deriveFont(font.getSize2D() - 1);
        }
        if (font.getStringBounds(title, frc).getWidth() > room && title.contains(ChartText.JOIN)) {
            title = title.substring(0, title.indexOf(ChartText.JOIN));
            font = chart.getStyler().getChartTitleFont();
            while (font.getStringBounds(title, frc).getWidth() > room && font.getSize2D() > MIN_TITLE_SIZE) {
                font = font.deriveFont(font.getSize2D() - 1);
            }
        }
        while (font.getStringBounds(title, frc).getWidth() > room && title.length() > 2) {
            title = title.substring(0, title.length() - 2) + "…";
        }
        chart.getStyler().setChartTitleFont(font);
        chart.setTitle(title);
    }

    /**
     * The SVG with the chart's title and caption as text ({@code <title>}, {@code <desc>}) after its opening tag.
     * The chart's words are text already ({@link SvgChart}); these two elements say what the whole chart is, for
     * search, screen readers and document tools.
     */
    static String withTitle(String svg, String title, String caption) {
        int open = svg.indexOf("<svg");
        int end = open < 0 ? -1 : svg.indexOf('>', open);
        if (end < 0) return svg;
        return svg.substring(0, end + 1) + "\n  <title>" + HtmlReport.esc(title) + "</title>\n  <desc>"
                + HtmlReport.esc(caption) + "</desc>" + svg.substring(end + 1);
    }

    private static void writePng(Chart<?, ?> chart, Path file) throws IOException {
        int w = chart.getWidth(), h = chart.getHeight();
        BufferedImage img = new BufferedImage(w * SCALE, h * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.paint(g, w, h);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(img, "png", file.toFile())) throw new IOException("no PNG writer available");
    }
}
