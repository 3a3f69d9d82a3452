package org.tiercare.loader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.Tier;

/**
 * Reads one YAML map against the keys a section declares, turning each value into a Java value or a
 * {@link Problem}. Every getter reports what is wrong and what is expected, then returns null (or the
 * default) so binding carries on and finds the next problem. Sections are written in terms of this
 * class, which is what keeps adding a section to one small class.
 */
final class Fields {

    final Problems problems;
    final String path;
    private final MapNode map;
    private final Loc loc;

    private Fields(Problems problems, MapNode map, Loc loc, String path) {
        this.problems = problems;
        this.map = map;
        this.loc = loc;
        this.path = path;
    }

    /**
     * Starts reading {@code node} as a map with the given keys; unknown keys are reported at once. A
     * node that is not a map is reported and yields a Fields whose getters quietly return null, so one
     * wrong type does not cascade into a "missing key" for each key.
     */
    static Fields of(Problems problems, YamlNode node, String path, List<String> allowed) {
        if (!(node instanceof MapNode m)) {
            problems.add(node.loc(), Text.at(path, Text.get("map.expected", Text.join(allowed), node.describe())));
            return new Fields(problems, null, node.loc(), path);
        }
        for (MapNode.Entry e : m.entries.values()) {
            if (!allowed.contains(e.key())) {
                String hint = Names.didYouMean(e.key(), allowed);
                problems.add(e.keyLoc(), path.isEmpty() ? Text.get("key.unknown.top", e.key(), Text.join(allowed), hint)
                        : Text.get("key.unknown", e.key(), path, Text.join(allowed), hint));
            }
        }
        return new Fields(problems, m, m.loc(), path);
    }

    /** Fields of a map already checked for unknown keys (a second pass over the same entry): reports nothing itself. */
    static Fields quiet(Problems problems, MapNode map, String path) {
        return new Fields(problems, map, map.loc(), path);
    }

    boolean isMap() { return map != null; }

    /** The map itself (null when the node was not a map), for sections keyed by tier or path. */
    MapNode map() { return map; }

    /** Where a key was written (its key, not its value), or the map. */
    Loc keyLocOf(String key) {
        MapNode.Entry e = map == null ? null : map.entries.get(key);
        return e == null ? loc : e.keyLoc();
    }

    Loc loc() { return loc; }

    /** The value, or null when absent or written empty (an empty value means "use the default"). */
    YamlNode node(String key) {
        YamlNode n = map == null ? null : map.get(key);
        return n instanceof Scalar s && s.isNull() ? null : n;
    }

    boolean has(String key) { return node(key) != null; }

    /** Where to point for {@code key}: its value when written, else the enclosing map. */
    Loc locOf(String key) {
        YamlNode n = node(key);
        return n == null ? loc : n.loc();
    }

    String at(String key) { return path.isEmpty() ? key : path + "." + key; }

    /** Reports {@code message} (a whole sentence from the bundle) at {@code key}, prefixed with the key's path. */
    void problem(String key, String message) { problems.add(locOf(key), Text.at(at(key), message)); }

    /** Reports a required key that is absent, at the enclosing map; {@code expected} is a phrase from the bundle. */
    void missing(String key, String expected) {
        problems.add(loc, Text.at(path, Text.get("key.missing", key, expected)));
    }

    private YamlNode need(String key, boolean required, String expected) {
        YamlNode n = node(key);
        if (n == null && required && map != null) missing(key, expected);
        return n;
    }

    /** Text (ids, names): any non-empty scalar, so {@code id: 12} is the id "12". */
    String string(String key, boolean required, String def) {
        YamlNode n = need(key, required, Text.get("expect.text"));
        if (n == null) return required ? null : def;
        if (n instanceof Scalar s) return s.text();
        problem(key, Text.get("got", Text.get("expect.text"), n.describe()));
        return null;
    }

    Boolean bool(String key, boolean def) {
        YamlNode n = node(key);
        if (n == null) return def;
        // The YAML 1.1 resolver also reads yes/no/on/off as booleans; honour what it decided.
        if (n instanceof Scalar s && s.kind() == Scalar.Kind.BOOL) {
            return List.of("true", "yes", "y", "on").contains(s.text().strip().toLowerCase(Locale.ROOT));
        }
        problem(key, Text.get("bool.invalid", n.describe()));
        return null;
    }

