package org.tiercare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/** Reduces per-replication values to means with 95 % Student-t confidence intervals. */
public final class Summary {
    private Summary() {}

    private record Key(String variant, String scope, String scopeId, String metric) {}

    /**
     * Groups by (variant, scope, scopeId, metric) in order of first appearance, so the summary lists
     * metrics in the order the model reports them. NaN values (metric undefined in a replication, e.g. a
     * mean wait with no patients) are left out and not counted as replications.
     */
    public static List<SummaryRow> of(List<MetricRow> rows) {
        Map<Key, List<Double>> groups = new LinkedHashMap<>();
        for (MetricRow r : rows) {
            List<Double> values = groups.computeIfAbsent(
                    new Key(r.variant(), r.scope(), r.scopeId(), r.metric()), k -> new ArrayList<>());
            if (!Double.isNaN(r.value())) values.add(r.value());
        }
        List<SummaryRow> out = new ArrayList<>(groups.size());
        groups.forEach((k, values) -> out.add(row(k, values)));
        return out;
    }

    private static SummaryRow row(Key k, List<Double> values) {
        int n = values.size();
        double mean = Double.NaN, low = Double.NaN, high = Double.NaN;
        if (n > 0) {
            double sum = 0;
            for (double v : values) sum += v;
            mean = sum / n;
        }
        if (n > 1) {
            double ss = 0;
            for (double v : values) ss += (v - mean) * (v - mean);
            double sd = Math.sqrt(ss / (n - 1));
            // Exactly zero variance (e.g. a capacity): the t quantile is irrelevant, keep low = high = mean.
            double half = sd == 0 ? 0 : new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
            low = mean - half;
            high = mean + half;
        }
        return new SummaryRow(k.variant(), k.scope(), k.scopeId(), k.metric(), mean, low, high, n);
    }
}
