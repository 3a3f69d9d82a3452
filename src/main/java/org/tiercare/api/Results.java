package org.tiercare.api;

import java.util.List;
import java.util.Optional;
import org.tiercare.report.ComparisonRow;
import org.tiercare.report.MetricRow;
import org.tiercare.report.SummaryRow;

/**
 * What {@link Tiercare} ran, as the rows of the CSV files a results folder holds.
 *
 * @param replications every replication's value ({@code replications.csv})
 * @param summary      mean and 95 % Student-t interval over replications ({@code summary.csv})
 * @param comparison   paired differences of each variant against the first ({@code compare.csv}); empty for one
 */
public record Results(List<MetricRow> replications, List<SummaryRow> summary, List<ComparisonRow> comparison) {
    public Results {
        replications = List.copyOf(replications);
        summary = List.copyOf(summary);
        comparison = List.copyOf(comparison);
    }

    /** The summary row of a variant, scope ({@code network}, {@code grid}, {@code tier}, {@code facility}), id and metric. */
    public Optional<SummaryRow> row(String variant, String scope, String scopeId, String metric) {
        return summary.stream().filter(r -> r.variant().equals(variant) && r.scope().equals(scope)
                && r.scopeId().equals(scopeId) && r.metric().equals(metric)).findFirst();
    }

    /** The mean of that row, NaN when the metric was never defined there. */
    public double mean(String variant, String scope, String scopeId, String metric) {
        return row(variant, scope, scopeId, metric).map(SummaryRow::mean).orElse(Double.NaN);
    }

    /** The mean of the only (or first) variant. */
    public double mean(String scope, String scopeId, String metric) {
        return summary.isEmpty() ? Double.NaN : mean(summary.get(0).variant(), scope, scopeId, metric);
    }
}
