package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.scenario.ZoneSpec;

/**
 * {@code zones}: population zones with coordinates (km), residents and family-doctor contract
 * coverage (NaN: the policy's). A {@code {csv: FILE}} form has already been expanded by {@link CsvTables}.
 */
final class ZonesSection {

    static final String KEY = "zones";
    private static final List<String> KEYS = List.of("id", "name", "x", "y", "residents", "contract_coverage");

    private ZonesSection() {}

    static List<ZoneSpec> bind(Fields top, Ids ids) {
        if (top.problems.isBroken(top.node(KEY))) ids.zonesUnknown();
        ListNode list = top.list(KEY, false, Text.get("items.zones"));
        List<ZoneSpec> out = new ArrayList<>();
        if (list == null) return out;
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            String id = ids.declare(f, "kind.zone");
            String name = f.string("name", false, id);
            Double x = f.number("x", false, 0, Range.ANY);
            Double y = f.number("y", false, 0, Range.ANY);
            Long residents = f.whole("residents", false, 0, 0);
            Double coverage = f.number("contract_coverage", false, Double.NaN, Range.PROBABILITY);
            if (id == null) continue;
            ids.zone(id, residents);
            if (name != null && x != null && y != null && residents != null && coverage != null) {
                out.add(new ZoneSpec(id, name, x, y, residents, coverage));
            }
        }
        return out;
    }
}
