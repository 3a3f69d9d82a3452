/**
 * Specialist outreach tours planned as a vehicle-routing problem with jsprit: which clinics a
 * specialist visits each day, in which order, within session time windows. Pure planning, no
 * simulation.
 */
package org.tiercare.outreach;
