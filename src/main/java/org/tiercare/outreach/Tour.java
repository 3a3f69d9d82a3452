package org.tiercare.outreach;

import java.util.List;

/**
 * One specialist's day: leaves the hospital at {@code departH}, holds the sessions in order, is back at
 * {@code returnH}; {@code travelH} is the sum of all legs including the way back.
 */
public record Tour(int specialist, List<Visit> visits, double departH, double returnH, double travelH) {
    public Tour {
        visits = List.copyOf(visits);
    }
}
