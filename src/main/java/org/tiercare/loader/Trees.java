package org.tiercare.loader;

import java.util.IdentityHashMap;
import java.util.Map;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.Entry;

/** Operations on the located tree: deep copies (for variants) and writing a value back as YAML text. */
final class Trees {

    private Trees() {}

    /** A deep copy that keeps every location; shared (aliased) nodes stay shared in the copy. */
    static YamlNode copy(YamlNode node) {
        return copy(node, new IdentityHashMap<>());
    }

    private static YamlNode copy(YamlNode node, Map<YamlNode, YamlNode> done) {
        if (node instanceof Scalar || node == null) return node;
        YamlNode seen = done.get(node);
        if (seen != null) return seen;
        if (node instanceof MapNode m) {
            MapNode c = new MapNode(m.loc());
            done.put(node, c);
            for (MapNode.Entry e : m.entries.values()) {
                c.entries.put(e.key(), new MapNode.Entry(e.key(), e.keyLoc(), copy(e.value(), done)));
            }
            return c;
        }
        ListNode l = (ListNode) node;
        ListNode c = new ListNode(l.loc());
        c.unreadable = l.unreadable;
        c.skippedIds.addAll(l.skippedIds);
        done.put(node, c);
        for (YamlNode item : l.items) c.items.add(copy(item, done));
        return c;
    }

    /** Flow-style YAML that reads back as the same value ({@code --set} values of variants). */
    static String render(YamlNode node) {
        if (node instanceof Scalar s) {
            return switch (s.kind()) {
                case NULL -> "";
                case STRING -> quote(s.text());
                default -> s.text();
            };
        }
        StringBuilder b = new StringBuilder();
        if (node instanceof MapNode m) {
            b.append('{');
            int i = 0;
            for (MapNode.Entry e : m.entries.values()) {
                if (i++ > 0) b.append(", ");
                b.append(quote(e.key())).append(": ").append(render(e.value()));
            }
            return b.append('}').toString();
        }
        b.append('[');
        int i = 0;
        for (YamlNode item : ((ListNode) node).items) {
            if (i++ > 0) b.append(", ");
            b.append(render(item));
        }
        return b.append(']').toString();
    }

    private static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
