package org.tiercare.loader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.LayoutSpec;

/**
 * {@code layouts} and {@code layout}: alternative ways of cutting the city into grids, and the one a
 * run uses. Each layout is checked on its own: every zone in exactly one grid, every facility in at
 * most one grid, a lead hospital that can receive referrals, collaborating units outside the grids.
 */
final class LayoutsSection {

    static final String KEY = "layouts";
    static final String ACTIVE = "layout";
    private static final List<String> KEYS = List.of("id", "description", "grids", "collaborating");
    private static final List<String> GRID_KEYS = List.of("id", "lead", "zones", "members");

    record Bound(List<LayoutSpec> layouts, String active) {}

    private LayoutsSection() {}

    static Bound bind(Fields top, Ids ids, Map<String, Loc> locations) {
        ListNode list = top.list(KEY, false, Text.get("items.layouts"));
        List<LayoutSpec> out = new ArrayList<>();
        Map<String, Loc> seen = new LinkedHashMap<>();
        if (list != null) {
            for (int i = 0; i < list.items.size(); i++) {
                Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
                if (!f.isMap()) continue;
                String id = Sections.uniqueId(f, "kind.layout", seen);
                LayoutSpec layout = layout(f, id, ids, locations);
                if (id != null) {
                    locations.putIfAbsent(id, f.locOf("id"));
                    locations.put("layout/" + id, f.locOf("id"));
                }
                if (layout != null) out.add(layout);
            }
        }
        String active = top.string(ACTIVE, false, null);
        if (active != null && !seen.containsKey(active)) {
            top.problem(ACTIVE, seen.isEmpty() ? Text.get("layout.unknown.none", active)
                    : Text.get("layout.unknown", active, Names.list(seen.keySet()), Names.didYouMean(active, seen.keySet())));
            active = null;
        }
        if (active == null && !seen.isEmpty()) active = seen.keySet().iterator().next();
        return new Bound(out, active);
    }

    private static LayoutSpec layout(Fields f, String id, Ids ids, Map<String, Loc> locations) {
        int before = f.problems.size();
        String description = f.string("description", false, "");
        ListNode grids = f.list("grids", true, Text.get("items.grids"));
        Map<String, String> zoneGrid = new LinkedHashMap<>();
        Map<String, String> facilityGrid = new LinkedHashMap<>();
        Map<String, Loc> gridIds = new LinkedHashMap<>();
        List<GridSpec> out = new ArrayList<>();
        if (grids != null && grids.items.isEmpty()) f.problem("grids", Text.get("layout.noGrids"));
        if (grids != null) {
            for (int i = 0; i < grids.items.size(); i++) {
                Fields g = Fields.of(f.problems, grids.items.get(i), Sections.itemPath(f.at("grids"), grids.items.get(i), i), GRID_KEYS);
                if (!g.isMap()) continue;
                GridSpec grid = grid(g, ids, gridIds, zoneGrid, facilityGrid);
                if (grid != null) {
                    out.add(grid);
                    Loc at = gridIds.get(grid.id());
                    if (id != null) locations.putIfAbsent(id + "/" + grid.id(), at);
                    locations.putIfAbsent(grid.id(), at);
                }
            }
            List<String> missing = new ArrayList<>();
            for (String z : ids.zones()) if (!zoneGrid.containsKey(z) && ids.zonesKnown()) missing.add(z);
            if (!missing.isEmpty()) {
                f.problem("grids", Text.get(missing.size() == 1 ? "layout.zoneInNoGrid" : "layout.zonesInNoGrid", Names.list(missing)));
            }
        }
        List<String> collaborating = new ArrayList<>();
        ListNode coll = f.list("collaborating", false, Text.get("items.facilityIds"));
        if (coll != null) {
            for (int i = 0; i < coll.items.size(); i++) {
                YamlNode n = coll.items.get(i);
                String where = f.at("collaborating") + "[" + i + "]";
                String fid = facilityItem(f.problems, n, where, ids);
                if (fid == null) continue;
                if (facilityGrid.containsKey(fid)) {
                    f.problems.add(n.loc(), Text.at(where, Text.get("layout.collaboratingInGrid", fid, facilityGrid.get(fid))));
                } else if (collaborating.contains(fid)) {
                    f.problems.add(n.loc(), Text.at(where, Text.get("layout.collaboratingTwice", fid)));
                } else {
                    collaborating.add(fid);
                }
            }
        }
        if (id == null || f.problems.size() != before) return null;
        return new LayoutSpec(id, description, List.copyOf(out), List.copyOf(collaborating));
    }

