package org.tiercare.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code occupancy.csv}: in one replication, the share of the measured time a ward had
 * exactly {@code bedsInUse} beds occupied, and the share of time it had at least that many
 * ({@code pAtLeast}, the survival function bed-planning studies read off: "P(≥ 95 % of beds in use)").
 */
public record OccupancyRow(String variant, int replication, String facility, int bedsInUse, double timeShare,
                           double pAtLeast) {

    /**
     * The rows n = 0..beds of one ward from the hours it spent at each occupancy ({@code hoursAt[n]}).
     * Shares are of the hours' total (the measured period); P(≥ n) sums the shares from the top, so small
     * tail probabilities keep their precision, and P(≥ 0) is 1 by definition. All NaN when no time was measured.
     */
    public static List<OccupancyRow> of(String variant, int replication, String facility, double[] hoursAt) {
        double total = 0;
        for (double h : hoursAt) total += h;
        double[] share = new double[hoursAt.length];
        for (int n = 0; n < hoursAt.length; n++) share[n] = total > 0 ? hoursAt[n] / total : Double.NaN;
        double[] atLeast = new double[hoursAt.length];
        double tail = 0;
        for (int n = hoursAt.length - 1; n >= 0; n--) {
            tail += share[n];
            // Rounding may carry a sum of shares a hair above 1; a probability never is.
            atLeast[n] = n == 0 && total > 0 ? 1.0 : Math.min(1.0, tail);
        }
        List<OccupancyRow> rows = new ArrayList<>(hoursAt.length);
        for (int n = 0; n < hoursAt.length; n++) rows.add(new OccupancyRow(variant, replication, facility, n, share[n], atLeast[n]));
        return rows;
    }
}
