package org.tiercare.scenario;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.scenario.YamlNode.ListNode;

/** {@code facilities}: hospitals, clinics and rehab units, each with optional outpatient service and beds. */
final class FacilitiesSection {

    static final String KEY = "facilities";
    private static final List<String> KEYS =
            List.of("id", "name", "tier", "zone", "capability", "emergency", "outpatient", "beds");

    private FacilitiesSection() {}

    static List<FacilitySpec> bind(Fields top, Ids ids) {
        ListNode list = top.list(KEY, true, "facilities");
        List<FacilitySpec> out = new ArrayList<>();
        if (list == null) return out;
        if (list.items.isEmpty()) {
            top.problem(KEY, "the list is empty; expected at least one facility");
            return out;
        }
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            int before = top.problems.size();
            String id = ids.declare(f, "facility");
            String name = f.string("name", false, id);
            Tier tier = f.node("tier") == null ? missingTier(f) : f.choice("tier", "a tier", Tier.class, null);
            String zone = ids.zoneRef(f, "zone");
            Integer capability = f.count("capability", false, tier == null ? 0 : defaultCapability(tier), 0);
            Boolean emergency = f.bool("emergency", false);
            OutpatientSpec outpatient = f.has("outpatient") ? OutpatientBinder.bind(f.problems, f.node("outpatient"), f.at("outpatient")) : null;
            BedSpec beds = f.has("beds") ? BedsBinder.bind(f.problems, f.node("beds"), f.at("beds")) : null;
            if (id == null) continue;
            // Declared from what was written, so references are checked even if the section itself is wrong.
            ids.facility(id, new Ids.FacilityFacts(f.has("outpatient"), f.has("beds")));
            if (top.problems.size() == before) {
                out.add(new FacilitySpec(id, name, tier, zone, Double.NaN, Double.NaN, capability, emergency, outpatient, beds, null));
            }
        }
        return out;
    }

    private static Tier missingTier(Fields f) {
        f.problem("tier", "missing; expected one of: tertiary, secondary, community, township, village, rehab");
        return null;
    }

    /** The most severe condition level each tier resolves unless the scenario says otherwise. */
    static int defaultCapability(Tier tier) {
        return switch (tier) {
            case TERTIARY -> 4;
            case SECONDARY -> 3;
            case COMMUNITY, TOWNSHIP -> 2;
            case VILLAGE, REHAB -> 1;
        };
    }
}
