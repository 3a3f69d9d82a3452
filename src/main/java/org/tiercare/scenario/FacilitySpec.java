package org.tiercare.scenario;

/**
 * A hospital, clinic or continuing-care unit as the scenario describes it.
 *
 * @param zone        zone the facility stands in (may be null)
 * @param x           position in km (NaN: at its zone's position)
 * @param capability  the most severe condition level it resolves
 * @param outpatient  null when it has no outpatient service
 * @param beds        null when it has no beds
 * @param reservation capacity kept for referrals, resolved by the loader for the active layout: the facility's own,
 *                    else the policy's for a lead hospital, else {@link ReservationSpec#NONE}; never null
 * @param emergencyDepartment an emergency department whose patients queue for its doctors, or null (emergencies
 *                    are seen at once)
 * @param type        what kind of facility it is ({@link FacilityType#GENERAL} unless written)
 * @param departments its clinical departments (empty: one service as a whole). With departments, {@code outpatient}
 *                    and {@code beds} are their totals (doctors, slots and beds added up, the first department's
 *                    other settings), for eligibility checks and load estimates; the model serves in the departments
 */
public record FacilitySpec(String id, String name, Tier tier, String zone, double x, double y, int capability,
                           boolean emergency, OutpatientSpec outpatient, BedSpec beds, ReservationSpec reservation,
                           EmergencyDepartmentSpec emergencyDepartment, FacilityType type,
                           java.util.List<DepartmentSpec> departments) {

    public FacilitySpec {
        type = type == null ? FacilityType.GENERAL : type;
        departments = departments == null ? java.util.List.of() : java.util.List.copyOf(departments);
    }

    /** A general facility without departments whose emergencies, if any, are seen at once. */
    public FacilitySpec(String id, String name, Tier tier, String zone, double x, double y, int capability,
                        boolean emergency, OutpatientSpec outpatient, BedSpec beds, ReservationSpec reservation) {
        this(id, name, tier, zone, x, y, capability, emergency, outpatient, beds, reservation, null, FacilityType.GENERAL,
                java.util.List.of());
    }

    /** A general facility without departments. */
    public FacilitySpec(String id, String name, Tier tier, String zone, double x, double y, int capability,
                        boolean emergency, OutpatientSpec outpatient, BedSpec beds, ReservationSpec reservation,
                        EmergencyDepartmentSpec emergencyDepartment) {
        this(id, name, tier, zone, x, y, capability, emergency, outpatient, beds, reservation, emergencyDepartment,
                FacilityType.GENERAL, java.util.List.of());
    }

    /** A facility whose emergencies, if any, are seen at once. */
    public FacilitySpec(String id, String name, Tier tier, String zone, double x, double y, int capability,
                        boolean emergency, OutpatientSpec outpatient, BedSpec beds, ReservationSpec reservation,
                        FacilityType type, java.util.List<DepartmentSpec> departments) {
        this(id, name, tier, zone, x, y, capability, emergency, outpatient, beds, reservation, null, type, departments);
    }

    /** The same facility with another reservation (and its departments' defaults resolved against it). */
    public FacilitySpec withReservation(ReservationSpec r) {
        java.util.List<DepartmentSpec> ds = new java.util.ArrayList<>();
        for (DepartmentSpec d : departments) {
            ds.add(new DepartmentSpec(d.id(), d.name(), d.outpatient(), d.beds(), d.reservation() == null ? r : d.reservation(),
                    d.capability()));
        }
        return new FacilitySpec(id, name, tier, zone, x, y, capability, emergency, outpatient, beds, r, emergencyDepartment,
                type, ds);
    }
}
