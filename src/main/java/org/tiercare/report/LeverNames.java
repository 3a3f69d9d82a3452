package org.tiercare.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.tiercare.text.Messages;

/**
 * The names readers see for a sweep's lever and its values. A lever is a scenario path
 * ({@code policy.reserved_slot_share}, {@code outreach.0.specialist_days_per_week}); the common ones have a name in
 * the report bundle under {@code chart.lever.<path>}, list indices written {@code N}
 * ({@code chart.lever.outreach.N.specialist_days_per_week}). Any other path is shown as it is.
 */
public final class LeverNames {
    private LeverNames() {}

    /** The bundle key of a lever's name: {@code chart.lever.} and the path with every list index as {@code N}. */
    static String key(String path) {
        return "chart.lever." + path.replaceAll("(^|\\.)\\d+(?=\\.|$)", "$1N");
    }

    /** A facility's own lever: {@code facilities.<id>.<rest>}, named with the facility's id as its argument. */
    private static final java.util.regex.Pattern FACILITY = java.util.regex.Pattern.compile("facilities\\.([^.]+)\\.(.+)");

    /**
     * The lever's name in the language ("预留号源比例", "reserved slot share", "C1 门诊医师数"), or its path when it
     * has none.
     */
    public static String name(String path, Locale locale) {
        Messages m = Messages.of("report", locale);
        String key = key(path);
        if (m.has(key)) return m.get(key);
        java.util.regex.Matcher f = FACILITY.matcher(path);
        if (f.matches() && m.has("chart.lever.facilities.ID." + f.group(2))) {
            return m.get("chart.lever.facilities.ID." + f.group(2), f.group(1));
        }
        return path;
    }

    /** Whether the bundle names this lever. */
    public static boolean named(String path) { return Messages.of("report", Locale.ENGLISH).has(key(path)); }

    /** Most significant digits a lever value is shown with. */
    static final int DIGITS = 3;

    /**
     * A lever value as shown: whole numbers whole ("20", "1000"), others with at most {@value #DIGITS} significant
     * digits and no trailing zeros ("0.333" for 1/3, "35.1" for 35.050763…, "0.05").
     */
    public static String value(double v) {
        if (!Double.isFinite(v)) return "–";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        if (Math.abs(v) >= Math.pow(10, DIGITS) && Math.abs(v) < 1e15) return Long.toString(Math.round(v));
        BigDecimal b = new BigDecimal(v).round(new MathContext(DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String s = b.toPlainString();
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
