package org.tiercare.scenario;

/**
 * A clinical department (科室) of a facility ({@code facilities[].departments[]}): its own doctors and slots, its own
 * ward, its own referral reservation and its own capability. A facility with departments has no outpatient service
 * or beds outside them.
 *
 * @param outpatient  null when the department sees no outpatients
 * @param beds        null when it has no beds
 * @param reservation resolved by the loader: the department's own, else the facility's; never null
 * @param capability  the most severe condition level it resolves (a featured department, 特色科室, may resolve more
 *                    than its facility); the facility's unless written
 */
public record DepartmentSpec(String id, String name, OutpatientSpec outpatient, BedSpec beds, ReservationSpec reservation,
                             int capability) {}
