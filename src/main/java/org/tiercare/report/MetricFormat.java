package org.tiercare.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tiercare.metric.Better;
import org.tiercare.metric.Kind;
import org.tiercare.metric.Metric;
import org.tiercare.metric.Unit;

/**
 * How a metric's values are shown, read from the {@link Metric} registry by CSV name. A name the registry
 * does not know (a results folder from a newer version) is shown as a plain number under its own name,
 * without judgement.
 */
public final class MetricFormat {
    private MetricFormat() {}

    /** Headline metrics' CSV names in table order. */
    public static final List<String> HEADLINE = Metric.headlines().stream().map(Metric::csvName).toList();

    /** The CSV names of the metrics a sweep draws against its lever. */
    public static final List<String> SWEEP_CHARTED = Metric.sweepCharts().stream().map(Metric::csvName).toList();

    public static Optional<Metric> metric(String name) { return Metric.byName(name); }

    /** Which direction of change is better; {@link Better#NEITHER} for unknown metrics. */
    public static Better better(String name) { return metric(name).map(Metric::better).orElse(Better.NEITHER); }

    /** The metric's kind; for an unknown name, a time if it ends in {@code _h}, else a level. */
    public static Kind kind(String name) {
        return metric(name).map(Metric::kind).orElse(name.endsWith("_h") ? Kind.TIME : Kind.LEVEL);
    }

    /** The name a reader sees in a language; an unknown metric's CSV name with spaces. */
    public static String label(String name, Locale locale) {
        return metric(name).map(m -> m.label(locale)).orElse(name.replace('_', ' '));
    }

    /** The label followed by the shown unit, e.g. "mean consult wait (h)", "病床使用率 (%)". */
    public static String labelWithUnit(String name, Locale locale) {
        String unit = shownUnit(name, locale);
        return unit.isEmpty() ? label(name, locale) : label(name, locale) + " (" + unit + ")";
    }

    /**
     * The unit a shown value carries: the registry's display unit for times ("h" or "d", "小时" or "天" in
     * Chinese), "%" for shares, nothing for counts and levels; an unknown time is in hours.
     */
    public static String shownUnit(String name, Locale locale) {
        return switch (kind(name)) {
            case TIME -> metric(name).map(Metric::displayUnit).orElse(Unit.HOURS).symbol(locale);
            case SHARE -> "%";
            case MONEY -> Unit.YUAN.symbol(locale);
            default -> "";
        };
    }

    /**
     * The unit written beside a value in words, for a table that keeps the raw number (summary.xlsx): the
     * registry's unit in the language ("小时", "patients"), but "%" for shares, which such tables show as
     * fractions under a percent format; an unknown metric's {@link #shownUnit}.
     */
    public static String unitWords(String name, Locale locale) {
        if (kind(name) == Kind.SHARE) return "%";
        return metric(name).map(m -> m.unit().symbol(locale)).orElse(shownUnit(name, locale));
    }

    /** The value as shown: shares ×100, times the registry shows in days ÷24. */
    public static double display(String name, double value) {
        if (kind(name) == Kind.SHARE) return value * 100;
        return metric(name).map(m -> m.toDisplayUnit(value)).orElse(value);
    }

    /** A value as shown with English unit symbols: "12.3 h", "8.95 d", "61.2 %", "12,345"; "–" when undefined. */
    public static String format(String metric, double value) { return format(metric, value, Locale.ENGLISH); }

    /** A value as shown, the unit in the language: "8.95 d", "8.95 天", "12.3 小时". */
    public static String format(String metric, double value, Locale locale) {
        if (!Double.isFinite(value)) return "–";
        return withUnit(number(display(metric, value), false), shownUnit(metric, locale));
    }

    /** A difference as shown with English unit symbols, always signed: "−3.1 h", "−0.30 d", "+2.0 pp". */
    public static String formatDiff(String metric, double diff) { return formatDiff(metric, diff, Locale.ENGLISH); }

    /** A difference as shown, always signed, the unit in the language (percentage points for shares). */
    public static String formatDiff(String metric, double diff, Locale locale) {
        if (!Double.isFinite(diff)) return "–";
        String unit = kind(metric) == Kind.SHARE ? "pp" : shownUnit(metric, locale);
        return withUnit(number(display(metric, diff), true), unit);
    }

    /** A number alone (no unit), e.g. for interval bounds. */
    public static String formatNumber(String metric, double value, boolean signed) {
        return Double.isFinite(value) ? number(display(metric, value), signed) : "–";
    }

    /** Marks a lower bound shown as 0 instead of its negative value; see {@link #lowTruncated}. */
    public static final String TRUNCATED = "*";

    /**
     * Whether a value's interval lower bound is shown truncated at 0: the metric can never be negative
     * ({@link Metric#nonNegative()}) and the Student-t bound is below 0 — with so few replications that a
     * symmetric interval reaches past the only possible values. Files keep the raw bound.
     */
    public static boolean lowTruncated(String metric, double low) {
        return Double.isFinite(low) && low < 0 && metric(metric).map(Metric::nonNegative).orElse(false);
    }

    /** The lower bound of a value's interval as shown: "0*" when {@link #lowTruncated}, else the number. */
    public static String formatLow(String metric, double low) {
        return lowTruncated(metric, low) ? "0" + TRUNCATED
                : formatNumber(metric, low, false);
    }

    private static String withUnit(String number, String unit) {
        if (unit.isEmpty()) return number;
        return number + " " + unit;
    }

    private static String number(double shown, boolean signed) {
        String s;
        double a = Math.abs(shown);
        if (a >= 100) s = String.format(Locale.ROOT, "%,.0f", shown);
        else if (a >= 10) s = String.format(Locale.ROOT, "%.1f", shown);
        else if (a >= 0.1 || shown == 0) s = String.format(Locale.ROOT, "%.2f", shown);
        else s = String.format(Locale.ROOT, "%.2g", shown);
        if (s.startsWith("-")) s = "\u2212" + s.substring(1); // typographic minus
        else if (signed && shown > 0) s = "+" + s;
        if (s.equals("\u22120.00")) s = "0.00";
        return s;
    }
}