    private static GridSpec grid(Fields g, Ids ids, Map<String, Loc> gridIds, Map<String, String> zoneGrid,
                                 Map<String, String> facilityGrid) {
        int before = g.problems.size();
        String id = Sections.uniqueId(g, "kind.grid", true, gridIds);
        String label = id == null ? Text.get("grid.another") : id;
        String lead = ids.facilityRef(g, "lead", true);
        if (lead != null) {
            Ids.FacilityFacts facts = ids.facts(lead);
            if (facts.tier() != null && !facts.tier().isHospital()) {
                g.problem("lead", Text.get("grid.leadNotHospital", lead, facts.tier().yamlName));
            } else if (!facts.outpatient()) {
                g.problem("lead", Text.get("grid.leadNoOutpatient", lead));
            }
        }
        List<String> zones = new ArrayList<>();
        ListNode zl = g.list("zones", false, Text.get("items.zoneIds"));
        if (zl != null) {
            if (zl.items.isEmpty() && !ids.zones().isEmpty()) g.problem("zones", Text.get("grid.noZones"));
            for (int i = 0; i < zl.items.size(); i++) {
                YamlNode n = zl.items.get(i);
                String where = g.at("zones") + "[" + i + "]";
                String z = item(g.problems, n, where, Text.get("items.zoneIds"));
                if (z == null) continue;
                if (!ids.isZone(z)) {
                    g.problems.add(n.loc(), Text.at(where, Text.get("ref.notZone", z, Names.list(ids.zones()),
                            Names.didYouMean(z, ids.zones()))));
                } else if (zoneGrid.containsKey(z)) {
                    g.problems.add(n.loc(), Text.at(where, Text.get("grid.zoneTwice", z, zoneGrid.get(z))));
                } else {
                    zoneGrid.put(z, label);
                    zones.add(z);
                }
            }
        }
        List<String> members = new ArrayList<>();
        if (lead != null) members.add(lead);
        ListNode ml = g.list("members", false, Text.get("items.facilityIds"));
        if (ml != null) {
            for (int i = 0; i < ml.items.size(); i++) {
                YamlNode n = ml.items.get(i);
                String where = g.at("members") + "[" + i + "]";
                String fid = facilityItem(g.problems, n, where, ids);
                if (fid == null || members.contains(fid) && fid.equals(lead)) continue;
                String other = facilityGrid.get(fid);
                if (other != null || members.contains(fid)) {
                    g.problems.add(n.loc(), Text.at(where, Text.get("grid.memberTwice", fid, other == null ? label : other)));
                } else {
                    members.add(fid);
                }
            }
        }
        if (lead != null) {
            String other = facilityGrid.get(lead);
            if (other != null) {
                g.problem("lead", Text.get("grid.leadElsewhere", lead, other));
            }
        }
        for (String m : members) facilityGrid.putIfAbsent(m, label);
        if (id == null || g.problems.size() != before) return null;
        return new GridSpec(id, lead, List.copyOf(zones), List.copyOf(members));
    }

    private static String facilityItem(Problems problems, YamlNode n, String where, Ids ids) {
        String fid = item(problems, n, where, Text.get("items.facilityIds"));
        if (fid == null || ids.isFacility(fid)) return fid;
        problems.add(n.loc(), Text.at(where, Ids.notFacility(fid, ids.facilities().keySet())));
        return null;
    }

    /** An id in a list of ids; {@code expected} names what the list holds (a phrase from the bundle). */
    static String item(Problems problems, YamlNode n, String where, String expected) {
        if (n instanceof Scalar s && !s.isNull()) return s.text();
        problems.add(n.loc(), Text.at(where, Text.get("got", expected, n.describe())));
        return null;
    }
}
