package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tiercare.metric.Metric;

/** The bundled font covers every sentence tiercare writes, so nothing falls back to a system font or a box. */
class BundledFontTest {
    private static final Font FONT = ChartFiles.font(Font.PLAIN, 13);

    @Test
    void everyBundleSentenceAndMetricWordHasAGlyph() {
        assertTrue(BundledFont.available());
        StringBuilder missing = new StringBuilder();
        for (String area : new String[] {"report", "cli", "loader"}) {
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                ResourceBundle b = ResourceBundle.getBundle("org.tiercare.text." + area, l,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (Enumeration<String> keys = b.getKeys(); keys.hasMoreElements(); ) {
                    String k = keys.nextElement();
                    missing.append(undrawable(area + "." + k, b.getString(k)));
                }
            }
        }
        for (Metric m : Metric.values()) {
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                missing.append(undrawable(m.csvName(), m.label(l) + m.definition(l)));
            }
        }
        assertEquals("", missing.toString(), "characters without a glyph: re-run src/main/fonts/subset.py");
    }

    /** The characters of {@code text} the font lacks, with where they are; line breaks and tabs are not drawn. */
    private static String undrawable(String where, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> c != '\n' && c != '\t' && !FONT.canDisplay(c))
                .forEach(c -> out.append(where).append(": ").appendCodePoint(c).append('\n'));
        return out.toString();
    }

    @Test
    void theFontFileIsTheSubsetNotTheWholeFont() {
        byte[] ttf = BundledFont.bytes();
        // Between a bare Latin font and the 19 MB collection it was cut from.
        assertTrue(ttf.length > 500_000 && ttf.length < 1_500_000, "size " + ttf.length);
        assertEquals(0x00010000, java.nio.ByteBuffer.wrap(ttf).getInt(0), "TrueType outlines, not CFF");
    }
}
