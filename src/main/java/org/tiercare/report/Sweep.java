package org.tiercare.report;

import java.util.List;

/**
 * A parameter sweep as the report sees it.
 *
 * @param lever  the scenario path that was varied, e.g. {@code policy.reserved_slot_share}
 * @param points the variant of each lever value
 */
public record Sweep(String lever, List<SweepPoint> points) {
    public Sweep {
        points = List.copyOf(points);
    }

    /** The lever value of a variant, or NaN if the variant is not part of the sweep. */
    public double valueOf(String variant) {
        for (SweepPoint p : points) if (p.variant().equals(variant)) return p.leverValue();
        return Double.NaN;
    }
}
