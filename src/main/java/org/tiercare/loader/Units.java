package org.tiercare.loader;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as planners write them ({@code 15 min}, {@code 1.5 hours}, {@code 3 d}); the simulator
 * works in hours. A bare number means hours because that is the model's time unit.
 */
public final class Units {

    private static final Pattern DURATION =
            Pattern.compile("\\s*([-+]?(?:\\d[\\d_]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([^\\d\\s].*?)?\\s*");

    private static final Map<String, Double> HOURS_PER_UNIT = Map.ofEntries(
            Map.entry("s", 1 / 3600.0), Map.entry("sec", 1 / 3600.0), Map.entry("secs", 1 / 3600.0),
            Map.entry("second", 1 / 3600.0), Map.entry("seconds", 1 / 3600.0),
            Map.entry("min", 1 / 60.0), Map.entry("mins", 1 / 60.0),
            Map.entry("minute", 1 / 60.0), Map.entry("minutes", 1 / 60.0),
            Map.entry("h", 1.0), Map.entry("hr", 1.0), Map.entry("hrs", 1.0),
            Map.entry("hour", 1.0), Map.entry("hours", 1.0),
            Map.entry("d", 24.0), Map.entry("day", 24.0), Map.entry("days", 24.0),
            Map.entry("w", 168.0), Map.entry("wk", 168.0), Map.entry("wks", 168.0),
            Map.entry("week", 168.0), Map.entry("weeks", 168.0));

    /** "a duration such as 30 s, 15 min, …" in the process's language. */
    static String expected() { return Text.get("expect.duration"); }

    private Units() {}

    /**
     * Parses a duration into hours.
     *
     * @throws IllegalArgumentException with a message that says what was wrong and what is accepted, in the
     *     process's language (see {@link org.tiercare.text.Messages#current()})
     */
    public static double hours(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(Text.get("duration.invalid", Text.quote(text), expected()));
        }
        double number = Double.parseDouble(m.group(1).replace("_", ""));
        String unit = m.group(2);
        if (unit == null) return number;
        Double factor = HOURS_PER_UNIT.get(unit.toLowerCase(Locale.ROOT));
        if (factor == null) {
            throw new IllegalArgumentException(Text.get(unit.equalsIgnoreCase("m") ? "duration.unitM" : "duration.unit", text, unit));
        }
        return number * factor;
    }

    /** Writes hours back in the largest unit that keeps them a round number, for messages. */
    static String format(double hours) {
        if (hours != 0 && hours % 168 == 0) return trim(hours / 168) + " w";
        if (hours != 0 && hours % 24 == 0) return trim(hours / 24) + " d";
        if (hours * 60 % 1 == 0 && hours < 1 && hours != 0) return trim(hours * 60) + " min";
        return trim(hours) + " h";
    }

    static String trim(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
