package org.tiercare.cli;

/**
 * Display width of text in a terminal, so that tables with Chinese labels line up: a CJK or fullwidth
 * character takes two columns, a combining mark none, anything else one.
 */
final class TextWidth {
    private TextWidth() {}

    /** Columns the text takes in a monospaced terminal. */
    static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        return wide(cp) ? 2 : 1;
    }

    /** East Asian Wide and Fullwidth ranges (Unicode UAX #11), the ones Chinese text uses. */
    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)     // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF) // kana, bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms (，（）：)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }

    /** The text followed by spaces up to {@code width} columns. */
    static String padRight(String s, int width) { return s + " ".repeat(Math.max(0, width - of(s))); }

    /** Spaces, then the text, filling {@code width} columns. */
    static String padLeft(String s, int width) { return " ".repeat(Math.max(0, width - of(s))) + s; }

    /** The text cut to at most {@code width} columns, ending in "…" when cut. */
    static String abbreviate(String s, int width) {
        if (of(s) <= width) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (w + of(cp) > width - 1) break;
            b.appendCodePoint(cp);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }
}
