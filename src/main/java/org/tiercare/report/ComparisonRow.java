package org.tiercare.report;

/**
 * A variant against the baseline on one metric: the mean of the paired per-replication differences
 * (variant − baseline) with its 95 % Student-t interval; a row of {@code compare.csv}. With fewer than two
 * pairs the interval is NaN.
 */
public record ComparisonRow(String variant, String baseline, String scope, String scopeId, String metric,
                            double diffMean, double diffLow, double diffHigh, int replications) {

    /** The interval excludes 0 (a NaN interval is never significant). */
    public boolean significant() { return Comparison.significant(this); }
}
