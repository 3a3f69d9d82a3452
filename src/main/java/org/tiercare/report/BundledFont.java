package org.tiercare.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The font tiercare writes with: "Tiercare Sans SC", a subset of Noto Sans CJK SC (SIL Open Font License 1.1)
 * shipped inside the jar ({@code org/tiercare/fonts/}, made by {@code src/main/fonts/subset.py}). It holds
 * Latin, the punctuation tiercare uses, every character of the message bundles and the metric registry, and
 * the 3,755 commonest Chinese characters (GB2312 level 1), so Chinese charts and pages read the same on a
 * server without any Chinese font as on a planner's desktop.
 *
 * <p>Charts always use it, whatever the machine has installed, so that the same results give the same chart
 * images everywhere. It is registered with the graphics environment when this class loads, so that it can be
 * asked for by name ({@code new Font(BundledFont.family(), ...)}), as the charts do. Only if the font cannot be
 * read (a broken build) do charts fall back to the logical font {@code SansSerif}, and then {@link ChartText}
 * draws them in English unless that font can draw Chinese.
 */
final class BundledFont {
    private BundledFont() {}

    /** The font's family name, as written in its name table. */
    static final String FAMILY = "Tiercare Sans SC";
    static final String RESOURCE = "/org/tiercare/fonts/TiercareSansSC-Regular.ttf";

    private static final byte[] BYTES = read();
    private static final boolean AVAILABLE = BYTES != null && register(BYTES);

    /** Whether the bundled font loaded and can be asked for by {@link #FAMILY}. */
    static boolean available() { return AVAILABLE; }

    /** The family charts are drawn with: the bundled font's, or {@code SansSerif} if it failed to load. */
    static String family() { return AVAILABLE ? FAMILY : Font.SANS_SERIF; }

    /** The font file (TrueType), for embedding in pages; null if it failed to load. */
    static byte[] bytes() { return AVAILABLE ? BYTES.clone() : null; }

    private static byte[] read() {
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Registers the font. {@code registerFont} answers false when a font of that name is already known (a second
     * class loader in the same JVM registered it, or someone installed it); either way it is available by name
     * if a font asked for by that name is ours.
     */
    private static boolean register(byte[] bytes) {
        try {
            Font f = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            return new Font(FAMILY, Font.PLAIN, 12).getFamily().equals(FAMILY);
        } catch (FontFormatException | IOException e) {
            return false;
        }
    }
}
