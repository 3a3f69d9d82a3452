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
     */
    static String uniqueId(Fields f, String kind, java.util.Map<String, YamlNode.Loc> seen) {
        return uniqueId(f, kind, "", seen);
    }

    /** @param scope where the id must be unique, e.g. " within a layout" */
    static String uniqueId(Fields f, String kind, String scope, java.util.Map<String, YamlNode.Loc> seen) {
        String id = f.string("id", true, null);
        if (id == null) return null;
        if (!id.matches("[^\\s.=\\[\\],/]+")) {
            f.problem("id", "'" + id + "' is not a usable id; expected a name without spaces, dots, slashes, '=', commas or brackets");
            return null;
        }
        YamlNode.Loc first = seen.get(id);
        if (first != null) {
            f.problem("id", "duplicate " + kind + " id '" + id + "' (first used at " + Ids.where(first) + "); expected each " + kind + " id once" + scope);
            return null;
        }
        seen.put(id, f.locOf("id"));
        return id;
    }
}
