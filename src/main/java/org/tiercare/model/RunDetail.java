package org.tiercare.model;

import java.util.List;

/**
 * What one replication saw besides its indicators, for pictures: series sampled over the run
 * (including the warm-up, so a warm-up can be chosen from them) and referral flows between
 * facilities over the measured period; outreach routes of one week and the tours of the busiest day.
 */
public record RunDetail(List<Point> series, List<Flow> flows, List<org.tiercare.outreach.RouteRow> routes,
                        List<List<String>> tours) {
    /** A sampled value: {@code series} names what (e.g. "consult queue (all)", "occupied beds H1"). */
    public record Point(double timeH, String series, double value) {}

    public record Flow(String from, String to, long patients) {}
}
