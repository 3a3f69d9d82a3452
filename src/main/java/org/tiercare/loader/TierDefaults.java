package org.tiercare.loader;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
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
 * inside them (hours, consult_time, length_of_stay) are taken whole, never mixed. A facility with
 * {@code departments} has no outpatient service or beds of its own: the defaults of those two fill in the keys of
 * the sections each department writes (a department without {@code beds} has none, whatever the tier's default).
 */
final class TierDefaults {

    static final String KEY = "tier_defaults";
    static final List<String> KEYS = List.of("outpatient", "beds", "capability", "emergency", "emergency_department", "type");
    private static final List<String> SECTIONS = List.of("outpatient", "beds", "emergency_department");

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

    /**
     * Tiers whose defaults may be under a misspelt key: when {@code tier_defaults} has a key that is no
     * tier (reported by {@link #apply}), every tier without an entry of its own. Their facilities lack what
     * that entry would have given, and asking for it would repeat the one mistake once per facility.
     */
    static Set<Tier> uncertain(MapNode root) {
        Set<Tier> out = EnumSet.noneOf(Tier.class);
        if (root == null || !(root.get(KEY) instanceof MapNode defaults)) return out;
        Set<String> written = new HashSet<>();
        boolean misspelt = false;
        for (String key : defaults.entries.keySet()) {
            Tier t = tier(key);
            if (t == null) misspelt = true; else written.add(t.yamlName);
        }
        if (!misspelt) return out;
        for (Tier t : Tier.values()) if (!written.contains(t.yamlName)) out.add(t);
        return out;
    }

    private static Tier tier(String key) {
        for (Tier t : Tier.values()) if (t.yamlName.equals(key)) return t;
        return null;
    }

    private static void merge(MapNode facility, MapNode defaults) {
        boolean departments = facility.get("departments") instanceof ListNode;
        if (departments) {
            for (YamlNode item : ((ListNode) facility.get("departments")).items) {
                if (!(item instanceof MapNode department)) continue;
                for (MapNode.Entry d : defaults.entries.values()) {
                    // Only into sections the department has: a department says which services it offers.
                    if (SECTIONS.contains(d.key()) && department.get(d.key()) instanceof MapNode) mergeOne(department, d);
                }
            }
        }
        for (MapNode.Entry d : defaults.entries.values()) {
            if (!KEYS.contains(d.key()) || d.value() instanceof Scalar s && s.isNull()) continue;
            if (departments && SECTIONS.contains(d.key())) continue;
            mergeOne(facility, d);
        }
    }

    /** One default key into {@code facility} (or a department): absent, taken whole; a section, key by key. */
    private static void mergeOne(MapNode facility, MapNode.Entry d) {
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
