package org.tiercare.loader;

import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;

/** Helpers shared by the section binders. */
final class Sections {

    private Sections() {}

    /**
     * How messages name a list item: {@code facilities[H1]} when it has an id (what the planner
     * searches for), else {@code arrivals[0]} (0-based, as in --set paths).
     */
    static String itemPath(String list, YamlNode item, int index) {
        if (item instanceof MapNode m && m.get("id") instanceof Scalar s && !s.isNull()) return list + "[" + s.text() + "]";
        return list + "[" + index + "]";
    }

    /**
     * Reads the required {@code id} of an entry in a namespace of its own (layouts, grids of one
     * layout, conditions, variants); returns null when missing or already used.
     *
     * @param kind the bundle key naming the entry: {@code kind.layout}, {@code kind.condition}, {@code kind.variant}
     */
    static String uniqueId(Fields f, String kind, java.util.Map<String, YamlNode.Loc> seen) {
        return uniqueId(f, kind, false, seen);
    }

    /** @param withinLayout whether the id must be unique within its layout only (grids) rather than in the scenario */
    static String uniqueId(Fields f, String kind, boolean withinLayout, java.util.Map<String, YamlNode.Loc> seen) {
        String id = f.string("id", true, null);
        if (id == null) return null;
        if (!id.matches("[^\\s.=\\[\\],/]+")) {
            f.problem("id", Text.get("id.unusableSlash", id));
            return null;
        }
        YamlNode.Loc first = seen.get(id);
        if (first != null) {
            f.problem("id", Text.get(withinLayout ? "id.duplicateKind.inLayout" : "id.duplicateKind", Text.get(kind), id, Ids.where(first)));
            return null;
        }
        seen.put(id, f.locOf("id"));
        return id;
    }

    /**
     * The entries of a map keyed by tier (or by another of {@code keys}, e.g. {@code default}) whose key is known and
     * whose value is present, the others reported; null (reported) when the node is not a map. The values are left to
     * the caller to read, so that a bad value is reported beside a bad key.
     *
     * @param valueExpected what each value is, a phrase from the bundle, for the messages
     */
    static java.util.Map<String, YamlNode> tierMap(Fields f, String key, String valueExpected, java.util.List<String> keys) {
        YamlNode n = f.node(key);
        if (!(n instanceof YamlNode.MapNode m)) {
            f.problem(key, Text.get("tierMap.expected", valueExpected, n == null ? "" : n.describe()));
            return null;
        }
        java.util.Map<String, YamlNode> out = new java.util.LinkedHashMap<>();
        for (YamlNode.MapNode.Entry e : m.entries.values()) {
            String k = e.key().strip().toLowerCase(java.util.Locale.ROOT);
            if (!keys.contains(k)) {
                f.problems.add(e.keyLoc(), Text.at(f.at(key), Text.get("tierMap.notTier", e.key(), valueExpected,
                        Text.join(keys), Names.didYouMean(e.key(), keys))));
            } else if (e.value() instanceof YamlNode.Scalar s && s.isNull()) {
                f.problems.add(e.keyLoc(), Text.at(f.at(key) + "." + e.key(), Text.get("tierMap.empty", valueExpected)));
            } else {
                out.put(k, e.value());
            }
        }
        return out;
    }
}
