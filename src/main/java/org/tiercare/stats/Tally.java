package org.tiercare.stats;

import org.HdrHistogram.Histogram;

/**
 * Count, mean, variance (Welford), min, max and, optionally, quantiles of observations. Quantiles come
 * from an HdrHistogram with 3 significant digits, so memory is bounded whatever the number of
 * observations, and tallies of several facilities can be merged into one for a grid or the network.
 */
public final class Tally implements Resettable {
    private long count;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private final boolean quantiles;
    /**
     * Allocated at the first observation: a run keeps several tallies per facility and scope, and many never see
     * a value (the bed waits of a facility without beds). Its counts grow only as far as the largest value seen
     * (auto-resizing): a fixed range up to 10^10 units took 200 kB per tally, two per facility, which at city scale
     * (hundreds of facilities) was a sizeable part of the heap, and a larger array to miss the cache in on every
     * wait recorded. The buckets (3 significant digits above one unit) do not depend on the range, so quantiles
     * are the same; the array grows a few times early in a run and then never again.
     */
    private Histogram histogram;
    /**
     * Values not yet in the histogram. A run records a wait into one of hundreds of histograms per consult, each
     * a cold object and counts array by then; recording them 64 at a time touches each histogram once per batch
     * (the counts are the same whatever the order values are added in, so quantiles do not change).
     */
    private long[] pending;
    private int pendingCount;
    private static final int BATCH = 64;
    /**
     * Quantiles are kept in units of 1/1000 (of an hour, for waits: 3.6 s) in an integer histogram, values clamped
     * to 10^10 units (over 1,000 years), 3 significant digits above one unit, far finer than any planner's question.
     */
    private static final double UNITS = 1000.0;
    private static final long HIGHEST = 10_000_000_000L;

    public Tally(boolean quantiles) {
        this.quantiles = quantiles;
    }

    private Histogram histogram() {
        if (histogram == null) histogram = new Histogram(3);
        return histogram;
    }

    public void add(double x) {
        count++;
        double d = x - mean;
        mean += d / count;
        m2 += d * (x - mean);
        if (x < min) min = x;
        if (x > max) max = x;
        if (quantiles) {
            if (pending == null) pending = new long[BATCH];
            pending[pendingCount++] = Math.min(HIGHEST, Math.max(0L, Math.round(x * UNITS)));
            if (pendingCount == BATCH) flush();
        }
    }

    /** Moves the pending values into the histogram; call before reading or merging it. */
    private void flush() {
        if (pendingCount == 0) return;
        Histogram h = histogram();
        for (int i = 0; i < pendingCount; i++) h.recordValue(pending[i]);
        pendingCount = 0;
    }

    /** Adds all observations of {@code other} (Chan et al. parallel variance). */
    public void merge(Tally other) {
        if (other.count == 0) return;
        long n = count + other.count;
        double d = other.mean - mean;
        mean += d * other.count / n;
        m2 += other.m2 + d * d * count * (double) other.count / n;
        count = n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        other.flush();
        flush();
        if (quantiles && other.histogram != null) histogram().add(other.histogram);
    }

    @Override
    public void reset(double time) {
        count = 0;
        mean = 0;
        m2 = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        pendingCount = 0;
        if (histogram != null) histogram.reset();
    }

    public long count() { return count; }
    public double mean() { return count > 0 ? mean : Double.NaN; }
    public double sum() { return mean * count; }
    public double variance() { return count > 1 ? m2 / (count - 1) : Double.NaN; }
    public double min() { return count > 0 ? min : Double.NaN; }
    public double max() { return count > 0 ? max : Double.NaN; }

    /** The p-quantile (p in [0, 1]); NaN when empty or when quantiles are not tracked. */
    public double quantile(double p) {
        flush();
        if (histogram == null || count == 0) return Double.NaN;
        return histogram.getValueAtPercentile(p * 100.0) / UNITS;
    }
}
