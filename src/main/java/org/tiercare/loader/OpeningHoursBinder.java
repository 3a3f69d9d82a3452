package org.tiercare.loader;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.OpeningHours;

/**
 * Binds {@code hours}: {@code always}, or a list of sessions {days, open, close}. Days are written
 * the way clinic notices are (mon-fri, [mon, wed], daily); times as HH:MM, with 24:00 for midnight.
 */
final class OpeningHoursBinder {

    private static final List<String> SESSION_KEYS = List.of("days", "open", "close");
    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private OpeningHoursBinder() {}

    static OpeningHours bind(Problems problems, YamlNode node, String path) {
        if (node == null) return OpeningHours.ALWAYS;
        if (node instanceof Scalar s && s.text().strip().equalsIgnoreCase("always")) return OpeningHours.ALWAYS;
        if (!(node instanceof ListNode list)) {
            problems.add(node.loc(), Text.at(path, Text.get("hours.invalid", node.describe())));
            return null;
        }
        if (list.items.isEmpty()) {
            problems.add(list.loc(), Text.at(path, Text.get("hours.empty")));
            return null;
        }
        int before = problems.size();
        List<OpeningHours.Session> sessions = new ArrayList<>();
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(problems, list.items.get(i), path + "[" + i + "]", SESSION_KEYS);
            if (!f.isMap()) continue;
            Set<DayOfWeek> days = f.has("days") ? days(f) : null;
            if (!f.has("days")) f.problem("days", Text.get("value.missing", Text.get("expect.days")));
            Double open = time(f, "open", false);
            Double close = time(f, "close", true);
            if (open != null && close != null && close <= open) {
                f.problem("close", Text.get("hours.order", clock(close), clock(open)));
                continue;
            }
            if (days != null && open != null && close != null) {
                OpeningHours.Session s = new OpeningHours.Session(Collections.unmodifiableSet(EnumSet.copyOf(days)), open, close);
                for (OpeningHours.Session o : sessions) {
                    Set<DayOfWeek> common = EnumSet.copyOf(s.days());
                    common.retainAll(o.days());
                    if (!common.isEmpty() && s.openHour() < o.closeHour() && o.openHour() < s.closeHour()) {
                        f.problem("open", Text.get("hours.overlap", clock(open), clock(close), clock(o.openHour()),
                                clock(o.closeHour()), dayName(common.iterator().next())));
                    }
                }
                sessions.add(s);
            }
        }
        return problems.size() == before ? new OpeningHours(false, List.copyOf(sessions)) : null;
    }

    /** Reads {@code days} of {@code f} (a day, a range, a list or daily); reports and returns null when unreadable. */
    static Set<DayOfWeek> days(Fields f) {
        YamlNode n = f.node("days");
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        List<YamlNode> parts = n instanceof ListNode l ? l.items : List.of(n);
        for (YamlNode p : parts) {
            if (!(p instanceof Scalar s) || !addDays(s.text().strip().toLowerCase(Locale.ROOT), out)) {
                f.problems.add(p.loc(), Text.at(f.at("days"), Text.get("days.invalid", p.describe(), Text.get("expect.days"))));
                return null;
            }
        }
        if (out.isEmpty()) {
            f.problem("days", Text.get("days.none", Text.get("expect.days")));
            return null;
        }
        return out;
    }

    /** Adds "mon", "monday", "mon-fri" (wrapping, e.g. fri-mon) or "daily"; false if unreadable. */
    private static boolean addDays(String t, Set<DayOfWeek> out) {
        if (t.equals("daily") || t.equals("every day")) {
            out.addAll(EnumSet.allOf(DayOfWeek.class));
            return true;
        }
        String[] ends = t.split("\\s*-\\s*");
        if (ends.length > 2) return false;
        DayOfWeek from = day(ends[0]), to = ends.length == 2 ? day(ends[1]) : from;
        if (from == null || to == null) return false;
        for (DayOfWeek d = from; ; d = d.plus(1)) {
            out.add(d);
            if (d == to) return true;
        }
    }

    private static DayOfWeek day(String s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase(Locale.ROOT);
            if (s.equals(full) || s.equals(full.substring(0, 3))) return d;
        }
        return null;
    }

    /** "HH:MM" to an hour of day; 24:00 only as a closing time. Reported problems return null. */
    static Double time(Fields f, String key, boolean isClose) {
        YamlNode n = f.node(key);
        String expected = Text.get("expect.time", isClose ? "24:00" : "23:59");
        if (n == null) {
            f.problem(key, Text.get("value.missing", expected));
            return null;
        }
        Matcher m = n instanceof Scalar s ? TIME.matcher(s.text().strip()) : null;
        if (m == null || !m.matches()) {
            f.problem(key, Text.get("time.invalid", n.describe(), expected));
            return null;
        }
        int h = Integer.parseInt(m.group(1)), min = Integer.parseInt(m.group(2));
        boolean ok = min < 60 && (h < 24 || (isClose && h == 24 && min == 0));
        if (!ok) {
            f.problem(key, Text.get("time.outOfRange", n.describe(), expected));
            return null;
        }
        return h + min / 60.0;
    }

    static String clock(double hour) {
        int minutes = (int) Math.round(hour * 60);
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static String dayName(DayOfWeek d) { return DAY_NAMES.get(d.ordinal()); }
}
