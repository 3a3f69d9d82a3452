package org.tiercare.model;

import org.tiercare.scenario.DepartmentSpec;

/**
 * Where a facility serves: one of its departments, or, for a facility without departments, the facility as a whole
 * (the one implicit unit, whose measures are the facility's own). Each unit has its own doctors and appointment book
 * ({@link Outpatient}), its own ward and its own {@link Measures}.
 */
final class Unit {
    final Facility facility;
    /** The department, or null for the implicit unit of a facility without departments. */
    final DepartmentSpec department;
    /** Position in the facility's units. */
    final int index;
    final Measures measures;
    Outpatient outpatient;
    Ward ward;

    Unit(Facility facility, DepartmentSpec department, int index, Measures measures) {
        this.facility = facility;
        this.department = department;
        this.index = index;
        this.measures = measures;
    }

    /**
     * The most severe condition level resolved here now: the facility's (uplift and visiting specialists included),
     * or a featured department's own level when that is higher.
     */
    int capability() {
        int c = facility.capability();
        return department == null ? c : Math.max(c, department.capability());
    }

    /** The written capability, without uplift or visiting specialists. */
    int baseCapability() {
        return department == null ? facility.spec.capability() : Math.max(facility.spec.capability(), department.capability());
    }

    /** {@code facility/department}, the id of the department scope (the facility's id for the implicit unit). */
    String scopeId() { return department == null ? facility.id() : facility.id() + "/" + department.id(); }

    int inside() {
        return (outpatient == null ? 0 : outpatient.inside()) + (ward == null ? 0 : ward.inside());
    }

    /** Reads the clock-based areas into the measures at the end of the run. */
    Measures finish(double now, double warmupEnd) {
        Measures m = measures;
        m.durationH = now - warmupEnd;
        if (outpatient != null) {
            m.hasOutpatient = true;
            m.primaryVisits = facility.spec.tier().isPrimary() ? m.visits : 0;
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
            m.hasOnward = facility.model.usesOnward;
            m.bedOccupiedArea = ward.beds.busy().area(now);
            m.bedCapacityArea = ward.beds.available().area(now);
            m.admissionQueueArea = ward.beds.queueLength().area(now);
            m.queuedAtEnd += ward.beds.waiting();
        }
        m.hasAlliances = facility.model.usesAlliances;
        return m;
    }
}
