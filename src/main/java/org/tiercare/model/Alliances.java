package org.tiercare.model;

import java.util.List;
import org.tiercare.scenario.AllianceSpec;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.DepartmentSpec;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.ReservationSpec;
import org.tiercare.scenario.Scenario;

/**
 * Specialty alliances ({@code alliances:}, 专科联盟): for each member facility and alliance condition, the lead's
 * department its unresolved cases go to straight, across grids if need be. The lead department keeps the alliance's
 * slot share for the referral channel and, with {@code referred_first}, serves referred patients first
 * ({@link #reservation}, applied when the department is built). Draws nothing.
 */
final class Alliances {
    /** The lead's unit by member facility index and condition index, or null. */
    private final Unit[][] leads;

    private Alliances(Unit[][] leads) { this.leads = leads; }

    /** The scenario's alliances over the model's facilities, or null when it declares none. */
    static Alliances of(Scenario scenario, List<Facility> facilities) {
        List<AllianceSpec> alliances = scenario.levers().alliances();
        if (alliances.isEmpty()) return null;
        List<ConditionSpec> conditions = scenario.conditions();
        Unit[][] leads = new Unit[facilities.size()][conditions.size()];
        for (AllianceSpec a : alliances) {
            Facility lead = facilities.stream().filter(f -> f.id().equals(a.lead())).findFirst().orElseThrow();
            for (int c = 0; c < conditions.size(); c++) {
                if (!a.conditions().contains(conditions.get(c).id())) continue;
                Unit u = lead.units[leadUnit(lead.spec, a, conditions.get(c))];
                for (Facility m : facilities) {
                    // The first alliance that names a member and condition decides; the lead never refers to itself.
                    if (m != lead && a.members().contains(m.id()) && leads[m.index][c] == null) leads[m.index][c] = u;
                }
            }
        }
        return new Alliances(leads);
    }

    /** Where {@code from} sends {@code p}'s case it cannot resolve, through an alliance, or null. */
    Unit leadFor(Facility from, Patient p) {
        return p.conditionIndex < 0 ? null : leads[from.index][p.conditionIndex];
    }

    /**
     * The index of the lead's unit that sees an alliance's cases of condition {@code c}: the alliance's department,
     * else the condition's department there, else the first; when that one sees no outpatients, the first that does.
     */
    static int leadUnit(FacilitySpec lead, AllianceSpec a, ConditionSpec c) {
        List<DepartmentSpec> ds = lead.departments();
        if (ds.isEmpty()) return 0;
        String want = a.department() != null ? a.department() : c.department();
        int i = 0;
        for (int k = 0; k < ds.size(); k++) if (ds.get(k).id().equals(want)) i = k;
        if (ds.get(i).outpatient() != null) return i;
        for (int k = 0; k < ds.size(); k++) if (ds.get(k).outpatient() != null) return k;
        return i;
    }

    /**
     * The reservation of unit {@code unit} of {@code f} once the alliances it leads are applied: the referral
     * channel's slot share at least each alliance's, referred patients first when an alliance asks for it. Unchanged
     * (the very same object) when the unit leads no alliance.
     */
    static ReservationSpec reservation(Scenario scenario, FacilitySpec f, int unit, ReservationSpec r) {
        ReservationSpec out = r;
        for (AllianceSpec a : scenario.levers().alliances()) {
            if (!a.lead().equals(f.id())) continue;
            boolean leads = false;
            for (ConditionSpec c : scenario.conditions()) {
                if (a.conditions().contains(c.id()) && leadUnit(f, a, c) == unit) leads = true;
            }
            if (!leads) continue;
            out = new ReservationSpec(Math.max(out.slotShare(), a.slotShare()), out.bedShare(), out.referralHorizonH(),
                    out.releaseBeforeH(), out.referredFirst() || a.referredFirst());
        }
        return out;
    }
}
