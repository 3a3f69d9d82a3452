package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.Entry;

/**
 * Applies {@code --set path=value} to the located tree before binding, so an overridden value is
 * validated exactly like one written in the file, and its problems point at the override. Map keys
 * on the path may be absent (adding {@code warmup}, or {@code policy.reserved_slot_share} to a file
 * without {@code policy}); whether such keys are valid is decided by the binder, which knows the
 * schema and reports unknown keys with the valid ones. List entries must exist (by id or index).
 */
final class Overrides {

    private Overrides() {}

    static void apply(MapNode root, List<String> overrides, Problems problems) {
        for (String text : overrides) apply(root, text, problems);
    }

    private static void apply(MapNode root, String text, Problems problems) {
        Loc at = Loc.ofOverride(text);
        int eq = text.indexOf('=');
        String path = eq < 0 ? "" : text.substring(0, eq).strip();
        if (eq < 0 || path.isEmpty()) {
            problems.add(at, "expected path=value, e.g. facilities.H1.outpatient.doctors=12 or arrivals.0.rate_per_hour=3");
            return;
        }
        int before = problems.size();
        YamlNode value = YamlTreeReader.readOverrideValue(text.substring(eq + 1), text, problems);
        if (problems.size() != before) return;
        if (value == null) value = new Scalar(at, "", Scalar.Kind.NULL);
        apply(root, path, value, at, "", problems);
    }

    /**
     * Sets the value at a dotted path. Absent maps on the way are created (so a key can be added to a
     * section the file omits); whether the keys are valid is then decided by the binder.
     *
     * @param at     where problems are reported (the override, or a variant's {@code set} entry)
     * @param prefix put before every message (names the variant), or ""
     */
    static void apply(MapNode root, String path, YamlNode value, Loc at, String prefix, Problems problems) {
        String[] segments = path.split("\\.", -1);
        for (String s : segments) {
            if (s.isBlank()) {
                problems.add(at, prefix + "the path '" + path + "' has an empty segment; expected names separated by single dots");
                return;
            }
        }
        YamlNode node = root;
        List<String> walked = new ArrayList<>();
        for (int i = 0; i < segments.length - 1; i++) {
            node = step(node, segments[i], walked, at, prefix, problems);
            if (node == null) return;
            walked.add(segments[i]);
        }
        set(node, segments[segments.length - 1], value, walked, at, prefix, problems);
    }

    private static YamlNode step(YamlNode node, String seg, List<String> walked, Loc at, String prefix, Problems problems) {
        String here = walked.isEmpty() ? "the top level" : String.join(".", walked);
        if (node instanceof MapNode m) {
            YamlNode child = m.get(seg);
            if (child == null || child instanceof Scalar s && s.isNull()) {
                MapNode created = new MapNode(at);
                MapNode.Entry old = m.entries.get(seg);
                m.entries.put(seg, new MapNode.Entry(seg, old == null ? at : old.keyLoc(), created));
                return created;
            }
            return child;
        }
        if (node instanceof ListNode l) {
            int i = indexOf(l, seg);
            if (i < 0) {
                List<String> ids = ids(l);
                problems.add(at, prefix + "unknown path segment '" + seg + "' in " + here + "; "
                        + (ids.isEmpty() ? (l.items.isEmpty() ? "the list is empty" : "expected an index from 0 to " + (l.items.size() - 1))
                        : "known ids: " + Names.list(ids) + Names.didYouMean(seg, ids)));
                return null;
            }
            return l.items.get(i);
        }
        problems.add(at, prefix + "'" + here + "' is a single value, so it has no '" + seg + "'; expected a path that ends at it");
        return null;
    }

    private static void set(YamlNode parent, String key, YamlNode value, List<String> walked, Loc at, String prefix,
                            Problems problems) {
        List<String> full = new ArrayList<>(walked);
        full.add(key);
        if (parent instanceof MapNode m) {
            MapNode.Entry old = m.entries.get(key);
            if (old != null && !(old.value() instanceof Scalar) && !(value instanceof Scalar s && s.isNull())) {
                problems.add(at, prefix + "'" + String.join(".", full) + "' is a whole section (" + old.value().describe()
                        + "); expected a path to a single value inside it, e.g. " + String.join(".", full) + "."
                        + example(old.value()));
                return;
            }
            m.entries.put(key, new MapNode.Entry(key, old == null ? at : old.keyLoc(), value));
            return;
        }
        if (parent instanceof ListNode l) {
            YamlNode target = step(l, key, walked, at, prefix, problems);
            if (target == null) return;
            if (!(target instanceof Scalar)) {
                problems.add(at, prefix + "'" + String.join(".", full) + "' is a whole entry; expected a path to one of its values");
                return;
            }
            l.items.set(l.items.indexOf(target), value);
            return;
        }
        step(parent, key, walked, at, prefix, problems);
    }

    private static String example(YamlNode section) {
        if (section instanceof MapNode m && !m.entries.isEmpty()) return m.entries.keySet().iterator().next();
        if (section instanceof ListNode l && !ids(l).isEmpty()) return ids(l).get(0);
        return "0";
    }

    /** A list of maps with ids is addressed by id (stable when rows move), any list by 0-based index. */
    private static int indexOf(ListNode l, String seg) {
        for (int i = 0; i < l.items.size(); i++) {
            if (l.items.get(i) instanceof MapNode m && m.get("id") instanceof Scalar s && s.text().equals(seg)) return i;
        }
        if (seg.matches("\\d{1,9}")) {
            int i = Integer.parseInt(seg);
            if (i < l.items.size()) return i;
        }
        return -1;
    }

    private static List<String> ids(ListNode l) {
        List<String> ids = new ArrayList<>();
        for (YamlNode n : l.items) if (n instanceof MapNode m && m.get("id") instanceof Scalar s && !s.isNull()) ids.add(s.text());
        return ids;
    }
}
