package org.tiercare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tiercare.stats.StudentInterval;

/**
 * Paired differences of each variant against a baseline under common random numbers. Replication r of
 * every variant uses the same random streams, so variant_r − baseline_r removes most of the noise the two
 * share and the interval of the difference is much narrower than one computed from the two summaries.
 */
public final class Comparison {
    private Comparison() {}

    /** How a difference reads for a decision-maker. */
    public enum Verdict {
        /** Significant, in the better direction. */
        BETTER,
        /** Significant, in the worse direction. */
        WORSE,
        /** Significant change on a metric that is reported, not judged (utilisation, volumes). */
        CHANGED,
        /** The interval includes 0 (or could not be computed). */
        NO_SIGNIFICANT_DIFFERENCE
    }

    private record Key(String scope, String scopeId, String metric) {}

    /**
     * Every variant other than {@code baseline}, for every (scope, scope_id, metric) present in both: the
     * differences variant_r − baseline_r over the replications r both have, skipping those where either value
     * is NaN. Variants and metrics come out in order of first appearance.
     *
     * @throws IllegalArgumentException if the baseline has no rows or a (variant, replication, scope, scope_id,
     *                                  metric) appears twice
     */
    public static List<ComparisonRow> paired(List<MetricRow> rows, String baseline) {
        // variant -> key -> replication -> value
        Map<String, Map<Key, Map<Integer, Double>>> byVariant = new LinkedHashMap<>();
        for (MetricRow r : rows) {
            Map<Integer, Double> reps = byVariant.computeIfAbsent(r.variant(), v -> new LinkedHashMap<>())
                    .computeIfAbsent(new Key(r.scope(), r.scopeId(), r.metric()), k -> new TreeMap<>());
            if (reps.put(r.replication(), r.value()) != null) {
                throw new IllegalArgumentException("duplicate value for variant " + r.variant() + ", replication "
                        + r.replication() + ", " + r.scope() + " " + r.scopeId() + " " + r.metric());
            }
        }
        Map<Key, Map<Integer, Double>> base = byVariant.get(baseline);
        if (base == null) throw new IllegalArgumentException("baseline variant '" + baseline + "' has no results");
        List<ComparisonRow> out = new ArrayList<>();
        byVariant.forEach((variant, keys) -> {
            if (variant.equals(baseline)) return;
            keys.forEach((key, reps) -> {
                Map<Integer, Double> baseReps = base.get(key);
                if (baseReps == null) return;
                List<Double> diffs = new ArrayList<>();
                reps.forEach((rep, v) -> {
                    Double b = baseReps.get(rep);
                    if (b != null && !Double.isNaN(v) && !Double.isNaN(b)) diffs.add(v - b);
                });
                out.add(row(variant, baseline, key, diffs));
            });
        });
        return out;
    }

    private static ComparisonRow row(String variant, String baseline, Key k, List<Double> diffs) {
        StudentInterval ci = StudentInterval.of(diffs);
        return new ComparisonRow(variant, baseline, k.scope(), k.scopeId(), k.metric(), ci.mean(), ci.low(), ci.high(), ci.n());
    }

    /** The interval excludes 0. A difference whose interval is NaN (fewer than two pairs) is not significant. */
    public static boolean significant(ComparisonRow r) {
        if (Double.isNaN(r.diffLow()) || Double.isNaN(r.diffHigh())) return false;
        return r.diffLow() > 0 || r.diffHigh() < 0;
    }

    /**
     * Better, worse, changed (for metrics that are reported but not judged, see {@link Better}) or no
     * significant difference.
     */
    public static Verdict verdict(ComparisonRow r) {
        if (!significant(r)) return Verdict.NO_SIGNIFICANT_DIFFERENCE;
        return switch (MetricFormat.better(r.metric())) {
            case LOWER -> r.diffMean() < 0 ? Verdict.BETTER : Verdict.WORSE;
            case HIGHER -> r.diffMean() > 0 ? Verdict.BETTER : Verdict.WORSE;
            case NEITHER -> Verdict.CHANGED;
        };
    }

    /** Rows of one variant at network scope, in {@link MetricFormat#HEADLINE} order, then any others. */
    public static List<ComparisonRow> networkRows(List<ComparisonRow> rows, String variant) {
        List<ComparisonRow> net = new ArrayList<>();
        for (ComparisonRow r : rows) {
            if (r.variant().equals(variant) && r.scope().equals("network")) net.add(r);
        }
        net.sort(java.util.Comparator.comparingInt(r -> {
            int i = MetricFormat.HEADLINE.indexOf(r.metric());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return net;
    }
}
