package org.tiercare.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * A chart written to disk as PNG and SVG.
 *
 * @param name    file stem, e.g. {@code wait_by_tier}
 * @param title   the chart's title as drawn
 * @param caption what the chart shows, in the language it is drawn in
 * @param png     the PNG file (drawn at {@link ChartFiles#SCALE}× the chart's nominal size)
 * @param svg     the SVG file
 * @param words   title and caption in any language: the report may be in a language the chart font could
 *                not draw (see {@link ChartText})
 */
public record ChartImage(String name, String title, String caption, Path png, Path svg, Function<Locale, Words> words) {

    /** A chart's title and caption in one language. */
    public record Words(String title, String caption) {}

    /** A chart whose words exist in one language only. */
    public ChartImage(String name, String title, String caption, Path png, Path svg) {
        this(name, title, caption, png, svg, locale -> new Words(title, caption));
    }

    /** The title and caption for a reader of {@code locale}. */
    public Words wordsIn(Locale locale) { return words.apply(locale); }
}
