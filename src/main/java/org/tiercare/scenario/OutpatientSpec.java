package org.tiercare.scenario;

import org.tiercare.dist.Distribution;

/**
 * Outpatient capacity of a facility.
 *
 * @param doctors          doctors on duty while open (c)
 * @param access           walk-in queue or appointment booking
 * @param hours            opening sessions
 * @param consultTime      consult duration, hours
 * @param slotsPerDay      appointment slots offered per open day (appointment access only)
 * @param bookingHorizonH  how far ahead a patient may book, hours (appointment access only)
 * @param referredFirst    referred patients are served before self-presenting ones (non-preemptive)
 */
public record OutpatientSpec(int doctors, Access access, OpeningHours hours, Distribution consultTime,
                             int slotsPerDay, double bookingHorizonH, boolean referredFirst) {}
