package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.scenario.BedSpec;
import org.tiercare.scenario.DepartmentSpec;
import org.tiercare.scenario.EmergencyDepartmentSpec;
import org.tiercare.scenario.FacilityType;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.OutpatientSpec;
import org.tiercare.scenario.PolicySpec;
import org.tiercare.scenario.ReservationSpec;
import org.tiercare.scenario.Tier;

/** {@code facilities}: hospitals, clinics and rehab units, each with optional outpatient service and beds. */
final class FacilitiesSection {

    static final String KEY = "facilities";
    private static final List<String> KEYS =
            List.of("id", "name", "tier", "zone", "x", "y", "capability", "emergency", "outpatient", "beds", "reservation",
                    "emergency_department", "type", DepartmentsBinder.KEY);

    /**
     * Capability and condition severity are levels (the demo uses 1 to 5); 100 levels is more than
     * any grading of care, and keeps a typo like 1e9 from reading as "resolves everything".
     */
    static final int MAX_LEVEL = 100;

    private FacilitiesSection() {}

    static List<FacilitySpec> bind(Fields top, Ids ids, PolicySpec policy) {
        if (top.problems.isBroken(top.node(KEY))) ids.facilitiesUnknown();
        java.util.Set<Tier> uncertain = TierDefaults.uncertain(top.map());
        ListNode list = top.list(KEY, true, Text.get("items.facilities"));
        List<FacilitySpec> out = new ArrayList<>();
        if (list == null) return out;
        list.skippedIds.forEach(ids::facilityUnread);
        if (list.items.isEmpty() && list.skippedIds.isEmpty()) {
            top.problem(KEY, Text.get("facilities.empty"));
            return out;
        }
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            int before = top.problems.size();
            String id = ids.declare(f, "kind.facility");
            String name = f.string("name", false, id);
            Tier tier = f.node("tier") == null ? missingTier(f) : f.choice("tier", "choice.tier", Tier.class, null);
            String zone = ids.zoneRef(f, "zone");
            Double x = f.number("x", false, Double.NaN, Fields.Range.COORDINATE);
            Double y = f.number("y", false, Double.NaN, Fields.Range.COORDINATE);
            if (f.has("x") != f.has("y")) {
                f.problem(f.has("x") ? "x" : "y", Text.get("facilities.xy"));
            }
            Integer capability = f.count("capability", false, tier == null ? 0 : defaultCapability(tier), 0, MAX_LEVEL);
            Boolean emergency = f.bool("emergency", false);
            // An unknown tier (or one whose tier_defaults key may be misspelt) took no tier defaults, so its
            // outpatient and beds sections may lack what those would give (consult_time, length_of_stay,
            // access): saying so would only repeat that one mistake for each facility.
            boolean tierUnknown = tier == null && f.has("tier") || uncertain.contains(tier);
            OutpatientSpec outpatient = f.has("outpatient")
                    ? OutpatientBinder.bind(f.problems, f.node("outpatient"), f.at("outpatient"), tierUnknown) : null;
            BedSpec beds = f.has("beds") ? BedsBinder.bind(f.problems, f.node("beds"), f.at("beds"), tierUnknown) : null;
            ReservationSpec reservation = f.has("reservation")
                    ? ReservationBinder.bind(f.problems, f.node("reservation"), f.at("reservation"), policy.reservation()) : null;
            EmergencyDepartmentSpec ed = f.has(EmergencyDepartmentBinder.KEY)
                    ? EmergencyDepartmentBinder.bind(f, tierUnknown, Boolean.TRUE.equals(emergency)) : null;
            FacilityType type = FacilityTypes.one(f, "type", FacilityType.GENERAL);
            boolean departed = f.has(DepartmentsBinder.KEY);
            List<DepartmentSpec> departments = departed
                    ? DepartmentsBinder.bind(f, capability == null ? 0 : capability, tierUnknown, policy.reservation()) : List.of();
            if (departed) {
                // Tier defaults go into the departments, so whatever stands here was written here.
                f.forbid("outpatient", Text.get("departments.ownService", "outpatient"));
                f.forbid("beds", Text.get("departments.ownService", "beds"));
                outpatient = DepartmentsBinder.totalOutpatient(departments);
                beds = DepartmentsBinder.totalBeds(departments);
            } else if (reservation != null) {
                checkReservation(f, reservation);
            }
            if (id == null) continue;
            // Declared from what was written, so references are checked even if the section itself is wrong.
            List<String> departmentIds = DepartmentsBinder.ids(f);
            boolean anyOutpatient = departed ? departments.stream().anyMatch(d -> d.outpatient() != null) || departments.isEmpty()
                    : f.has("outpatient");
            boolean anyBeds = departed ? departments.stream().anyMatch(d -> d.beds() != null) || departments.isEmpty() : f.has("beds");
            ids.facility(id, new Ids.FacilityFacts(anyOutpatient, anyBeds, tier, Boolean.TRUE.equals(emergency), zone));
            ids.departments(id, departmentIds);
            if (top.problems.size() == before) {
                out.add(new FacilitySpec(id, name, tier, zone, x, y, capability, emergency, outpatient, beds, reservation,
                        ed, type, departments));
            }
        }
        return out;
    }

    /** Reserved slots need appointment booking, reserved beds need beds. */
    static void checkReservation(Fields f, ReservationSpec r) {
        Fields inner = Fields.of(new Problems(), f.node("reservation"), f.at("reservation"), ReservationBinder.KEYS);
        if (r.slotShare() > 0 && !"appointment".equalsIgnoreCase(text(f, "outpatient", "access"))) {
            f.problems.add(inner.locOf("slot_share"), Text.at(inner.at("slot_share"),
                    Text.get("reservation.slotsWithoutBooking", Units.trim(r.slotShare()))));
        }
        if (r.bedShare() > 0 && !f.has("beds")) {
            f.problems.add(inner.locOf("bed_share"), Text.at(inner.at("bed_share"),
                    Text.get("reservation.bedsWithoutBeds", Units.trim(r.bedShare()))));
        }
    }

    private static String text(Fields f, String section, String key) {
        return f.node(section) instanceof YamlNode.MapNode m && m.get(key) instanceof YamlNode.Scalar s ? s.text().strip() : null;
    }

    private static Tier missingTier(Fields f) {
        List<String> tiers = new ArrayList<>();
        for (Tier t : Tier.values()) tiers.add(t.yamlName);
        f.problem("tier", Text.get("value.missing", Text.get("expect.oneOf", Text.join(tiers), "")));
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
