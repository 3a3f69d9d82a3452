package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.Tier;

/**
 * {@code tier_defaults}: per tier, a partial facility merged under every facility of that tier, on
 * the tree before binding, so a problem in a default still points at the line where it was written.
 * The facility's own keys win. {@code outpatient} and {@code beds} are merged key by key; values
 * inside them (hours, consult_time, length_of_stay) are taken whole, never mixed.
 */
final class TierDefaults {

    static final String KEY = "tier_defaults";
    static final List<String> KEYS = List.of("outpatient", "beds", "capability", "emergency");
    private static final List<String> SECTIONS = List.of("outpatient", "beds");

    private TierDefaults() {}

    static void apply(MapNode root, Problems problems) {
        YamlNode node = root.get(KEY);
        if (node == null || node instanceof Scalar s && s.isNull()) return;
        if (!(node instanceof MapNode defaults)) {
            problems.add(node.loc(), Text.at(KEY, Text.get("got", Text.get("expect.tierDefaults"), node.describe())));
            return;
        }
        List<String> tiers = new ArrayList<>();
        for (Tier t : Tier.values()) tiers.add(t.yamlName);
        for (MapNode.Entry e : defaults.entries.values()) {
            if (!tiers.contains(e.key())) {
                problems.add(e.keyLoc(), Text.get("tierDefaults.unknownTier", e.key(), KEY, Text.join(tiers), Names.didYouMean(e.key(), tiers)));
                continue;
            }
            String path = KEY + "." + e.key();
            Fields f = Fields.of(problems, e.value(), path, KEYS);
            if (!f.isMap()) continue;
            for (String section : SECTIONS) {
                YamlNode v = f.node(section);
                if (v != null && !(v instanceof MapNode)) {
                    f.problem(section, Text.get("got", Text.get("expect.sectionMap", section), v.describe()));
                }
            }
        }
        if (!(root.get("facilities") instanceof ListNode facilities)) return;
        for (YamlNode item : facilities.items) {
            if (!(item instanceof MapNode facility) || !(facility.get("tier") instanceof Scalar tier)) continue;
            if (defaults.get(tier.text().strip().toLowerCase(java.util.Locale.ROOT)) instanceof MapNode d) merge(facility, d);
        }
    }

    private static void merge(MapNode facility, MapNode defaults) {
        for (MapNode.Entry d : defaults.entries.values()) {
            if (!KEYS.contains(d.key()) || d.value() instanceof Scalar s && s.isNull()) continue;
            YamlNode own = facility.get(d.key());
            if (own == null || own instanceof Scalar s && s.isNull()) {
                facility.entries.put(d.key(), new MapNode.Entry(d.key(), d.keyLoc(), Trees.copy(d.value())));
            } else if (SECTIONS.contains(d.key()) && own instanceof MapNode ownMap && d.value() instanceof MapNode dm) {
                for (MapNode.Entry sub : dm.entries.values()) {
                    YamlNode mine = ownMap.get(sub.key());
                    if (mine == null || mine instanceof Scalar s && s.isNull()) {
                        ownMap.entries.put(sub.key(), new MapNode.Entry(sub.key(), sub.keyLoc(), Trees.copy(sub.value())));
                    }
                }
            }
        }
    }
}
