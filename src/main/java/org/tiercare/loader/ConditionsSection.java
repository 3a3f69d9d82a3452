package org.tiercare.loader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiercare.dist.Distribution;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.Tier;

/**
 * {@code conditions}: classes of care needs. Admission probability and length of stay are written
 * once for all tiers, or per tier with an optional {@code default}; they are expanded here so the
 * model looks a tier up directly.
 */
final class ConditionsSection {

    static final String KEY = "conditions";
    private static final List<String> KEYS = List.of("id", "share", "severity", "emergency", "admission_probability",
            "length_of_stay", "down_referral_probability", "follow_up", "length_of_stay_when_referred_down", "triage",
            "department", "facility_types");
    /** The stay of a patient who will be referred down at discharge, by the tier of the destination foreseen. */
    static final String DOWN_STAY = "length_of_stay_when_referred_down";
    private static final List<String> FOLLOW_UP_KEYS =
            List.of("visits", "interval", "long_prescription_share", "long_prescription_interval");
    private static final List<String> TIER_KEYS;

    static {
        List<String> k = new ArrayList<>();
        for (Tier t : Tier.values()) k.add(t.yamlName);
        k.add("default");
        TIER_KEYS = List.copyOf(k);
    }

    /** Follow-up visits of one need: weekly for 20 years is about 1,000. */
    static final int MAX_FOLLOW_UPS = 1_000;

    private ConditionsSection() {}

    static List<ConditionSpec> bind(Fields top, Map<String, Loc> locations) {
        return bind(top, locations, null);
    }

