/**
 * The tiered-care model: facilities with outpatient queues, appointment books and wards on a
 * travel-time network, grids and medical groups, the patient pathway (first contact, referral up
 * and down, admission, discharge) and the levers. Reads {@code org.tiercare.scenario} records;
 * counts into {@link org.tiercare.model.Measures}, whose indicators are named by the metric
 * registry.
 */
package org.tiercare.model;
