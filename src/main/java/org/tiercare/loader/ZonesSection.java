package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.scenario.ZoneSpec;

/**
 * {@code zones}: population zones with coordinates (km), residents and family-doctor contract
 * coverage (NaN: the policy's), with optional population-group shares and a condition mix of their own. A {@code {csv: FILE}} form has already been expanded by {@link CsvTables}.
 */
final class ZonesSection {

    static final String KEY = "zones";
    private static final List<String> KEYS = List.of("id", "name", "x", "y", "residents", "contract_coverage",
            GroupsSection.ZONE_GROUPS, GroupsSection.ZONE_CONDITIONS);

    /**
     * Residents of one zone: 1e8 is three times the largest Chinese municipality (Chongqing, 32 M), so
     * no zone of a real plan comes near it, while 1e12 (a typo) would fill memory with patients.
     */
    static final long MAX_RESIDENTS = 100_000_000L;
    /** Residents of all zones together: 2e9 is more than China's population (1.41e9). */
    static final long MAX_TOTAL_RESIDENTS = 2_000_000_000L;

    private ZonesSection() {}

    static List<ZoneSpec> bind(Fields top, Ids ids) {
        if (top.problems.isBroken(top.node(KEY))) ids.zonesUnknown();
        ListNode list = top.list(KEY, false, Text.get("items.zones"));
        List<ZoneSpec> out = new ArrayList<>();
        if (list == null) return out;
        long total = 0;
        list.skippedIds.forEach(id -> ids.zone(id, null));
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            String id = ids.declare(f, "kind.zone");
            String name = f.string("name", false, id);
            Double x = f.number("x", false, 0, Range.COORDINATE);
            Double y = f.number("y", false, 0, Range.COORDINATE);
            Long residents = f.whole("residents", false, 0, 0, MAX_RESIDENTS);
            Double coverage = f.number("contract_coverage", false, Double.NaN, Range.PROBABILITY);
            // Ids and sums are checked once groups and conditions are bound (GroupsSection.checkZones).
            Map<String, Double> groups = GroupsSection.shares(f, GroupsSection.ZONE_GROUPS);
            Map<String, Double> conditions = GroupsSection.shares(f, GroupsSection.ZONE_CONDITIONS);
            if (residents != null) total += residents;
            if (id == null) continue;
            ids.zone(id, residents);
            if (name != null && x != null && y != null && residents != null && coverage != null && groups != null
                    && conditions != null) {
                out.add(new ZoneSpec(id, name, x, y, residents, coverage, groups, conditions));
            }
        }
        if (total > MAX_TOTAL_RESIDENTS) {
            top.problem(KEY, Text.get("zones.tooManyResidents", total, MAX_TOTAL_RESIDENTS));
        }
        return out;
    }
}
