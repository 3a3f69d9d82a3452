package org.tiercare.report;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Cuts a TrueType font (glyf outlines) down to the characters one page uses, so that report.html can carry its
 * Chinese font and stay small: the bundled font is about 1 MB, the glyphs of one report a tenth of that.
 *
 * <p>Glyph ids are kept, so hmtx and every other per-glyph table stay valid as they are: the outlines of glyphs
 * not wanted are emptied (zero length in loca), the cmap is rebuilt to map only the wanted characters (so a
 * browser falls back to its next font for any other character instead of drawing nothing), glyf, loca, cmap and
 * head are rewritten, and the other tables are copied. Composite glyphs keep their components. The result is a
 * function of the input alone: the same page gives the same bytes.
 */
final class FontSubset {
    private FontSubset() {}

    /** The checksum every whole font file sums to (OpenType spec, table 'head'). */
    static final long FONT_CHECKSUM = 0xB1B0AFBAL;

    /**
     * The font {@code ttf} with the outlines of {@code codePoints} that it maps, and glyph 0 (the missing-glyph
     * box). Code points beyond the Basic Multilingual Plane are left out (the cmap written is format 4).
     *
     * @throws IllegalArgumentException if {@code ttf} is not a TrueType font with glyf outlines and a Unicode cmap
     */
    static byte[] of(byte[] ttf, SortedSet<Integer> codePoints) {
        ByteBuffer b = ByteBuffer.wrap(ttf);
        Map<String, int[]> tables = directory(b);
        for (String t : List.of("head", "maxp", "loca", "glyf", "cmap")) {
            if (!tables.containsKey(t)) throw new IllegalArgumentException("not a TrueType font with glyf outlines: no " + t);
        }
        int head = tables.get("head")[0];
        boolean longLoca = b.getShort(head + 50) != 0;
        int numGlyphs = Short.toUnsignedInt(b.getShort(tables.get("maxp")[0] + 4));
        long[] loca = new long[numGlyphs + 1];
        int locaAt = tables.get("loca")[0];
        for (int g = 0; g <= numGlyphs; g++) {
            loca[g] = longLoca ? Integer.toUnsignedLong(b.getInt(locaAt + 4 * g)) : 2L * Short.toUnsignedInt(b.getShort(locaAt + 2 * g));
        }
        int glyf = tables.get("glyf")[0];

        TreeMap<Integer, Integer> cmap = new TreeMap<>();
        Cmap4 source = Cmap4.find(b, tables.get("cmap")[0]);
        for (int cp : codePoints) {
            if (cp < 0 || cp > 0xFFFF) continue;
            int g = source.glyph(b, cp);
            if (g > 0 && g < numGlyphs) cmap.put(cp, g);
        }
        BitSet keep = new BitSet(numGlyphs);
        Deque<Integer> todo = new ArrayDeque<>(cmap.values());
        todo.push(0);
        while (!todo.isEmpty()) {
            int g = todo.pop();
            if (g >= numGlyphs || keep.get(g)) continue;
            keep.set(g);
            for (int c : components(b, glyf + (int) loca[g], loca[g + 1] - loca[g])) if (!keep.get(c)) todo.push(c);
        }

        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream();
        long[] newLoca = new long[numGlyphs + 1];
        for (int g = 0; g < numGlyphs; g++) {
            newLoca[g] = newGlyf.size();
            if (!keep.get(g)) continue;
            newGlyf.write(ttf, glyf + (int) loca[g], (int) (loca[g + 1] - loca[g]));
            while (newGlyf.size() % 4 != 0) newGlyf.write(0);   // even offsets for short loca; 4 is customary
        }
        newLoca[numGlyphs] = newGlyf.size();
        boolean shortLoca = newGlyf.size() / 2 <= 0xFFFF;
        ByteBuffer locaOut = ByteBuffer.allocate((numGlyphs + 1) * (shortLoca ? 2 : 4));
        for (long o : newLoca) {
            if (shortLoca) locaOut.putShort((short) (o / 2));
            else locaOut.putInt((int) o);
        }

        byte[] headOut = slice(ttf, tables.get("head"));
        ByteBuffer.wrap(headOut).putInt(8, 0).putShort(50, (short) (shortLoca ? 0 : 1));

        TreeMap<String, byte[]> out = new TreeMap<>();
        for (Map.Entry<String, int[]> e : tables.entrySet()) {
            if (!e.getKey().equals("DSIG")) out.put(e.getKey(), slice(ttf, e.getValue()));  // a signature would no longer hold
        }
        out.put("head", headOut);
        out.put("glyf", newGlyf.toByteArray());
        out.put("loca", locaOut.array());
        out.put("cmap", Cmap4.write(cmap));
        return assemble(b.getInt(0), out);
    }

