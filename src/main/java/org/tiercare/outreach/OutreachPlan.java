package org.tiercare.outreach;

import java.util.ArrayList;
import java.util.List;

/** The planned tours, the clinics left without a session, and the total travel of all tours in hours. */
public record OutreachPlan(List<Tour> tours, List<String> unvisitedClinics, double totalTravelH) {
    public OutreachPlan {
        tours = List.copyOf(tours);
        unvisitedClinics = List.copyOf(unvisitedClinics);
    }

    /** Rows for {@code outreach_routes.csv}; see {@link RouteRow} for the return row. */
    public List<RouteRow> rows(int replication, int day, String hospital) {
        List<RouteRow> rows = new ArrayList<>();
        for (Tour t : tours) {
            double prevEnd = t.departH();
            int seq = 1;
            for (Visit v : t.visits()) {
                rows.add(new RouteRow(replication, day, hospital, t.specialist(), seq++, v.clinicId(),
                        v.arriveH(), v.startH(), v.endH(), leg(v.arriveH() - prevEnd)));
                prevEnd = v.endH();
            }
            rows.add(new RouteRow(replication, day, hospital, t.specialist(), seq, hospital,
                    t.returnH(), t.returnH(), t.returnH(), leg(t.returnH() - prevEnd)));
        }
        return rows;
    }

    /**
     * A leg recovered from the schedule carries the rounding of the additions that built it
     * (0.30000000000000004): rounding to 1e-9 h (a few microseconds) gives back the matrix value.
     */
    private static double leg(double h) { return Math.round(h * 1e9) / 1e9; }
}
