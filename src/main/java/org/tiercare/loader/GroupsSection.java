package org.tiercare.loader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.GroupSpec;
import org.tiercare.scenario.Tier;
import org.tiercare.scenario.ZoneSpec;

/**
 * {@code groups}: population groups (重点人群), disjoint parts of every zone's residents with their own demand factor,
 * condition mix, contract coverage and choice constants. Also checks what zones say of groups and condition mixes
 * ({@code zones[].groups}, {@code zones[].conditions}), which can only be checked once groups and conditions are known.
 */
final class GroupsSection {

    static final String KEY = "groups";
    /** The scope id under which the residents in no group are reported (results' {@code group} scope). */
    static final String REST = "other";
    static final String ZONE_GROUPS = "groups", ZONE_CONDITIONS = "conditions";
    private static final List<String> KEYS =
            List.of("id", "name", "share", "demand_factor", "conditions", "contract_coverage", "choice");
    private static final List<String> CHOICE_KEYS = List.of("tier_constants");
    /** Contacts per resident-year × at most 100: no group consults a hundred times as often as the average resident. */
    static final Range FACTOR = Range.upTo(0, false, 100);
    /** Added to a utility: the choice model's own bound on its coefficients. */

    private GroupsSection() {}

    static List<GroupSpec> bind(Fields top, Map<String, Loc> locations) {
        // Checked against the ids written, so a mistake elsewhere in a condition causes no knock-on here.
        List<String> conditionIds = writtenIds(top, ConditionsSection.KEY);
        ListNode list = top.list(KEY, false, Text.get("items.groups"));
        List<GroupSpec> out = new ArrayList<>();
        if (list == null) return out;
        if (list.items.isEmpty() && top.has(KEY)) top.problem(KEY, Text.get("groups.empty"));
        if (!list.items.isEmpty() && !top.has(DemandSection.KEY)) top.problem(KEY, Text.get("groups.withoutDemand"));
        Map<String, Loc> seen = new LinkedHashMap<>();
        int before = top.problems.size();
        double sum = 0;
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            int mine = top.problems.size();
            String id = Sections.uniqueId(f, "kind.group", seen);
            if (REST.equals(id)) {
                f.problem("id", Text.get("groups.reservedId", REST));
                id = null;
            }
            if (id != null) locations.put("group/" + id, f.locOf("id"));
            String name = f.string("name", false, id);
            // Optional: a group may live only in the zones that give it a share (e.g. zones.csv's group.<id> column).
            Double share = f.number("share", false, 0, Range.PROBABILITY);
            if (share != null) sum += share;
            Double factor = f.number("demand_factor", false, 1, FACTOR);
            Map<String, Double> mix = f.has("conditions") ? conditionMix(f, "conditions", conditionIds) : Map.of();
            Double coverage = f.number("contract_coverage", false, Double.NaN, Range.PROBABILITY);
            Map<Tier, Double> constants = f.has("choice") ? choice(f) : Map.of();
            if (f.has("choice") && !top.has(ChoiceSection.KEY)) f.problem("choice", Text.get("groups.choiceWithoutChoice"));
            if (id != null && top.problems.size() == mine) {
                out.add(new GroupSpec(id, name, share, factor, mix, coverage, constants));
            }
        }
        if (top.problems.size() == before && sum > 1 + 1e-9) {
            top.problem(KEY, Text.get("groups.shares", Math.round(sum * 1e6) / 1e6));
        }
        return top.problems.size() == before ? List.copyOf(out) : List.of();
    }

    /**
     * A map from id to share, each share in 0..1 (ids are checked by the caller, who knows them); null when a value is
     * wrong (reported) or the node is not a map.
     */
    static Map<String, Double> shares(Fields f, String key) {
        YamlNode n = f.node(key);
        if (n == null) return Map.of();
        if (!(n instanceof MapNode m)) {
            f.problem(key, Text.get("got", Text.get("expect.shareMap"), n.describe()));
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        boolean ok = true;
        for (MapNode.Entry e : m.entries.values()) {
            if (e.value() instanceof Scalar s && s.isNull()) {
                f.problems.add(e.keyLoc(), Text.at(f.at(key) + "." + e.key(), Text.get("got", Text.get("expect.share"), "")));
                ok = false;
                continue;
            }
            Double v = Fields.numberOf(f.problems, e.value(), f.at(key) + "." + e.key(), Range.PROBABILITY);
            if (v == null) ok = false; else out.put(e.key(), v);
        }
        return ok ? Collections.unmodifiableMap(out) : null;
    }

    /** A condition mix: known condition ids, shares summing to 1. */
    private static Map<String, Double> conditionMix(Fields f, String key, List<String> conditionIds) {
        Map<String, Double> mix = shares(f, key);
        if (mix == null) return null;
        MapNode m = (MapNode) f.node(key);
        if (conditionIds != null && !checkConditions(f, key, m, conditionIds, mix)) return null;
        return mix;
    }

    /**
     * The ids written in a list section (its entries' {@code id} scalars), whether or not the entries bind; null when
     * the section is not a readable list (reported there), so nothing is checked against it.
     */
    static List<String> writtenIds(Fields top, String key) {
        YamlNode n = top.node(key);
        if (n == null) return List.of();
        if (!(n instanceof ListNode l) || top.problems.isBroken(n)) return null;
        List<String> out = new ArrayList<>();
        for (YamlNode item : l.items) {
            if (item instanceof MapNode m && m.get("id") instanceof Scalar s && !s.isNull()) out.add(s.text());
        }
        return out;
    }

    /** Reports unknown condition ids and shares that do not sum to 1; false when anything was reported. */
    private static boolean checkConditions(Fields f, String key, MapNode m, List<String> known, Map<String, Double> values) {
        boolean ok = true;
        double sum = 0;
        for (MapNode.Entry e : m.entries.values()) {
            if (!known.contains(e.key())) {
                f.problems.add(e.keyLoc(), Text.at(f.at(key), Text.get("groups.notCondition", e.key(),
                        known.isEmpty() ? Text.get("groups.none") : Text.join(known), Names.didYouMean(e.key(), known))));
                ok = false;
            }
        }
        if (values == null) return false; // a share was reported already
        for (double v : values.values()) sum += v;
        if (ok && Math.abs(sum - 1) > 1e-6) {
            f.problem(key, Text.get("groups.mixSum", Math.round(sum * 1e6) / 1e6));
            ok = false;
        }
        return ok;
    }

    private static Map<Tier, Double> choice(Fields g) {
        Fields f = Fields.of(g.problems, g.node("choice"), g.at("choice"), CHOICE_KEYS);
        if (!f.isMap()) return null;
        YamlNode n = f.node("tier_constants");
        if (n == null) return Map.of();
        if (!(n instanceof MapNode m)) {
            f.problem("tier_constants", Text.get("got", Text.get("expect.tierConstants"), n.describe()));
            return null;
        }
        return ChoiceSection.tierNumbers(f, m, false);
    }

    /**
     * What zones say of groups and conditions, once both are known: group ids must be declared, a zone's group shares
     * (its own, else the groups' defaults) sum to at most 1, a zone's condition mix names known conditions and sums to 1.
     * Walks the zone entries of the tree again (CSV rows included), so each problem points where it was written.
     */
    static void checkZones(Fields top, List<ZoneSpec> zones, List<GroupSpec> groups, boolean groupsBound) {
        if (!(top.node(ZonesSection.KEY) instanceof ListNode list)) return;
        List<String> known = writtenIds(top, KEY);
        List<String> conditionIds = writtenIds(top, ConditionsSection.KEY);
        Map<String, ZoneSpec> byId = new LinkedHashMap<>();
        for (ZoneSpec z : zones) byId.put(z.id(), z);
        for (int i = 0; i < list.items.size(); i++) {
            if (!(list.items.get(i) instanceof MapNode item)) continue;
            String path = Sections.itemPath(ZonesSection.KEY, item, i);
            Fields f = Fields.quiet(top.problems, item, path);
            boolean idsOk = true;
            if (f.node(ZONE_GROUPS) instanceof MapNode gm && known != null) {
                for (MapNode.Entry e : gm.entries.values()) {
                    if (known.contains(e.key())) continue;
                    f.problems.add(e.keyLoc(), Text.at(f.at(ZONE_GROUPS), Text.get("groups.unknown", e.key(),
                            known.isEmpty() ? Text.get("groups.none") : Text.join(known), Names.didYouMean(e.key(), known))));
                    idsOk = false;
                }
            }
            ZoneSpec z = item.get("id") instanceof Scalar s ? byId.get(s.text()) : null;
            if (f.node(ZONE_CONDITIONS) instanceof MapNode cm && conditionIds != null) {
                checkConditions(f, ZONE_CONDITIONS, cm, conditionIds, z == null ? null : z.conditionShares());
            }
            if (z == null || !idsOk || !groupsBound) continue;
            double sum = 0;
            for (GroupSpec g : groups) sum += z.groupShares().getOrDefault(g.id(), g.share());
            if (sum > 1 + 1e-9) {
                String key = f.has(ZONE_GROUPS) ? ZONE_GROUPS : "id";
                f.problem(key, Text.get("groups.zoneShares", Math.round(sum * 1e6) / 1e6));
            }
        }
    }
}