    /** A whole number >= min. */
    Long whole(String key, boolean required, long def, long min) {
        return whole(key, required, def, min, Long.MAX_VALUE);
    }

    /**
     * A whole number between min and max, where max is a plausibility limit (see {@link Range#limit}):
     * a value above it is refused with the limit named, so a typo like 1e12 residents is caught here
     * rather than by an OutOfMemoryError half-way through a run.
     */
    Long whole(String key, boolean required, long def, long min, long max) {
        // The limit is named only when it is exceeded: everywhere else it would be noise.
        String expected = wholeAtLeast(min);
        YamlNode n = need(key, required, expected);
        if (n == null) return required ? null : def;
        BigDecimal v = n instanceof Scalar s ? numeric(s) : null;
        if (v == null || v.stripTrailingZeros().scale() > 0) {
            problem(key, Text.get("whole.invalid", n.describe(), expected));
            return null;
        }
        String text = Text.shorten(((Scalar) n).text());
        if (v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 || v.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            problem(key, Text.get("value.tooLarge", text, expected));
            return null;
        }
        long x = v.longValue();
        if (x < min) {
            problem(key, min == 0 ? Text.get("value.negative", text, expected) : Text.get("value.lessThan", text, min, expected));
            return null;
        }
        if (x > max) {
            problem(key, Text.get("value.aboveLimit", text, max, wholeBetween(min, max)));
            return null;
        }
        return x;
    }

    /** "a whole number >= min and <= max". */
    static String wholeBetween(long min, long max) {
        return Text.get("expect.bounded", Text.get("noun.whole"),
                Text.get("bound.both", Text.get("bound.ge", min), Text.get("bound.le", max)));
    }

    /** "a whole number >= min", the phrase every whole-number message expects. */
    static String wholeAtLeast(long min) {
        return Text.get("expect.bounded", Text.get("noun.whole"), Text.get("bound.ge", min));
    }

    /** A whole number that must fit an int (counts of doctors, beds, slots). */
    Integer count(String key, boolean required, int def, int min) {
        return count(key, required, def, min, Integer.MAX_VALUE);
    }

    /** A count between min and max, max being a plausibility limit declared where the count is read. */
    Integer count(String key, boolean required, int def, int min, int max) {
        Long v = whole(key, required, def, min, max);
        if (v == null) return null;
        if (v > Integer.MAX_VALUE) {
            problem(key, Text.get("value.tooLarge", v, Text.get("expect.wholeBetween", min, Integer.MAX_VALUE)));
            return null;
        }
        return v.intValue();
    }

    Double number(String key, boolean required, double def, Range range) {
        YamlNode n = need(key, required, range.expected(Noun.NUMBER));
        if (n == null) return required ? null : def;
        BigDecimal v = n instanceof Scalar s ? numeric(s) : null;
        if (v == null) {
            problem(key, Text.get("number.invalid", n.describe(), range.expected(Noun.NUMBER)));
            return null;
        }
        return range.check(problems, n.loc(), at(key), ((Scalar) n).text(), v.doubleValue(), Noun.NUMBER);
    }

    /** A number outside a map (list items such as weights). */
    static Double numberOf(Problems problems, YamlNode n, String where, Range range) {
        BigDecimal v = n instanceof Scalar s ? numeric(s) : null;
        if (v == null) {
            problems.add(n.loc(), Text.at(where, Text.get("number.invalid", n.describe(), range.expected(Noun.NUMBER))));
            return null;
        }
        return range.check(problems, n.loc(), where, ((Scalar) n).text(), v.doubleValue(), Noun.NUMBER);
    }

    /** A duration in hours: a number (hours) or text with a unit. */
    Double duration(String key, boolean required, double def, Range range) {
        YamlNode n = need(key, required, Text.get("expect.durationExample", range.expected(Noun.DURATION)));
        if (n == null) return required ? null : def;
        Double h = durationOf(problems, n, at(key));
        return h == null ? null : range.check(problems, n.loc(), at(key), ((Scalar) n).text(), h, Noun.DURATION);
    }

