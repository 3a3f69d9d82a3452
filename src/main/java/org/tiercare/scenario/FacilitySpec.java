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
 */
public record FacilitySpec(String id, String name, Tier tier, String zone, double x, double y, int capability,
                           boolean emergency, OutpatientSpec outpatient, BedSpec beds, ReservationSpec reservation,
                           EmergencyDepartmentSpec emergencyDepartment) {

    /** A facility whose emergencies, if any, are seen at once. */
    public FacilitySpec(String id, String name, Tier tier, String zone, double x, double y, int capability,
                        boolean emergency, OutpatientSpec outpatient, BedSpec beds, ReservationSpec reservation) {
        this(id, name, tier, zone, x, y, capability, emergency, outpatient, beds, reservation, null);
    }
}
