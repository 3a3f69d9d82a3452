package org.tiercare.model;

import org.tiercare.scenario.FacilitySpec;

/** A facility during one replication: its spec, its outpatient department and ward, its measures. */
final class Facility {
    final FacilitySpec spec;
    final Model model;
    final Measures measures = new Measures();
    /** Position in the scenario's facility list (and the network's travel matrices). */
    final int index;
    /** Grid of the active layout, -1 outside the grids (collaborating units, or no layout). */
    int grid = -1;
    Outpatient outpatient;
    Ward ward;
    /** An emergency department that queues ({@code emergency_department}), or null: emergencies are seen at once. */
    EmergencyDepartment emergencyDepartment;

    Facility(FacilitySpec spec, Model model, int index) {
        this.spec = spec;
        this.model = model;
        this.index = index;
    }

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
        return (outpatient == null ? 0 : outpatient.inside()) + (ward == null ? 0 : ward.inside())
                + (emergencyDepartment == null ? 0 : emergencyDepartment.inside());
    }

    /** Reads the clock-based areas into the measures at the end of the run. */
    Measures finish(double now, double warmupEnd) {
        Measures m = measures;
        m.durationH = now - warmupEnd;
        if (outpatient != null) {
            m.hasOutpatient = true;
            m.primaryVisits = spec.tier().isPrimary() ? m.visits : 0;
            m.doctorBusyArea = outpatient.doctors.busy().area(now);
            m.doctorOnDutyArea = outpatient.doctors.available().area(now);
            m.doctorDays = m.doctorOnDutyArea / outpatient.schedule.hoursPerOpenDay();
            m.consultQueueArea = outpatient.doctors.queueLength().area(now);
            m.queuedAtEnd += outpatient.doctors.waiting();
            if (outpatient.slots != null) {
                m.hasAppointments = true;
                m.hasPooledSlots = outpatient.slots.pooled();
                m.reservedSlotsOffered = outpatient.slots.offeredBetween(warmupEnd, now, SlotBook.RESERVED);
                m.generalSlotsOffered = outpatient.slots.offeredBetween(warmupEnd, now, SlotBook.GENERAL);
            }
        }
        if (ward != null) {
            m.hasBeds = true;
            m.hasOnward = model.usesOnward;
            m.bedOccupiedArea = ward.beds.busy().area(now);
            m.bedCapacityArea = ward.beds.available().area(now);
            m.admissionQueueArea = ward.beds.queueLength().area(now);
            m.queuedAtEnd += ward.beds.waiting();
        }
        if (emergencyDepartment != null) {
            m.hasEmergencyDepartment = true;
            m.emergencyBusyArea = emergencyDepartment.doctors.busy().area(now);
            m.emergencyOnDutyArea = emergencyDepartment.doctors.available().area(now);
            m.queuedAtEnd += emergencyDepartment.doctors.waiting();
        }
        return m;
    }
}
