package org.tiercare.model;

import java.util.List;

/**
 * What one replication saw besides its indicators, for pictures: series sampled over the run
 * (including the warm-up, so a warm-up can be chosen from them) and referral flows between
 * facilities over the measured period; outreach routes of one week and the tours of the busiest day;
 * and each ward's occupancy distribution over the measured period.
 */
public record RunDetail(List<Point> series, List<Flow> flows, List<org.tiercare.outreach.RouteRow> routes,
                        List<List<String>> tours, List<Occupancy> occupancy) {
    /** Prefixes of the per-facility series (the facility id follows), sampled for every facility that has the queue. */
    public static final String CONSULT_QUEUE = "consult queue ";
    public static final String BOOKING_BACKLOG = "booking backlog ";
    public static final String OCCUPIED_BEDS = "occupied beds ";
    public static final String ADMISSION_QUEUE = "admission queue ";
    /** Consults per day across the network since the previous sample. */
    public static final String NETWORK_VISIT_RATE = "consults per day (network)";

    /** A sampled value: {@code series} names what (e.g. "consult queue (all)", "occupied beds H1"). */
    public record Point(double timeH, String series, double value) {}

    public record Flow(String from, String to, long patients) {}

    /**
     * One ward after the warm-up: {@code hoursAt[n]} is the simulated time with exactly n beds in use,
     * n = 0..beds (the array's length is the bed count plus one). The hours add up to the measured period.
     */
    public record Occupancy(String facility, double[] hoursAt) {}
}
