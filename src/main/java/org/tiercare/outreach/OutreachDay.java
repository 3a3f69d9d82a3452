package org.tiercare.outreach;

import java.util.HashSet;
import java.util.List;

/**
 * One day's outreach problem: specialists leave the hospital, hold a session at clinics, return.
 * All times in hours of the day.
 *
 * @param travelH square matrix over [hospital, clinic_0, clinic_1, ...]; need not be symmetric
 * @param shiftStartH when specialists may leave the hospital
 * @param shiftEndH when they must be back
 * @param windowOpenH a session must start at or after this
 * @param windowCloseH and end by this
 */
public record OutreachDay(String hospitalId, int specialists, List<String> clinicIds,
                          double[][] travelH,
                          double shiftStartH, double shiftEndH,
                          double windowOpenH, double windowCloseH,
                          double sessionH) {

    public OutreachDay {
        clinicIds = List.copyOf(clinicIds);
        if (new HashSet<>(clinicIds).size() != clinicIds.size() || clinicIds.contains(hospitalId)) {
            throw new IllegalArgumentException("clinic ids must be unique and differ from the hospital id");
        }
        if (specialists < 0) throw new IllegalArgumentException("specialists < 0: " + specialists);
        int n = clinicIds.size() + 1;
        if (travelH.length != n) throw new IllegalArgumentException("travelH must be " + n + "x" + n);
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (travelH[i].length != n) throw new IllegalArgumentException("travelH must be " + n + "x" + n);
            for (double t : travelH[i]) {
                if (!(t >= 0) || Double.isInfinite(t)) throw new IllegalArgumentException("travel time must be finite and >= 0: " + t);
            }
            copy[i] = travelH[i].clone();  // the planner must not see later edits by the caller
        }
        travelH = copy;
        if (!(shiftStartH <= shiftEndH)) throw new IllegalArgumentException("shift start after shift end");
        if (!(windowOpenH <= windowCloseH)) throw new IllegalArgumentException("window opens after it closes");
        if (!(sessionH > 0) || Double.isInfinite(sessionH)) throw new IllegalArgumentException("sessionH must be > 0");
    }

    /** Matrix index of clinic {@code i} (0 is the hospital). */
    static int node(int clinic) { return clinic + 1; }
}
