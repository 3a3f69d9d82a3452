package org.tiercare.report;

import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tiercare.metric.Metric;
import org.tiercare.text.Messages;

/**
 * The words of one chart, in one language or in both ({@link Messages#BILINGUAL}: every word Chinese first, then
 * English, "平均等待时间 / mean wait", as bilingual figures in Chinese reports are labelled). Charts are drawn with the font bundled in the jar
 * ({@link BundledFont}), which has every chart word of both languages, so a chart is drawn in the reader's
 * language on any machine. Only if that font failed to load — charts then use the logical font {@code SansSerif},
 * which draws Chinese as empty boxes on a machine without CJK fonts — does a chart fall back to English where the
 * font cannot display every word the charts use (the report around it stays in the reader's language). Facility,
 * variant and lever names are the user's and are drawn as given.
 */
final class ChartText {
    /** What joins the Chinese and the English word in a bilingual chart. */
    static final String JOIN = " / ";

    private final Locale locale;
    /** What joins the two languages of one word: {@link #JOIN}, or a line break in legends. */
    private final String join;
    private final Messages messages;
    /** English beside {@link #messages}' Chinese in a bilingual chart, else null. */
    private final Messages english;

    private ChartText(Locale locale) { this(locale, JOIN); }

    private ChartText(Locale locale, String join) {
        this.locale = locale;
        this.join = join;
        boolean both = Messages.isBilingual(locale);
        this.messages = Messages.of("report", both ? Locale.SIMPLIFIED_CHINESE : locale);
        this.english = both ? Messages.of("report", Locale.ENGLISH) : null;
    }

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
        return canDisplay.test(chartWords(Locale.SIMPLIFIED_CHINESE)) ? wanted : Locale.ENGLISH;
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

    /** The language drawn: English, Chinese or {@link Messages#BILINGUAL}. */
    Locale locale() { return locale; }

    String get(String key, Object... args) {
        return english == null ? messages.get(key, args) : join(messages.get(key, args), english.get(key, args));
    }

    /**
     * These words with the two languages of a bilingual word on two lines (Chinese above English): for legend
     * entries, which xchart draws line by line, so that a legend beside the plot does not take half the width.
     */
    ChartText stacked() { return new ChartText(locale, "\n"); }

    /** The pattern of the chart's first language around {@code args} that are already in this chart's words. */
    String firstLanguage(String key, Object... args) { return messages.get(key, args); }

    String metric(String csvName) {
        return english == null ? MetricFormat.label(csvName, locale)
                : join(MetricFormat.label(csvName, Locale.SIMPLIFIED_CHINESE), MetricFormat.label(csvName, Locale.ENGLISH));
    }

    String metricWithUnit(String csvName) {
        return english == null ? MetricFormat.labelWithUnit(csvName, locale)
                : join(MetricFormat.labelWithUnit(csvName, Locale.SIMPLIFIED_CHINESE),
                        MetricFormat.labelWithUnit(csvName, Locale.ENGLISH));
    }

    /** A sweep lever's name ({@link LeverNames}). */
    String lever(String path) {
        return english == null ? LeverNames.name(path, locale)
                : join(LeverNames.name(path, Locale.SIMPLIFIED_CHINESE), LeverNames.name(path, Locale.ENGLISH));
    }

    /** A tier's full name ("tertiary hospital"), or its short one for axis categories; unknown tiers as given. */
    String tier(String tier, boolean full) {
        String key = (full ? "tier." : "tier.short.") + tier;
        return messages.has(key) ? get(key) : tier;
    }

    /**
     * {@code f} in each language of this chart, joined: for words composed of other words, which must not be
     * joined before they are put together ("网格 A 的负荷 / load of grid A", not "网格 A 的负荷 / load / …").
     */
    String each(Function<ChartText, String> f) {
        return english == null ? f.apply(this) : join(f.apply(in(Locale.SIMPLIFIED_CHINESE)), f.apply(in(Locale.ENGLISH)));
    }

    /** A chart's title and caption made by {@code f} for a reader of {@code locale}: composed in each language. */
    static Function<Locale, ChartImage.Words> words(Function<ChartText, ChartImage.Words> f) {
        return l -> {
            if (!Messages.isBilingual(l)) return f.apply(in(l));
            ChartImage.Words zh = f.apply(in(Locale.SIMPLIFIED_CHINESE)), en = f.apply(in(Locale.ENGLISH));
            return new ChartImage.Words(both(zh.title(), en.title()), both(zh.caption(), en.caption()));
        };
    }

    private String join(String zh, String en) { return zh.equals(en) ? zh : zh + join + en; }

    /** Chinese, then English unless it says the same ("%", a name the user gave). */
    static String both(String zh, String en) { return zh.equals(en) ? zh : zh + JOIN + en; }

    /** Upper-cases the first letter of an English title; other scripts have no case and pass unchanged. */
    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
