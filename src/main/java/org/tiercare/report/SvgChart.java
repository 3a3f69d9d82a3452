package org.tiercare.report;

import de.erichseifert.vectorgraphics2d.GraphicsState;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.DataUtils;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * A chart as SVG whose words are text ({@code <text>} elements) rather than glyph outlines, so that they can be
 * searched, copied, read aloud and edited, and the file stays small.
 *
 * <p>xchart does not draw its words with {@code drawString}: it lays each one out ({@code new TextLayout(word,
 * font, frc)}), takes the outline and fills it, so no text hint of VectorGraphics2D reaches them. This class
 * therefore draws the chart on a {@link VectorGraphics2D} that recognises those outlines: while the chart is
 * drawn, the styler's fonts are replaced by look-alikes that note every word laid out with them; a filled shape
 * that is, point for point, the outline of a noted word under some affine transform (a rotation for the y-axis
 * title) is drawn as that word with {@code drawString} under that transform instead, which VectorGraphics2D
 * writes as {@code <text>} ({@link VectorHints#VALUE_TEXT_DEFAULT}). Words drawn with {@code drawString} in the
 * first place (the map's labels) are text already. Every other shape is drawn as it is.
 *
 * <p>The text names the bundled font first, then common Chinese fonts ({@link #FONT_FAMILIES}), and the SVG carries
 * the glyphs it uses, cut from the bundled font ({@link FontSubset}), in an {@code @font-face}, so it reads the
 * same on a machine without Chinese fonts. PNGs are drawn as before. Same chart, same bytes.
 */
final class SvgChart {
    private SvgChart() {}

    /** The fonts after the bundled one that a browser may use for a chart's words, most alike first. */
    static final List<String> FALLBACK_FAMILIES = List.of("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC");

    /** The CSS font-family of every word of a chart's SVG. */
    static final String FONT_FAMILIES = "\"" + BundledFont.FAMILY + "\", \"" + String.join("\", \"", FALLBACK_FAMILIES)
            + "\", sans-serif";

    /** How far (in pixels) a point of a filled shape may lie from a word's outline and still be that word. */
    private static final double TOLERANCE = 1e-3;

    /** The chart as an SVG document, its words as {@code <text>}. */
    static String of(Chart<?, ?> chart) throws IOException {
        Words words = new Words();
        TextGraphics g = new TextGraphics(words);
        g.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_DEFAULT);
        List<Runnable> restore = spyOnFonts(chart.getStyler(), words);
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            for (int i = restore.size() - 1; i >= 0; i--) restore.get(i).run();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, chart.getWidth(), chart.getHeight())).writeTo(out);
        return withFonts(out.toString(StandardCharsets.UTF_8));
    }

    // -------------------------------------------------------------------------------------------- recognising words

    /** The words laid out while the chart is drawn, each with its font and its outline. */
    static final class Words {
        private final Map<Word, Word> noted = new LinkedHashMap<>();
        private final Map<Integer, List<Word>> byShape = new HashMap<>();
        private final List<Word> unindexed = new ArrayList<>();

        void note(String text, Font font, FontRenderContext frc) {
            if (text.isBlank()) return;
            Word w = new Word(text, font, frc);
            if (noted.putIfAbsent(w, w) == null) unindexed.add(w);
        }

        /** The first word noted whose outline {@code s} is, and the transform that takes the outline onto it; or null. */
        Match find(Shape s) {
            for (Word w : unindexed) byShape.computeIfAbsent(w.outline().typesHash(), k -> new ArrayList<>()).add(w);
            unindexed.clear();
            if (byShape.isEmpty()) return null;
            Outline o = Outline.of(s, null);
            if (o.points() < 3) return null;
            for (Word w : byShape.getOrDefault(o.typesHash(), List.of())) {
                AffineTransform at = w.outline().fit(o);
                if (at != null) return new Match(w, at);
            }
            return null;
        }
    }

    record Match(Word word, AffineTransform transform) {}

    /** A word as laid out: its text, its font (the styler's own, not the look-alike) and the outline it makes. */
    static final class Word {
        final String text;
        final Font font;
        final FontRenderContext frc;
        private Outline outline;

        Word(String text, Font font, FontRenderContext frc) {
            this.text = text;
            this.font = font;
            this.frc = frc;
        }

        Outline outline() {
            if (outline == null) outline = Outline.of(new TextLayout(text, font, frc).getOutline(null), null);
            return outline;
        }

        @Override public boolean equals(Object o) {
            return o instanceof Word w && w.text.equals(text) && w.font.equals(font) && w.frc.equals(frc);
        }

        @Override public int hashCode() { return text.hashCode() * 31 + font.hashCode(); }
    }

    /** A shape's segment types and the points they go through. */
    record Outline(int[] types, double[] xy) {
        static Outline of(Shape s, AffineTransform at) {
            int[] types = new int[64];
            double[] xy = new double[256];
            int nt = 0, nxy = 0;
            double[] c = new double[6];
            for (PathIterator it = s.getPathIterator(at); !it.isDone(); it.next()) {
                int t = it.currentSegment(c);
                if (nt == types.length) types = Arrays.copyOf(types, 2 * nt);
                types[nt++] = t;
                int n = switch (t) {
                    case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                    case PathIterator.SEG_QUADTO -> 4;
                    case PathIterator.SEG_CUBICTO -> 6;
                    default -> 0;
                };
                if (nxy + n > xy.length) xy = Arrays.copyOf(xy, 2 * xy.length + n);
                System.arraycopy(c, 0, xy, nxy, n);
                nxy += n;
            }
            return new Outline(Arrays.copyOf(types, nt), Arrays.copyOf(xy, nxy));
        }

        int points() { return xy.length / 2; }

        int typesHash() { return Arrays.hashCode(types); }

        /**
         * The affine transform that takes every point of this outline onto the matching point of {@code other},
         * or null if there is none (other segments, or points no single transform explains).
         */
        AffineTransform fit(Outline other) {
            if (!Arrays.equals(types, other.types) || points() < 3) return null;
            int n = points();
            int i = 0, j = 0, k = -1;
            double far = -1;
            for (int p = 1; p < n; p++) {
                double d = sq(x(p) - x(0)) + sq(y(p) - y(0));
                if (d > far) { far = d; j = p; }
            }
            double area = 0;
            for (int p = 1; p < n; p++) {
                double a = Math.abs((x(j) - x(i)) * (y(p) - y(i)) - (y(j) - y(i)) * (x(p) - x(i)));
                if (a > area) { area = a; k = p; }
            }
            if (k < 0 || area < 1e-6) return null;
            // Solve [x y 1] · (m00 m01 m02) = x' and = y' for the three points i, j, k.
            double[][] m = {{x(i), y(i), 1}, {x(j), y(j), 1}, {x(k), y(k), 1}};
            double[] row0 = solve(m, new double[] {other.x(i), other.x(j), other.x(k)});
            double[] row1 = solve(m, new double[] {other.y(i), other.y(j), other.y(k)});
            if (row0 == null || row1 == null) return null;
            AffineTransform at = new AffineTransform(row0[0], row1[0], row0[1], row1[1], row0[2], row1[2]);
            double[] mapped = new double[xy.length];
            at.transform(xy, 0, mapped, 0, n);
            for (int p = 0; p < xy.length; p++) if (Math.abs(mapped[p] - other.xy[p]) > TOLERANCE) return null;
            return at;
        }

        private double x(int p) { return xy[2 * p]; }

        private double y(int p) { return xy[2 * p + 1]; }

        private static double sq(double v) { return v * v; }

        /** Cramer's rule for three equations; null if singular. */
        private static double[] solve(double[][] a, double[] b) {
            double det = det(a[0][0], a[0][1], a[0][2], a[1][0], a[1][1], a[1][2], a[2][0], a[2][1], a[2][2]);
            if (Math.abs(det) < 1e-12) return null;
            double[] out = new double[3];
            for (int c = 0; c < 3; c++) {
                double[][] m = {a[0].clone(), a[1].clone(), a[2].clone()};
                for (int r = 0; r < 3; r++) m[r][c] = b[r];
                out[c] = det(m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2], m[2][0], m[2][1], m[2][2]) / det;
            }
            return out;
        }

        private static double det(double a, double b, double c, double d, double e, double f, double g, double h, double i) {
            return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        }
    }

    /** A font like another in every way that also notes every word laid out with it. */
    static final class NotingFont extends Font {
        private static final long serialVersionUID = 1L;
        private final transient Font original;
        private final transient Words words;

        NotingFont(Font original, Words words) {
            super(original);
            this.original = original;
            this.words = words;
        }

        /** {@code TextLayout} asks this of its font for every word it lays out. */
        @Override public LineMetrics getLineMetrics(char[] chars, int begin, int limit, FontRenderContext frc) {
            words.note(new String(chars, begin, limit - begin), original, frc);
            return super.getLineMetrics(chars, begin, limit, frc);
        }
    }

    /** Replaces each of the styler's fonts by a noting look-alike; returns what puts them back. */
    private static List<Runnable> spyOnFonts(Styler s, Words words) {
        List<Runnable> restore = new ArrayList<>();
        swap(s::getBaseFont, s::setBaseFont, words, restore);
        swap(s::getChartTitleFont, s::setChartTitleFont, words, restore);
        swap(s::getLegendFont, s::setLegendFont, words, restore);
        swap(s::getAnnotationTextFont, s::setAnnotationTextFont, words, restore);
        swap(s::getAnnotationTextPanelFont, s::setAnnotationTextPanelFont, words, restore);
        swap(s::getChartButtonFont, s::setChartButtonFont, words, restore);
        swap(s::getToolTipFont, s::setToolTipFont, words, restore);
        if (s instanceof AxesChartStyler a) {
            swap(a::getAxisTitleFont, a::setAxisTitleFont, words, restore);
            swap(a::getAxisTickLabelsFont, a::setAxisTickLabelsFont, words, restore);
        }
        if (s instanceof CategoryStyler c) swap(c::getLabelsFont, c::setLabelsFont, words, restore);
        return restore;
    }

    private static void swap(Supplier<Font> get, Consumer<Font> set, Words words, List<Runnable> restore) {
        Font f = get.get();
        if (f == null) return;
        restore.add(() -> set.accept(f));
        set.accept(new NotingFont(f, words));
    }

    /** Draws a filled shape that is a noted word's outline as that word, in text. */
    static final class TextGraphics extends VectorGraphics2D {
        private final Words words;

        TextGraphics(Words words) { this.words = words; }

        @Override public void fill(Shape s) {
            Match m = s == null || isDisposed() ? null : words.find(s);
            if (m == null) {
                super.fill(s);
                return;
            }
            AffineTransform saved = getTransform();
            Font font = getFont();
            try {
                transform(m.transform());
                setFont(m.word().font);
                drawString(m.word().text, 0f, 0f);
            } finally {
                setFont(font);
                setTransform(saved);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------- fonts

    private static final Pattern TEXT_STYLE = Pattern.compile("<text style=\"([^\"]*)\"");
    private static final Pattern FAMILY = Pattern.compile("font-family:&quot;([^&;]*)&quot;;");
    private static final Pattern TEXT = Pattern.compile("<text\\b[^>]*>([^<]*)</text>");

    /**
     * The SVG with every word's font family followed by the fallbacks, and, if it has words and the bundled font
     * loaded, the glyphs of its words in an {@code @font-face} right after the opening tag.
     */
    static String withFonts(String svg) {
        Matcher tm = TEXT_STYLE.matcher(svg);
        StringBuilder sb = new StringBuilder(svg.length() + 1024);
        while (tm.find()) tm.appendReplacement(sb, Matcher.quoteReplacement("<text style=\"" + textStyle(tm.group(1)) + "\""));
        tm.appendTail(sb);
        String out = sb.toString();
        String face = fontFace(words(out));
        if (face.isEmpty()) return out;
        int open = out.indexOf("<svg");
        int end = open < 0 ? -1 : out.indexOf('>', open);
        if (end < 0) return out;
        return out.substring(0, end + 1) + "\n  <defs><style>" + face + "</style></defs>" + out.substring(end + 1);
    }

    /**
     * A {@code <text>}'s style with the fallback fonts after its family, and the family and size written out where
     * VectorGraphics2D left them out because they are those of its default font (a browser's default is another).
     */
    static String textStyle(String style) {
        Font dflt = GraphicsState.DEFAULT_FONT;
        String s = style;
        if (!s.contains("font-family:")) s += "font-family:&quot;" + dflt.getFamily() + "&quot;;";
        if (!s.contains("font-size:")) s += "font-size:" + DataUtils.format(dflt.getSize2D()) + "px;";
        Matcher fm = FAMILY.matcher(s);
        if (!fm.find()) return s;
        String family = fm.group(1);
        String css = family.equals(BundledFont.FAMILY) ? FONT_FAMILIES : "\"" + family + "\", " + FONT_FAMILIES;
        return s.substring(0, fm.start()) + "font-family:" + HtmlReport.esc(css) + ";" + s.substring(fm.end());
    }

    /** The words of the SVG's {@code <text>} elements, run together, entities decoded. */
    static String words(String svg) {
        StringBuilder sb = new StringBuilder();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            sb.append(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&"));
        }
        return sb.toString();
    }

    /** The {@code @font-face} with the bundled font's glyphs of {@code text}; empty without text or font. */
    static String fontFace(String text) {
        byte[] font = BundledFont.bytes();
        SortedSet<Integer> chars = FontSubset.codePoints(text, c -> c > ' ');
        if (font == null || chars.isEmpty()) return "";
        return "@font-face { font-family: \"" + BundledFont.FAMILY + "\"; font-style: normal; font-weight: 400; src: url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(FontSubset.of(font, chars)) + ") format(\"truetype\"); }";
    }
}
