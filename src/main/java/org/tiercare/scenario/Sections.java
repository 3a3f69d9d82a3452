package org.tiercare.scenario;

import org.tiercare.scenario.YamlNode.MapNode;
import org.tiercare.scenario.YamlNode.Scalar;

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
}
