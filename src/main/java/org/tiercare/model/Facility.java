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

    Facility(FacilitySpec spec, Model model, int index) {
        this.spec = spec;
        this.model = model;
        this.index = index;
    }

    String id() { return spec.id(); }

    /** The most severe condition level resolved here now (uplift and outreach raise it later). */
    int capability() { return spec.capability(); }

    int inside() {
        return (outpatient == null ? 0 : outpatient.inside()) + (ward == null ? 0 : ward.inside());
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
            if (outpatient.slots != null) {
                m.hasAppointments = true;
                m.reservedSlotsOffered = outpatient.slots.offeredBetween(warmupEnd, now, SlotBook.RESERVED);
                m.generalSlotsOffered = outpatient.slots.offeredBetween(warmupEnd, now, SlotBook.GENERAL);
            }
        }
        if (ward != null) {
            m.hasBeds = true;
            m.bedOccupiedArea = ward.beds.busy().area(now);
            m.bedCapacityArea = ward.beds.available().area(now);
            m.admissionQueueArea = ward.beds.queueLength().area(now);
        }
        return m;
    }
}
