package org.tiercare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
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

    static final String FONT = Font.SANS_SERIF;

    /** The chart title's font; {@link ChartText} asks it whether a language's words can be drawn. */
    static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 18);

    /** Colour number {@code i}, cycling. */
    public static Color color(int i) { return PALETTE[Math.floorMod(i, PALETTE.length)]; }

    /** Readable fonts, white background, legend below the plot, light grid. */
    static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(new Color(0xDDDDDD));
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartTitleFont(TITLE_FONT);
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 15));
        s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 13));
        s.setLegendFont(new Font(FONT, Font.PLAIN, 13));
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
        Path png = folder.resolve(name + ".png");
        Path svg = folder.resolve(name + ".svg");
        writePng(chart, png);
        try (OutputStream out = Files.newOutputStream(svg)) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        }
        return new ChartImage(name, chart.getTitle(), words.apply(drawn).caption(), png, svg, words);
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
