package org.tiercare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.stats.StudentInterval;

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
        StudentInterval ci = StudentInterval.of(values);
        return new SummaryRow(k.variant(), k.scope(), k.scopeId(), k.metric(), ci.mean(), ci.low(), ci.high(), ci.n());
    }
}
