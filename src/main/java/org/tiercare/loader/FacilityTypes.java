package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.FacilityType;

/** Lists of facility types ({@code conditions[].facility_types}, {@code policy.cross_grid_types}), each name located. */
final class FacilityTypes {

    private FacilityTypes() {}

    /** The types listed under {@code key} (empty when absent; problems recorded for names that are no type). */
    static List<FacilityType> list(Fields f, String key) {
        ListNode list = f.list(key, false, Text.get("items.facilityTypes"));
        List<FacilityType> out = new ArrayList<>();
        if (list == null) return out;
        List<String> names = new ArrayList<>();
        for (FacilityType t : FacilityType.values()) names.add(t.yamlName);
        for (int i = 0; i < list.items.size(); i++) {
            YamlNode n = list.items.get(i);
            String written = n instanceof Scalar s && !s.isNull() ? s.text().strip() : null;
            FacilityType type = null;
            for (FacilityType t : FacilityType.values()) if (t.yamlName.equalsIgnoreCase(written == null ? "" : written)) type = t;
            if (type == null) {
                f.problems.add(n.loc(), Text.at(f.at(key) + "[" + i + "]", Text.get("choice.invalid", n.describe(),
                        Text.get("choice.facilityType"), Text.join(names), Names.didYouMean(written == null ? "" : written, names))));
            } else if (!out.contains(type)) {
                out.add(type);
            }
        }
        return out;
    }
}
