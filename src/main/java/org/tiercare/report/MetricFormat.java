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

    /** The unit a shown value carries: "h", "%" or nothing for counts and levels. */
    public static String shownUnit(String name, Locale locale) {
        return switch (kind(name)) {
            case TIME -> Unit.HOURS.symbol(Locale.ENGLISH);
            case SHARE -> "%";
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

    /** The value as shown: shares ×100. */
    public static double display(String name, double value) { return kind(name) == Kind.SHARE ? value * 100 : value; }

    /** A value as shown: "12.3 h", "61.2 %", "12,345"; "–" when undefined. */
    public static String format(String metric, double value) {
        if (!Double.isFinite(value)) return "–";
        String unit = shownUnit(metric, Locale.ENGLISH);
        return number(display(metric, value), false) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** A difference as shown, always signed: "−3.1 h", "+2.0 pp" (percentage points for shares). */
    public static String formatDiff(String metric, double diff) {
        if (!Double.isFinite(diff)) return "–";
        String unit = kind(metric) == Kind.SHARE ? "pp" : shownUnit(metric, Locale.ENGLISH);
        return number(display(metric, diff), true) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** A number alone (no unit), e.g. for interval bounds. */
    public static String formatNumber(String metric, double value, boolean signed) {
        return Double.isFinite(value) ? number(display(metric, value), signed) : "–";
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
