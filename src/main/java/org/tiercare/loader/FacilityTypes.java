package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.FacilityType;

/** Lists of facility types ({@code conditions[].facility_types}, {@code policy.cross_grid_types}), each name located. */
final class FacilityTypes {

    private FacilityTypes() {}

    /** One facility type under {@code key}, or {@code def} when absent; null (reported) when it names none. */
    static FacilityType one(Fields f, String key, FacilityType def) {
        YamlNode n = f.node(key);
        if (n == null || n instanceof Scalar s && s.isNull()) return def;
        String written = n instanceof Scalar s ? s.text().strip() : null;
        FacilityType t = find(written);
        if (t == null) f.problems.add(n.loc(), Text.at(f.at(key), invalid(n, written)));
        return t;
    }

    private static FacilityType find(String written) {
        if (written == null) return null;
        for (FacilityType t : FacilityType.values()) if (t.yamlName.equalsIgnoreCase(written)) return t;
        return null;
    }

    /** What a type is, in the reader's language (中医医院, maternal and child health hospital, …). */
    static String meaning(FacilityType t) {
        return switch (t) {
            case GENERAL -> Text.get("facilityType.general");
            case TCM -> Text.get("facilityType.tcm");
            case MCH -> Text.get("facilityType.mch");
            case REHABILITATION -> Text.get("facilityType.rehabilitation");
            case NURSING -> Text.get("facilityType.nursing");
            case SPECIALIST -> Text.get("facilityType.specialist");
        };
    }

    /** "'x' is not a facility type; expected one of: general (…), tcm (…), …", each type with what it is. */
    private static String invalid(YamlNode n, String written) {
        List<String> names = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (FacilityType t : FacilityType.values()) {
            names.add(t.yamlName);
            described.add(Text.get("facilityType.described", t.yamlName, meaning(t)));
        }
        return Text.get("choice.invalid", n.describe(), Text.get("choice.facilityType"), Text.join(described),
                Names.didYouMean(written == null ? "" : written, names));
    }

    /** The types listed under {@code key} (empty when absent; problems recorded for names that are no type). */
    static List<FacilityType> list(Fields f, String key) {
        ListNode list = f.list(key, false, Text.get("items.facilityTypes"));
        List<FacilityType> out = new ArrayList<>();
        if (list == null) return out;
        for (int i = 0; i < list.items.size(); i++) {
            YamlNode n = list.items.get(i);
            String written = n instanceof Scalar s && !s.isNull() ? s.text().strip() : null;
            FacilityType type = find(written);
            if (type == null) {
                f.problems.add(n.loc(), Text.at(f.at(key) + "[" + i + "]", invalid(n, written)));
            } else if (!out.contains(type)) {
                out.add(type);
            }
        }
        return out;
    }
}