    /**
     * Converts a scalar duration node to hours, or reports why not (for use outside a map too). Every
     * duration is at most {@link Range#MAX_DURATION_H}, whatever it is for.
     */
    static Double durationOf(Problems problems, YamlNode n, String where) {
        Double h = null;
        if (n instanceof Scalar s && (s.kind() == Scalar.Kind.INT || s.kind() == Scalar.Kind.FLOAT)) {
            BigDecimal v = numeric(s);
            if (v != null) h = v.doubleValue();
        }
        if (h == null && n instanceof Scalar s && s.kind() == Scalar.Kind.STRING) {
            try {
                h = Units.hours(s.text());
            } catch (IllegalArgumentException e) {
                problems.add(n.loc(), Text.at(where, e.getMessage()));
                return null;
            }
        }
        if (h != null) {
            if (Double.isNaN(h) || Double.isInfinite(h)) {
                problems.add(n.loc(), Text.at(where, Text.get("value.notFinite", Text.shorten(((Scalar) n).text()), Units.expected())));
                return null;
            }
            if (Math.abs(h) > Range.MAX_DURATION_H) {
                problems.add(n.loc(), Text.at(where, Text.get("value.aboveLimit", Text.shorten(((Scalar) n).text()),
                        Units.format(Range.MAX_DURATION_H), Text.get("expect.durationAtMost", Units.format(Range.MAX_DURATION_H)))));
                return null;
            }
            return h;
        }
        problems.add(n.loc(), Text.at(where, Text.get("duration.invalid", n.describe(), Units.expected())));
        return null;
    }

