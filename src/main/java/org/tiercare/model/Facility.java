package org.tiercare.model;

import org.tiercare.scenario.FacilitySpec;

/**
 * A facility during one replication: its spec and its {@link Unit}s — its departments, or one implicit unit that is
 * the facility as a whole. {@link #outpatient}, {@link #ward} and {@link #measures} are the first unit's that has one
 * (for a facility without departments: its own), for the lever and eligibility code that does not ask which
 * department; a patient is served in {@link #unitFor} their condition's department.
 */
final class Facility {
    final FacilitySpec spec;
    final Model model;
    /** The first unit's measures (the facility's own without departments). */
    final Measures measures;
    /** Position in the scenario's facility list (and the network's travel matrices). */
    final int index;
    /** Grid of the active layout, -1 outside the grids (collaborating units, or no layout). */
    int grid = -1;
    Outpatient outpatient;
    Ward ward;
    /** An emergency department that queues ({@code emergency_department}), or null: emergencies are seen at once. */
    EmergencyDepartment emergencyDepartment;
    /** The departments in the scenario's order, or the one implicit unit. */
    final Unit[] units;
    /** Unit index by condition index: the condition's department here, else the first. */
    private final int[] unitByCondition;

    Facility(FacilitySpec spec, Model model, int index) {
        this(spec, model, index, java.util.List.of());
    }

    Facility(FacilitySpec spec, Model model, int index, java.util.List<org.tiercare.scenario.ConditionSpec> conditions) {
        this.spec = spec;
        this.model = model;
        this.index = index;
        var departments = spec.departments();
        if (departments.isEmpty()) {
            units = new Unit[] {new Unit(this, null, 0, new Measures())};
        } else {
            units = new Unit[departments.size()];
            for (int i = 0; i < units.length; i++) units[i] = new Unit(this, departments.get(i), i, new Measures());
        }
        this.measures = units[0].measures;
        unitByCondition = new int[conditions.size()];
        for (int c = 0; c < unitByCondition.length; c++) unitByCondition[c] = Math.max(0, unitIndex(conditions.get(c).department()));
    }

    /** The index of the department {@code id} here, or -1 (also without departments, or for a null id). */
    int unitIndex(String id) {
        if (id == null) return -1;
        for (Unit u : units) if (u.department != null && u.department.id().equals(id)) return u.index;
        return -1;
    }

    boolean hasDepartments() { return units[0].department != null; }

    /** Points {@link #outpatient} and {@link #ward} at the first unit that has one (call once the units are built). */
    void linkDefaults() {
        for (Unit u : units) if (outpatient == null) outpatient = u.outpatient;
        for (Unit u : units) if (ward == null) ward = u.ward;
    }

    /**
     * The department serving {@code p} here: an alliance's lead department for a patient it referred here, else the
     * department of their condition, else the first (also for patients without a condition).
     */
    Unit unitFor(Patient p) {
        if (units.length == 1) return units[0];
        Unit a = p.allianceUnit();
        if (a != null && a.facility == this) return a;
        return p.conditionIndex < 0 ? units[0] : units[unitByCondition[p.conditionIndex]];
    }

    /** {@link #unitFor}, or when that department sees no outpatients, the first that does. */
    Unit outpatientUnit(Patient p) {
        Unit u = unitFor(p);
        if (u.outpatient != null || outpatient == null) return u;
        return outpatient.unit;
    }

    /** {@link #unitFor}, or when that department has no beds, the first that has. */
    Unit wardUnit(Patient p) {
        Unit u = unitFor(p);
        if (u.ward != null || ward == null) return u;
        return ward.unit;
    }

    /** The patient asks for a consult here (in their department). */
    void request(Patient p) { outpatientUnit(p).outpatient.request(p); }

    /** Whether the patient books a slot here rather than walking in. */
    boolean books(Patient p) { return outpatientUnit(p).outpatient.slots != null; }

    /** The patient asks for a bed here (in their department's ward). */
    void admit(Patient p, double stayH) { wardUnit(p).ward.admit(p, stayH); }

    /** The most severe level resolved here now for {@code p}'s condition (its department's capability). */
    int capabilityFor(Patient p) { return unitFor(p).capability(); }

    String id() { return spec.id(); }

    /** Capability uplift: target level, when it starts, how long the ramp takes (hours). */
    int upliftTarget = -1;
    double upliftStartH;
    double upliftRampH;
    /** Capability while a visiting specialist holds a session here (0: no outreach). */
    int outreachCapability;

    /** The most severe condition level resolved here now: uplift over time, raised while a specialist is here. */
    int capability() {
        int c = spec.capability();
        if (upliftTarget > c) {
            double t = model.now();
            if (t >= upliftStartH) {
                int steps = upliftTarget - c;
                // One level at a time, evenly over the ramp; no ramp means at once.
                int reached = upliftRampH <= 0 ? steps : (int) Math.min(steps, Math.floor((t - upliftStartH) / (upliftRampH / steps)) + 1);
                c += reached;
            }
        }
        if (outreachCapability > c && outpatient != null && outpatient.specialistPresent()) c = outreachCapability;
        return c;
    }

    int inside() {
        int n = emergencyDepartment == null ? 0 : emergencyDepartment.inside();
        for (Unit u : units) n += u.inside();
        return n;
    }

    /** Patients waiting for a doctor, beds in use, patients waiting for a bed: over every unit. */
    int consultQueue() {
        int n = 0;
        for (Unit u : units) if (u.outpatient != null) n += u.outpatient.doctors.waiting();
        return n;
    }

    int booked() {
        int n = 0;
        for (Unit u : units) if (u.outpatient != null) n += u.outpatient.booked;
        return n;
    }

    int bedsInUse() {
        int n = 0;
        for (Unit u : units) if (u.ward != null) n += u.ward.beds.inUse();
        return n;
    }

    int admissionQueue() {
        int n = 0;
        for (Unit u : units) if (u.ward != null) n += u.ward.beds.waiting();
        return n;
    }

    long visits() {
        long n = 0;
        for (Unit u : units) n += u.measures.visits;
        return n;
    }

    /**
     * Reads the clock-based areas into the measures at the end of the run: the one unit's measures (so a facility
     * with a single department counts exactly as one without), or the merge of its departments'.
     */
    Measures finish(double now, double warmupEnd) {
        Measures m;
        if (units.length == 1) {
            m = units[0].finish(now, warmupEnd);
        } else {
            m = new Measures();
            for (Unit u : units) m.merge(u.finish(now, warmupEnd));
        }
        // The emergency department belongs to the facility, not to a department (its counts are the first unit's).
        if (emergencyDepartment != null) {
            m.hasEmergencyDepartment = true;
            m.emergencyBusyArea = emergencyDepartment.doctors.busy().area(now);
            m.emergencyOnDutyArea = emergencyDepartment.doctors.available().area(now);
            m.queuedAtEnd += emergencyDepartment.doctors.waiting();
        }
        return m;
    }
}
