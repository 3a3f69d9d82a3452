package org.tiercare.report;

import java.util.List;

/**
 * A parameter sweep as the report sees it, or the points an optimisation tried.
 *
 * @param lever   the scenario path that was varied, e.g. {@code policy.reserved_slot_share}
 * @param points  the variant of each lever value
 * @param targets network targets to draw as lines on the charts of their metrics (may be empty)
 * @param optimum what an optimisation found, or null for a plain sweep
 */
public record Sweep(String lever, List<SweepPoint> points, List<Target> targets, Optimum optimum) {
    public Sweep {
        points = List.copyOf(points);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public Sweep(String lever, List<SweepPoint> points) { this(lever, points, List.of(), null); }

    /** A target line: the metric (network scope), {@code <=} or {@code >=}, the value in the metric's CSV unit. */
    public record Target(String id, String metric, String op, double value) {}

    /**
     * The result of {@code tiercare optimise}.
     *
     * @param minimise     whether the smallest lever value was sought (else the largest)
     * @param found        the value found, NaN when no value in the range meets the targets with confidence
     * @param replications replications the found point rests on (0 when none found)
     * @param targets      ids of the targets that had to be met
     * @param notMonotone  lever values after which the targets stop being met again (empty: monotone as far as seen)
     * @param searchSeconds wall time of the search (the results folder then reuses its replications)
     */
    public record Optimum(boolean minimise, double lo, double hi, double found, int replications, List<String> targets,
                          List<Double> notMonotone, double searchSeconds) {
        public Optimum {
            targets = List.copyOf(targets);
            notMonotone = List.copyOf(notMonotone);
        }
    }

    /** The lever value of a variant, or NaN if the variant is not part of the sweep. */
    public double valueOf(String variant) {
        for (SweepPoint p : points) if (p.variant().equals(variant)) return p.leverValue();
        return Double.NaN;
    }
}