    /** @param ids the facilities' departments, to check {@code department} against (null: unchecked) */
    static List<ConditionSpec> bind(Fields top, Map<String, Loc> locations, Ids ids) {
        ListNode list = top.list(KEY, false, Text.get("items.conditions"));
        List<ConditionSpec> out = new ArrayList<>();
        if (list == null) return out;
        Map<String, Loc> seen = new LinkedHashMap<>();
        double sum = 0;
        boolean sharesOk = true;
        int before = top.problems.size();
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) { sharesOk = false; continue; }
            int mine = top.problems.size();
            String id = Sections.uniqueId(f, "kind.condition", seen);
            if (id != null) {
                locations.putIfAbsent(id, f.locOf("id"));
                locations.put("condition/" + id, f.locOf("id"));
            }
            Double share = f.number("share", true, 0, Range.PROBABILITY);
            if (share == null) sharesOk = false; else sum += share;
            Long severity = f.whole("severity", false, 1, 1, FacilitiesSection.MAX_LEVEL);
            Boolean emergency = f.bool("emergency", false);
            Map<Tier, Double> admit = admission(f);
            Map<Tier, Distribution> los = lengthOfStay(f, "length_of_stay");
            Map<Tier, Distribution> downLos = lengthOfStay(f, DOWN_STAY);
            Double down = f.number("down_referral_probability", false, 0, Range.PROBABILITY);
            ConditionSpec.FollowUp followUp = f.has("follow_up") ? followUp(f) : null;
            if (f.has(DOWN_STAY) && down != null && down == 0) f.problem(DOWN_STAY, Text.get("conditions.downStayWithoutDown"));
            // Triage orders the queue of an emergency department: 1 most urgent; 0 (unset) follows severity.
            Long triage = f.whole("triage", false, 0, 1, EmergencyDepartmentBinder.MAX_TRIAGE_LEVELS);
            if (f.has("triage") && Boolean.FALSE.equals(emergency)) f.problem("triage", Text.get("conditions.triageNotEmergency"));
            String department = f.string("department", false, null);
            if (department != null && ids != null && ids.facilitiesKnown() && !ids.departmentIds().contains(department)) {
                List<String> known = ids.departmentIds();
                f.problem("department", known.isEmpty() ? Text.get("conditions.department.none", department)
                        : Text.get("conditions.department.unknown", department, Names.list(known), Names.didYouMean(department, known)));
            }
            var types = FacilityTypes.list(f, "facility_types");
            if (id != null && top.problems.size() == mine) {
                out.add(new ConditionSpec(id, share, severity.intValue(), emergency, admit, los, down, followUp, downLos,
                        triage.intValue(), department, types));
            }
        }
        if (sharesOk && !list.items.isEmpty() && Math.abs(sum - 1) > 1e-6) {
            top.problem(KEY, Text.get("conditions.shares", Math.round(sum * 1e6) / 1e6));
        }
        return top.problems.size() == before ? out : List.of();
    }

    /** A probability for every tier: one number for all, or a tier map (missing tiers: default, else 0). */
    private static Map<Tier, Double> admission(Fields f) {
        YamlNode n = f.node("admission_probability");
        Map<Tier, Double> out = new EnumMap<>(Tier.class);
        if (n == null || n instanceof Scalar) {
            Double p = f.number("admission_probability", false, 0, Range.PROBABILITY);
            if (p == null) return null;
            for (Tier t : Tier.values()) out.put(t, p);
            return Collections.unmodifiableMap(out);
        }
        Map<String, YamlNode> byKey = tierMap(f, "admission_probability", Text.get("expect.aProbability"));
        if (byKey == null) return null;
        boolean ok = true;
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : byKey.entrySet()) {
            Double p = Fields.numberOf(f.problems, e.getValue(), f.at("admission_probability") + "." + e.getKey(), Range.PROBABILITY);
            if (p == null) ok = false; else values.put(e.getKey(), p);
        }
        if (!ok) return null;
        double def = values.getOrDefault("default", 0.0);
        for (Tier t : Tier.values()) out.put(t, values.getOrDefault(t.yamlName, def));
        return Collections.unmodifiableMap(out);
    }

    /** A distribution for all tiers, or per tier (missing tiers: default, else absent). */
    private static Map<Tier, Distribution> lengthOfStay(Fields f, String key) {
        YamlNode n = f.node(key);
        Map<Tier, Distribution> out = new EnumMap<>(Tier.class);
        if (n == null) return Map.of();
        String path = f.at(key);
        if (n instanceof Scalar || n instanceof MapNode m && m.get("dist") != null) {
            Distribution d = DistributionBinder.bind(f.problems, n, path);
            if (d == null) return null;
            for (Tier t : Tier.values()) out.put(t, d);
            return Collections.unmodifiableMap(out);
        }
        Map<String, YamlNode> byKey = tierMap(f, key, Text.get("expect.distribution.stay"));
        if (byKey == null) return null;
        boolean ok = true;
        Map<String, Distribution> values = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : byKey.entrySet()) {
            Distribution d = DistributionBinder.bind(f.problems, e.getValue(), path + "." + e.getKey());
            if (d == null) ok = false; else values.put(e.getKey(), d);
        }
        if (!ok) return null;
        for (Tier t : Tier.values()) {
            Distribution d = values.getOrDefault(t.yamlName, values.get("default"));
            if (d != null) out.put(t, d);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The entries of a tier → value map, unknown tiers reported. */
    private static Map<String, YamlNode> tierMap(Fields f, String key, String valueExpected) {
        int before = f.problems.size();
        Map<String, YamlNode> entries = Sections.tierMap(f, key, valueExpected, TIER_KEYS);
        return f.problems.size() == before ? entries : null;
    }

    private static ConditionSpec.FollowUp followUp(Fields c) {
        Fields f = Fields.of(c.problems, c.node("follow_up"), c.at("follow_up"), FOLLOW_UP_KEYS);
        if (!f.isMap()) return null;
        int before = f.problems.size();
        Integer visits = f.count("visits", true, 0, 0, MAX_FOLLOW_UPS);
        Double interval = f.duration("interval", true, 0, Range.POSITIVE);
        Double share = f.number("long_prescription_share", false, 0, Range.PROBABILITY);
        Double longInterval = f.duration("long_prescription_interval", false, interval == null ? 0 : interval, Range.POSITIVE);
        if (f.problems.size() != before) return null;
        return new ConditionSpec.FollowUp(visits, interval, share, longInterval);
    }
}
