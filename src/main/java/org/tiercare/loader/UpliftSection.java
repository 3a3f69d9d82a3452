package org.tiercare.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.UpliftSpec;

/** {@code uplift}: capability uplift of named clinics (semi-custody, training), optionally ramping. */
final class UpliftSection {

    static final String KEY = "uplift";
    static final List<String> KEYS = List.of("facility", "capability", "start", "ramp");

    private UpliftSection() {}

    static List<UpliftSpec> bind(Fields top, Ids ids, List<FacilitySpec> facilities) {
        ListNode list = top.list(KEY, false, Text.get("items.uplift"));
        List<UpliftSpec> out = new ArrayList<>();
        if (list == null) return out;
        Map<String, Loc> seen = new HashMap<>();
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            int before = top.problems.size();
            String facility = facility(f, ids, seen);
            Integer capability = f.count("capability", true, 0, 1, FacilitiesSection.MAX_LEVEL);
            Double start = f.duration("start", false, 0, Range.NON_NEGATIVE);
            Double ramp = f.duration("ramp", false, 0, Range.NON_NEGATIVE);
            FacilitySpec spec = facility == null ? null : facilities.stream().filter(x -> x.id().equals(facility)).findFirst().orElse(null);
            if (spec != null && capability != null && capability < spec.capability()) {
                f.problem("capability", Text.get("uplift.lower", capability, facility, spec.capability()));
            }
            if (top.problems.size() != before) continue;
            out.add(new UpliftSpec(facility, capability, start, ramp));
        }
        return out;
    }

    private static String facility(Fields f, Ids ids, Map<String, Loc> seen) {
        String id = ids.facilityRef(f, "facility", true);
        if (id == null) return null;
        Ids.FacilityFacts facts = ids.facts(id);
        boolean primary = facts.tier() != null && facts.tier().isPrimary();
        if (!primary && !facts.outpatient()) {
            f.problem("facility", Text.get("uplift.notClinic", id));
            return null;
        }
        Loc first = seen.putIfAbsent(id, f.locOf("facility"));
        if (first != null) {
            f.problem("facility", Text.get("uplift.twice", id, Ids.where(first)));
            return null;
        }
        return id;
    }
}