    /** Table tag → {offset, length}. */
    private static Map<String, int[]> directory(ByteBuffer b) {
        if (b.capacity() < 12) throw new IllegalArgumentException("not a font: too short");
        int version = b.getInt(0);
        if (version != 0x00010000 && version != 0x74727565) throw new IllegalArgumentException("not a TrueType font");
        int n = Short.toUnsignedInt(b.getShort(4));
        Map<String, int[]> tables = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            int r = 12 + 16 * i;
            tables.put(tag(b.getInt(r)), new int[] {b.getInt(r + 8), b.getInt(r + 12)});
        }
        return tables;
    }

    /** The glyphs a composite glyph is made of; none for a simple or empty glyph. */
    private static List<Integer> components(ByteBuffer b, int at, long length) {
        List<Integer> out = new ArrayList<>();
        if (length < 10 || b.getShort(at) >= 0) return out;
        int p = at + 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(b.getShort(p));
            out.add(Short.toUnsignedInt(b.getShort(p + 2)));
            p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);                 // ARG_1_AND_2_ARE_WORDS
            if ((flags & 0x0008) != 0) p += 2;                          // WE_HAVE_A_SCALE
            else if ((flags & 0x0040) != 0) p += 4;                     // WE_HAVE_AN_X_AND_Y_SCALE
            else if ((flags & 0x0080) != 0) p += 8;                     // WE_HAVE_A_TWO_BY_TWO
        } while ((flags & 0x0020) != 0);                                // MORE_COMPONENTS
        return out;
    }

    /** Writes the tables (sorted by tag) with their directory, checksums and head's checkSumAdjustment. */
    private static byte[] assemble(int version, TreeMap<String, byte[]> tables) {
        int n = tables.size();
        int pow = Integer.highestOneBit(n);
        int size = 12 + 16 * n;
        for (byte[] t : tables.values()) size += pad4(t.length);
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version).putShort((short) n).putShort((short) (16 * pow))
                .putShort((short) Integer.numberOfTrailingZeros(pow)).putShort((short) (16 * n - 16 * pow));
        int offset = 12 + 16 * n, headAt = -1;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            out.put(e.getKey().getBytes(StandardCharsets.US_ASCII))
                    .putInt((int) checksum(t, 0, t.length)).putInt(offset).putInt(t.length);
            if (e.getKey().equals("head")) headAt = offset;
            offset += pad4(t.length);
        }
        for (byte[] t : tables.values()) {
            out.put(t);
            for (int i = t.length; i < pad4(t.length); i++) out.put((byte) 0);
        }
        byte[] font = out.array();
        long adjustment = (FONT_CHECKSUM - checksum(font, 0, font.length)) & 0xFFFFFFFFL;
        ByteBuffer.wrap(font).putInt(headAt + 8, (int) adjustment);
        return font;
    }

    /** The sum of a table's big-endian 32-bit words, zero-padded, modulo 2^32. */
    static long checksum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) word = (word << 8) | (i + k < length ? data[from + i + k] & 0xFF : 0);
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }

    private static int pad4(int n) { return (n + 3) & ~3; }

    private static byte[] slice(byte[] ttf, int[] at) {
        byte[] t = new byte[at[1]];
        System.arraycopy(ttf, at[0], t, 0, at[1]);
        return t;
    }

    private static String tag(int t) {
        return new String(new byte[] {(byte) (t >>> 24), (byte) (t >>> 16), (byte) (t >>> 8), (byte) t},
                StandardCharsets.US_ASCII);
    }

    /** Reading and writing the Unicode BMP character map, cmap subtable format 4. */
    private record Cmap4(int at, int segments) {
        /** The (3,1) or (0,*) format 4 subtable. */
        static Cmap4 find(ByteBuffer b, int cmap) {
            int n = Short.toUnsignedInt(b.getShort(cmap + 2));
            for (int i = 0; i < n; i++) {
                int r = cmap + 4 + 8 * i;
                int platform = b.getShort(r), encoding = b.getShort(r + 2);
                int at = cmap + b.getInt(r + 4);
                if (((platform == 3 && encoding == 1) || platform == 0) && b.getShort(at) == 4) {
                    return new Cmap4(at, Short.toUnsignedInt(b.getShort(at + 6)) / 2);
                }
            }
            throw new IllegalArgumentException("no Unicode BMP character map (cmap format 4)");
        }

        /** The glyph of {@code c}, 0 if the font has none. */
        int glyph(ByteBuffer b, int c) {
            int ends = at + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, ranges = deltas + 2 * segments;
            for (int s = 0; s < segments; s++) {
                if (c > Short.toUnsignedInt(b.getShort(ends + 2 * s))) continue;
                int start = Short.toUnsignedInt(b.getShort(starts + 2 * s));
                if (c < start) return 0;
                int delta = b.getShort(deltas + 2 * s);
                int range = Short.toUnsignedInt(b.getShort(ranges + 2 * s));
                if (range == 0) return (c + delta) & 0xFFFF;
                int g = Short.toUnsignedInt(b.getShort(ranges + 2 * s + range + 2 * (c - start)));
                return g == 0 ? 0 : (g + delta) & 0xFFFF;
            }
            return 0;
        }

        /**
         * A cmap table with one (3,1) format 4 subtable for {@code map} (code point → glyph): one segment per run
         * of consecutive code points whose glyph ids are consecutive too, then the closing 0xFFFF segment.
         */
        static byte[] write(TreeMap<Integer, Integer> map) {
            List<int[]> segs = new ArrayList<>();   // {start, end, delta}
            for (Map.Entry<Integer, Integer> e : map.entrySet()) {
                int c = e.getKey(), delta = e.getValue() - c;
                int[] last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
                if (last != null && last[1] == c - 1 && last[2] == delta) last[1] = c;
                else segs.add(new int[] {c, c, delta});
            }
            if (segs.isEmpty() || segs.get(segs.size() - 1)[1] != 0xFFFF) segs.add(new int[] {0xFFFF, 0xFFFF, 1});
            int n = segs.size();
            int pow = Integer.highestOneBit(n);
            int length = 16 + 8 * n;
            ByteBuffer t = ByteBuffer.allocate(4 + 8 + length);
            t.putShort((short) 0).putShort((short) 1);                                  // version, one subtable
            t.putShort((short) 3).putShort((short) 1).putInt(12);                       // Windows, Unicode BMP
            t.putShort((short) 4).putShort((short) length).putShort((short) 0)         // format, length, language
                    .putShort((short) (2 * n)).putShort((short) (2 * pow))
                    .putShort((short) Integer.numberOfTrailingZeros(pow)).putShort((short) (2 * n - 2 * pow));
            for (int[] s : segs) t.putShort((short) s[1]);
            t.putShort((short) 0);                                                      // reservedPad
            for (int[] s : segs) t.putShort((short) s[0]);
            for (int[] s : segs) t.putShort((short) s[2]);
            for (int i = 0; i < n; i++) t.putShort((short) 0);                          // idRangeOffset: deltas only
            return t.array();
        }
    }

    /** The code points of {@code text} that {@code wanted} accepts, sorted, each once. */
    static SortedSet<Integer> codePoints(CharSequence text, IntPredicate wanted) {
        SortedSet<Integer> out = new TreeSet<>();
        text.codePoints().filter(wanted).forEach(out::add);
        return out;
    }
}
