package org.tiercare.loader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.scenario.BedSpec;
import org.tiercare.scenario.DepartmentSpec;
import org.tiercare.scenario.OutpatientSpec;
import org.tiercare.scenario.ReservationSpec;

/**
 * {@code facilities[].departments}: clinical departments (科室), each with the keys of a facility's own
 * {@code outpatient}, {@code beds} and {@code reservation} sections (tier defaults merged into each department, see
 * {@link TierDefaults}) and an optional {@code capability}. Ids are unique within their facility.
 */
final class DepartmentsBinder {

    static final String KEY = "departments";
    static final List<String> KEYS = List.of("id", "name", "outpatient", "beds", "reservation", "capability");

    private DepartmentsBinder() {}

    /** The departments (empty when none could be read: their problems are recorded). */
    static List<DepartmentSpec> bind(Fields facility, int capability, boolean tierUnknown, ReservationSpec policy) {
        ListNode list = facility.list(KEY, false, Text.get("items.departments"));
        List<DepartmentSpec> out = new ArrayList<>();
        if (list == null) return out;
        if (list.items.isEmpty()) {
            facility.problem(KEY, Text.get("departments.empty"));
            return out;
        }
        int before = facility.problems.size();
        Map<String, Loc> seen = new LinkedHashMap<>();
        for (int i = 0; i < list.items.size(); i++) {
            YamlNode item = list.items.get(i);
            Fields f = Fields.of(facility.problems, item, Sections.itemPath(facility.at(KEY), item, i), KEYS);
            if (!f.isMap()) continue;
            String id = Sections.uniqueId(f, "kind.department", seen);
            String name = f.string("name", false, id);
            OutpatientSpec outpatient = f.has("outpatient")
                    ? OutpatientBinder.bind(f.problems, f.node("outpatient"), f.at("outpatient"), tierUnknown) : null;
            BedSpec beds = f.has("beds") ? BedsBinder.bind(f.problems, f.node("beds"), f.at("beds"), tierUnknown) : null;
            ReservationSpec reservation = f.has("reservation")
                    ? ReservationBinder.bind(f.problems, f.node("reservation"), f.at("reservation"), policy) : null;
            if (reservation != null) FacilitiesSection.checkReservation(f, reservation);
            Integer level = f.count("capability", false, capability, 0, FacilitiesSection.MAX_LEVEL);
            if (id != null && !f.has("outpatient") && !f.has("beds")) {
                f.problems.add(f.locOf("id"), Text.at(f.at("id"), Text.get("departments.nothing", id)));
            }
            if (id != null) out.add(new DepartmentSpec(id, name, outpatient, beds, reservation, level == null ? capability : level));
        }
        return facility.problems.size() == before ? out : List.of();
    }

    /** The ids written under {@code departments}, for references (even when a department has a problem). */
    static List<String> ids(Fields facility) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        if (facility.node(KEY) instanceof ListNode list) {
            for (YamlNode item : list.items) {
                if (item instanceof YamlNode.MapNode m && m.get("id") instanceof YamlNode.Scalar s && !s.isNull()) {
                    out.add(s.text().strip());
                }
            }
        }
        return List.copyOf(out);
    }

    /** The departments' doctors, slots and beds added up (the first's other settings), or null without any. */
    static OutpatientSpec totalOutpatient(List<DepartmentSpec> ds) {
        OutpatientSpec first = null;
        int doctors = 0, slots = 0;
        for (DepartmentSpec d : ds) {
            if (d.outpatient() == null) continue;
            if (first == null) first = d.outpatient();
            doctors += d.outpatient().doctors();
            slots += d.outpatient().slotsPerDay();
        }
        return first == null ? null : new OutpatientSpec(doctors, first.access(), first.hours(), first.consultTime(), slots,
                first.bookingHorizonH(), first.referredFirst());
    }

    static BedSpec totalBeds(List<DepartmentSpec> ds) {
        BedSpec first = null;
        int count = 0;
        for (DepartmentSpec d : ds) {
            if (d.beds() == null) continue;
            if (first == null) first = d.beds();
            count += d.beds().count();
        }
        return first == null ? null : new BedSpec(count, first.lengthOfStay(),
                first.whenFull(), first.referredFirst(), first.maxOnward());
    }
}
