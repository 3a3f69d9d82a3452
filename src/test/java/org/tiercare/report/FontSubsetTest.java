package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FontSubsetTest {
    private static final byte[] FULL = BundledFont.bytes();
    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);

    private static SortedSet<Integer> chars(String s) { return new TreeSet<>(s.codePoints().boxed().toList()); }

    private static Font load(byte[] ttf) throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf)).deriveFont(100f);
    }

    /** Every segment of a character's outline at 100 px: type and coordinates. */
    private static List<String> outline(Font f, String ch) {
        List<String> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = f.createGlyphVector(FRC, ch).getOutline().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.add(type + ":" + java.util.Arrays.toString(c));
        }
        return out;
    }

    @Test
    void keepsTheOutlinesOfTheWantedCharactersOnly() throws Exception {
        byte[] sub = FontSubset.of(FULL, chars("医院"));
        Font full = load(FULL), part = load(sub);
        assertTrue(part.canDisplay('医') && part.canDisplay('院'));
        // Characters not asked for are not in the character map, so a browser falls back for them.
        assertFalse(part.canDisplay('县'));
        assertFalse(part.canDisplay('A'));
        assertTrue(full.canDisplay('县'));
        // The same outline, segment by segment, as in the whole font.
        List<String> yi = outline(full, "医");
        assertTrue(yi.size() > 20, "医 has many segments");
        assertEquals(yi, outline(part, "医"));
        assertEquals(outline(full, "院"), outline(part, "院"));
        assertEquals(full.getNumGlyphs(), part.getNumGlyphs(), "glyph ids are kept");
        assertTrue(sub.length < 40_000, "two characters, not a megabyte: " + sub.length);
        assertTrue(FULL.length > 500_000);
    }

    @Test
    void writesAValidFontFile() throws Exception {
        byte[] sub = FontSubset.of(FULL, chars("分级诊疗 tiercare"));
        ByteBuffer b = ByteBuffer.wrap(sub);
        // The whole file's 32-bit words sum to the constant the OpenType spec fixes via head.checkSumAdjustment.
        assertEquals(FontSubset.FONT_CHECKSUM, FontSubset.checksum(sub, 0, sub.length));
        int n = b.getShort(4);
        String previous = "";
        for (int i = 0; i < n; i++) {
            int r = 12 + 16 * i;
            String tag = new String(sub, r, 4, java.nio.charset.StandardCharsets.US_ASCII);
            assertTrue(tag.compareTo(previous) > 0, "tables sorted by tag: " + tag);
            previous = tag;
            int offset = b.getInt(r + 8), length = b.getInt(r + 12);
            assertEquals(0, offset % 4, tag + " aligned");
            if (!tag.equals("head")) {
                assertEquals(Integer.toUnsignedLong(b.getInt(r + 4)), FontSubset.checksum(sub, offset, length), tag + " checksum");
            }
        }
        assertEquals(-1, load(sub).canDisplayUpTo("分级诊疗 tiercare"));
        // The same characters give the same bytes.
        assertArrayEquals(sub, FontSubset.of(FULL, chars("tiercare 分级诊疗")));
    }

    @Test
    void noCharactersLeaveTheMissingGlyphOnly() throws Exception {
        Font f = load(FontSubset.of(FULL, new TreeSet<>()));
        assertFalse(f.canDisplay('A'));
        assertEquals(f.getMissingGlyphCode(), f.createGlyphVector(FRC, "医").getGlyphCode(0));
        assertFalse(f.createGlyphVector(FRC, "医").getOutline().getBounds2D().isEmpty(), "the missing-glyph box is drawn");
    }

    @Test
    void refusesWhatIsNotATrueTypeFont() {
        assertThrows(IllegalArgumentException.class, () -> FontSubset.of(new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0, 0, 0, 0, 0},
                chars("a")));
        assertThrows(IllegalArgumentException.class, () -> FontSubset.of(new byte[4], chars("a")));
    }

    @Test
    void picksTheCodePointsOfAPage() {
        assertEquals(chars("分级"), FontSubset.codePoints("<h1>分级 分</h1>", HtmlReport::inEmbeddedRange));
        assertTrue(HtmlReport.inEmbeddedRange('，') && HtmlReport.inEmbeddedRange('。') && !HtmlReport.inEmbeddedRange('★'));
    }
}
