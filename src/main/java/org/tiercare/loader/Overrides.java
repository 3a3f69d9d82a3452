package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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
            problems.add(at, Text.get("set.syntax"));
            return;
        }
        int before = problems.size();
        YamlNode value = YamlTreeReader.readOverrideValue(text.substring(eq + 1), text, problems);
        if (problems.size() != before) return;
        if (value == null) value = new Scalar(at, "", Scalar.Kind.NULL);
        apply(root, path, value, at, UnaryOperator.identity(), problems);
    }

    /**
     * Sets the value at a dotted path. Absent maps on the way are created (so a key can be added to a
     * section the file omits); whether the keys are valid is then decided by the binder.
     *
     * @param at   where problems are reported (the override, or a variant's {@code set} entry)
     * @param wrap turns each message into the one reported (naming the variant), or leaves it as is
     */
    static void apply(MapNode root, String path, YamlNode value, Loc at, UnaryOperator<String> wrap, Problems problems) {
        String[] segments = path.split("\\.", -1);
        for (String s : segments) {
            if (s.isBlank()) {
                problems.add(at, wrap.apply(Text.get("set.emptySegment", path)));
                return;
            }
        }
        YamlNode node = root;
        List<String> walked = new ArrayList<>();
        for (int i = 0; i < segments.length - 1; i++) {
            node = step(node, segments[i], walked, at, wrap, problems);
            if (node == null) return;
            walked.add(segments[i]);
        }
        set(node, segments[segments.length - 1], value, walked, at, wrap, problems);
    }

    private static YamlNode step(YamlNode node, String seg, List<String> walked, Loc at, UnaryOperator<String> wrap,
                                 Problems problems) {
        String here = walked.isEmpty() ? Text.get("set.topLevel") : String.join(".", walked);
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
                problems.add(at, wrap.apply(!ids.isEmpty() ? Text.get("set.unknownId", seg, here, Names.list(ids), Names.didYouMean(seg, ids))
                        : l.items.isEmpty() ? Text.get("set.emptyList", seg, here)
                        : Text.get("set.unknownIndex", seg, here, l.items.size() - 1)));
                return null;
            }
            return l.items.get(i);
        }
        problems.add(at, wrap.apply(Text.get("set.throughValue", here, seg)));
        return null;
    }

    private static void set(YamlNode parent, String key, YamlNode value, List<String> walked, Loc at, UnaryOperator<String> wrap,
                            Problems problems) {
        List<String> full = new ArrayList<>(walked);
        full.add(key);
        if (parent instanceof MapNode m) {
            MapNode.Entry old = m.entries.get(key);
            if (old != null && !(old.value() instanceof Scalar) && !(value instanceof Scalar s && s.isNull())) {
                problems.add(at, wrap.apply(Text.get("set.wholeSection", String.join(".", full), old.value().describe(),
                        String.join(".", full) + "." + example(old.value()))));
                return;
            }
            m.entries.put(key, new MapNode.Entry(key, old == null ? at : old.keyLoc(), value));
            return;
        }
        if (parent instanceof ListNode l) {
            YamlNode target = step(l, key, walked, at, wrap, problems);
            if (target == null) return;
            if (!(target instanceof Scalar)) {
                problems.add(at, wrap.apply(Text.get("set.wholeEntry", String.join(".", full))));
                return;
            }
            l.items.set(l.items.indexOf(target), value);
            return;
        }
        step(parent, key, walked, at, wrap, problems);
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
