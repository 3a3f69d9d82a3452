package org.tiercare.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiercare.loader.ScenarioException;
import org.tiercare.report.ScorecardRow;
import org.tiercare.report.ScorecardRow.Status;

/**
 * The smallest (or largest) value of one lever at which every chosen target is met with 95 % confidence.
 *
 * <p>Method: a coarse grid of {@value #GRID} evenly spaced values shows where the targets start to be met and
 * whether the response is monotone; bisection then narrows the bracket to the tolerance. Each point runs the
 * same replications (common random numbers: replication r of every point draws from the same streams), so
 * neighbouring points differ by the lever, not by luck. A point whose verdict is uncertain — a target's interval
 * straddles it — gets more replications, doubling up to the cap, since points near the boundary are exactly those
 * whose verdict the noise decides; still uncertain at the cap, it counts as not met (the search wants confidence).
 * Bisection assumes the targets, once met, stay met as the lever grows (shrinks, when maximising); the grid and
 * every point tried are checked for a met point followed by an unmet one, which is reported as not monotone.
 */
public final class Optimiser {
    /** Points of the first, coarse pass (both ends included). */
    public static final int GRID = 5;

    /**
     * What to search.
     *
     * @param targets    ids of the scenario's targets to meet; empty for all of them
     * @param integer    whether the lever takes whole values only (doctors, beds)
     * @param tolerance  the bracket is narrowed until it is this narrow (or one step, for whole values)
     */
    public record Spec(Path file, List<String> overrides, String lever, double lo, double hi, boolean minimise,
                       Set<String> targets, boolean integer, double tolerance, int replications, int maxReplications,
                       int threads) {}

    /** One value tried: its variant, the replications it rests on, and its targets' scorecard rows. */
    public record Point(double value, Variant variant, int replications, Status status, List<ScorecardRow> rows) {}

    /**
     * The outcome: {@code found} is null when no value in the range meets the targets with confidence;
     * {@code notMonotone} lists the values after which the targets stop being met again.
     */
    public record Result(Double found, List<Point> tried, List<Double> notMonotone, Map<String, Experiment.Outcome> done) {}

    private final Spec spec;
    private final Experiment.Progress progress;
    private final Map<Double, Point> tried = new LinkedHashMap<>();
    private final Map<String, Experiment.Outcome> done = new LinkedHashMap<>();

    private Optimiser(Spec spec, Experiment.Progress progress) {
        this.spec = spec;
        this.progress = progress;
    }

    public static Result search(Spec spec, Experiment.Progress progress) throws ScenarioException, InterruptedException {
        return new Optimiser(spec, progress).search();
    }

    private Result search() throws ScenarioException, InterruptedException {
        List<Double> grid = new ArrayList<>();
        for (int i = 0; i < GRID; i++) {
            double v = round(spec.lo() + (spec.hi() - spec.lo()) * i / (GRID - 1));
            if (!grid.contains(v)) grid.add(v);
        }
        // Walk from the end where targets should be met towards the other, so "met" comes first.
        if (spec.minimise()) java.util.Collections.reverse(grid);
        // Every grid point runs, so that a response that is met, then not, then met again shows.
        List<Boolean> verdicts = new ArrayList<>();
        for (double v : grid) verdicts.add(met(v));
        Double good = null, bad = null;
        for (int i = 0; i < grid.size(); i++) {
            if (verdicts.get(i)) good = grid.get(i);
            else {
                bad = grid.get(i);
                break;
            }
        }
        if (good != null && bad != null) {
            while (Math.abs(good - bad) > step()) {
                double mid = round((good + bad) / 2);
                if (mid == good || mid == bad) break;
                if (met(mid)) good = mid;
                else bad = mid;
            }
        }
        List<Point> points = new ArrayList<>(tried.values());
        points.sort(Comparator.comparingDouble(Point::value));
        return new Result(good, points, notMonotone(points), done);
    }

    /** How close the bracket must come: the tolerance, or one whole step. */
    private double step() { return spec.integer() ? 1 : spec.tolerance(); }

    private double round(double v) { return spec.integer() ? Math.round(v) : v; }

    /** Runs the point (more replications while uncertain, up to the cap) and says whether its targets are all met. */
    private boolean met(double value) throws ScenarioException, InterruptedException {
        Point p = tried.get(value);
        if (p != null) return p.status() == Status.MET;
        Variant v = Variants.point(spec.file(), spec.overrides(), spec.lever(), value);
        int n = spec.replications();
        Experiment.Outcome outcome = Experiment.run(v.scenario(), v.id(), 1, n, spec.threads(), progress);
        Status status;
        List<ScorecardRow> rows;
        while (true) {
            if (Thread.currentThread().isInterrupted() || outcome.completed() < n) throw new InterruptedException();
            rows = targetRows(v, outcome);
            status = overall(rows);
            if (status != Status.UNCERTAIN || n >= spec.maxReplications()) break;
            int more = Math.min(n, spec.maxReplications() - n);
            outcome = Experiment.concat(outcome, Experiment.run(v.scenario(), v.id(), n + 1, more, spec.threads(), progress));
            n += more;
        }
        done.put(v.id(), outcome);
        tried.put(value, new Point(value, v, n, status, rows));
        return status == Status.MET;
    }

    private List<ScorecardRow> targetRows(Variant v, Experiment.Outcome outcome) {
        return Scorecard.of(List.of(v), List.of(), outcome.rows()).stream()
                .filter(ScorecardRow::outcome)
                .filter(r -> spec.targets().isEmpty() || spec.targets().contains(r.rule()))
                .toList();
    }

    /** All met → met; any not met → not met; else uncertain. No targets at all is not met: there is nothing to show. */
    static Status overall(List<ScorecardRow> rows) {
        if (rows.isEmpty()) return Status.NOT_MET;
        if (rows.stream().anyMatch(r -> r.status() == Status.NOT_MET)) return Status.NOT_MET;
        if (rows.stream().anyMatch(r -> r.status() == Status.UNCERTAIN)) return Status.UNCERTAIN;
        return Status.MET;
    }

    /** Values after which, in the direction the targets should improve, a met point is followed by an unmet one. */
    private List<Double> notMonotone(List<Point> byValue) {
        List<Point> order = new ArrayList<>(byValue);
        if (!spec.minimise()) java.util.Collections.reverse(order);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i + 1 < order.size(); i++) {
            if (order.get(i).status() == Status.MET && order.get(i + 1).status() != Status.MET) out.add(order.get(i).value());
        }
        return out;
    }

    /** The tried points' targets as one scorecard, in value order, each under its own variant. */
    public static List<ScorecardRow> scorecard(Result r) {
        List<ScorecardRow> out = new ArrayList<>();
        for (Point p : r.tried()) out.addAll(p.rows());
        return out;
    }
}
