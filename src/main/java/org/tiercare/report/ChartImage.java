package org.tiercare.report;

import java.nio.file.Path;

/**
 * A chart written to disk as PNG and SVG.
 *
 * @param name    file stem, e.g. {@code wait_by_tier}
 * @param title   the chart's title (English, as drawn)
 * @param caption what the chart shows, for the report (may mention Chinese names)
 * @param png     the PNG file (drawn at {@link ChartFiles#SCALE}× the chart's nominal size)
 * @param svg     the SVG file
 */
public record ChartImage(String name, String title, String caption, Path png, Path svg) {}