    /**
     * One of a fixed set of names; enums are written in lower case with underscores.
     *
     * @param what the bundle key of what the value names, e.g. {@code choice.tier} ("a tier")
     */
    <E extends Enum<E>> E choice(String key, String what, Class<E> type, E def) {
        YamlNode n = node(key);
        if (n == null) return def;
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) names.add(yamlName(e));
        if (n instanceof Scalar s) {
            for (E e : type.getEnumConstants()) if (yamlName(e).equalsIgnoreCase(s.text().strip())) return e;
        }
        String written = n instanceof Scalar s ? s.text() : "";
        problem(key, Text.get("choice.invalid", n.describe(), Text.get(what), Text.join(names), Names.didYouMean(written, names)));
        return null;
    }

    static String yamlName(Enum<?> e) {
        return e instanceof Tier t ? t.yamlName : e.name().toLowerCase(Locale.ROOT);
    }

    /**
     * An optional list; absent or empty reads as an empty list, a non-list is reported (null).
     *
     * @param expected what the items are, a phrase from the bundle (e.g. "facilities")
     */
    ListNode list(String key, boolean required, String expected) {
        String listOf = Text.get("expect.listOf", expected);
        YamlNode n = need(key, required, listOf);
        if (n == null) return required ? null : new ListNode(loc);
        if (problems.isBroken(n)) return null;
        if (n instanceof ListNode l) return l;
        problem(key, Text.get("got", listOf, n.describe()));
        return null;
    }

    /** Flags a key that is meaningless in this context (e.g. slots for walk-in access); {@code why} is a sentence from the bundle. */
    void forbid(String key, String why) {
        if (has(key)) problems.add(map.entries.get(key).keyLoc(), Text.at(at(key), why));
    }

    /** A fraction written {@code a/b} (digits only, as in {@code sweep --vary}), so a plan can reserve exactly a third. */
    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*");

    /** The scalar as a number, or null; other text never counts as a number, but a fraction {@code 1/3} does. */
    private static BigDecimal numeric(Scalar s) {
        if (s.kind() == Scalar.Kind.STRING) {
            java.util.regex.Matcher m = FRACTION.matcher(s.text());
            if (!m.matches()) return null;
            BigDecimal den = new BigDecimal(m.group(2));
            return den.signum() == 0 ? null : new BigDecimal(m.group(1)).divide(den, java.math.MathContext.DECIMAL64);
        }
        if (s.kind() != Scalar.Kind.INT && s.kind() != Scalar.Kind.FLOAT) return null;
        String t = s.text().replace("_", "").strip();
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) return new BigDecimal(new java.math.BigInteger(t.substring(2), 16));
            return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null; // .inf, .nan and other oddities are not usable numbers
        }
    }

    /** What a number means, for the phrase of what is expected: the bundle key of its noun. */
    enum Noun {
        NUMBER("noun.number"), DURATION("noun.duration");

        final String key;

        Noun(String key) { this.key = key; }
    }

    /**
     * Allowed interval for a number, phrased the way messages need it. When {@code limit} is set, the
     * upper bound is not a law of nature but a plausibility limit: far beyond any real district or
     * city plan, low enough that a run stays finite (each is justified where it is declared). A value
     * above it is refused with the limit named.
     */
    record Range(double lo, boolean loOpen, double hi, boolean hiOpen, boolean limit) {
        /**
         * 50 years: no plan looks further ahead (a horizon, a warm-up, a length of stay or an
         * interval longer than this is a typo), and any duration times any bounded rate stays far
         * from what a run can finish or a double can hold.
         */
        static final double MAX_DURATION_H = 50 * 365 * 24;
        /** Coordinates and road lengths in km: half the Earth's circumference bounds any two places. */
        static final double MAX_KM = 20_000;

        static final Range ANY = new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
        static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, false);
        static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, false);
        static final Range PROBABILITY = new Range(0, false, 1, false);
        /** A coordinate in km, east or north of any origin the planner chose. */
        static final Range COORDINATE = new Range(-MAX_KM, false, MAX_KM, false, true);

        Range(double lo, boolean loOpen, double hi, boolean hiOpen) { this(lo, loOpen, hi, hiOpen, false); }

        /** lo (open or not) up to a plausibility limit {@code max} (included). */
        static Range upTo(double lo, boolean loOpen, double max) { return new Range(lo, loOpen, max, false, true); }

        /** "a number >= 0", "a duration > 0 and <= 1", "a probability between 0 and 1" in the process's language. */
        String expected(Noun noun) {
            return expected(noun, !limit);
        }

        /** @param withLimit whether to name a plausibility limit (only when it is exceeded: elsewhere it is noise) */
        String expected(Noun noun, boolean withLimit) {
            if (this.equals(PROBABILITY)) return Text.get("expect.probability");
            boolean symmetricLimit = limit && lo == -hi; // coordinates, utilities: both ends are the limit
            boolean hasLo = lo != Double.NEGATIVE_INFINITY && (withLimit || !symmetricLimit);
            boolean hasHi = hi != Double.POSITIVE_INFINITY && withLimit;
            String low = hasLo ? Text.get(loOpen ? "bound.gt" : "bound.ge", write(lo, noun)) : null;
            String high = hasHi ? Text.get(hiOpen ? "bound.lt" : "bound.le", write(hi, noun)) : null;
            String bounds = hasLo && hasHi ? Text.get("bound.both", low, high) : hasLo ? low : high;
            return bounds == null ? Text.get(noun.key) : Text.get("expect.bounded", Text.get(noun.key), bounds);
        }

        /** A bound as messages write it: durations with their unit (438000 h reads 18250 d). */
        private static String write(double x, Noun noun) {
            return noun == Noun.DURATION && x != 0 ? Units.format(x) : Units.trim(x);
        }

        Double check(Problems problems, Loc at, String where, String text, double v, Noun noun) {
            String why = null;
            if (Double.isNaN(v) || Double.isInfinite(v)) why = "value.notFinite";
            else if (this.equals(PROBABILITY) && (v < 0 || v > 1)) why = "value.outsideUnit";
            else if (v < lo || (loOpen && v == lo)) why = lo == 0 ? (v < 0 ? "value.negative" : "value.zero") : "value.tooSmall";
            else if (v > hi || (hiOpen && v == hi)) why = limit ? "value.aboveLimit" : "value.tooLarge";
            if (why == null) return v;
            problems.add(at, Text.at(where, why.equals("value.aboveLimit")
                    ? Text.get(why, Text.shorten(text), write(hi, noun), expected(noun, true))
                    : Text.get(why, Text.shorten(text), why.equals("value.tooSmall") ? expected(noun, true) : expected(noun))));
            return null;
        }
    }
}
