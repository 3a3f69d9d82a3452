package org.tiercare.report;

import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import org.tiercare.metric.Metric;
import org.tiercare.text.Messages;

/**
 * The words of one chart, in one language. Charts are drawn with the font bundled in the jar
 * ({@link BundledFont}), which has every chart word of both languages, so a chart is drawn in the reader's
 * language on any machine. Only if that font failed to load — charts then use the logical font {@code SansSerif},
 * which draws Chinese as empty boxes on a machine without CJK fonts — does a chart fall back to English where the
 * font cannot display every word the charts use (the report around it stays in the reader's language). Facility,
 * variant and lever names are the user's and are drawn as given.
 */
final class ChartText {
    private final Messages messages;

    private ChartText(Locale locale) { this.messages = Messages.of("report", locale); }

    /** The words a chart is drawn with: {@code wanted} if the chart font can draw them, else English. */
    static ChartText forDrawing(Locale wanted) { return new ChartText(drawable(wanted)); }

    /** The words in {@code locale} whatever the fonts, for the report's captions. */
    static ChartText in(Locale locale) { return new ChartText(locale); }

    /** The language charts are drawn in on this machine, judged with the title font. */
    static Locale drawable(Locale wanted) {
        return drawable(wanted, s -> ChartFiles.TITLE_FONT.canDisplayUpTo(s) == -1);
    }

    /** {@code wanted} if {@code canDisplay} accepts all its chart words, else English. */
    static Locale drawable(Locale wanted, Predicate<String> canDisplay) {
        if (wanted.getLanguage().equals(Locale.ENGLISH.getLanguage())) return Locale.ENGLISH;
        return canDisplay.test(chartWords(wanted)) ? wanted : Locale.ENGLISH;
    }

    /** Every chart, tier and metric word of a language, run together: one string for the font to check. */
    static String chartWords(Locale locale) {
        StringBuilder sb = new StringBuilder();
        ResourceBundle b = ResourceBundle.getBundle("org.tiercare.text.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (Enumeration<String> keys = b.getKeys(); keys.hasMoreElements(); ) {
            String k = keys.nextElement();
            if (k.startsWith("chart.") || k.startsWith("tier.")) sb.append(b.getString(k));
        }
        for (Metric m : Metric.values()) sb.append(m.label(locale));
        return sb.toString();
    }

    Locale locale() { return messages.locale(); }

    String get(String key, Object... args) { return messages.get(key, args); }

    String metric(String csvName) { return MetricFormat.label(csvName, locale()); }

    String metricWithUnit(String csvName) { return MetricFormat.labelWithUnit(csvName, locale()); }

    /** A tier's full name ("tertiary hospital"), or its short one for axis categories; unknown tiers as given. */
    String tier(String tier, boolean full) {
        String key = (full ? "tier." : "tier.short.") + tier;
        return messages.has(key) ? messages.get(key) : tier;
    }

    /** Upper-cases the first letter of an English title; other scripts have no case and pass unchanged. */
    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
