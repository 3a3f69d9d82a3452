package org.tiercare.outreach;

/**
 * One line of {@code outreach_routes.csv}. {@code travelH} is the leg that ends at this stop, so the
 * column sums to the total travel; each tour ends with a row whose {@code clinic} is the hospital
 * (arrive = start = end = return time) carrying the way back.
 */
public record RouteRow(int replication, int day, String hospital, int specialist, int sequence, String clinic,
                       double arriveH, double startH, double endH, double travelH) {}
