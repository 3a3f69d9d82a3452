package org.tiercare.stats;

import org.HdrHistogram.DoubleHistogram;
import org.tiercare.engine.Resettable;

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
    private final DoubleHistogram histogram;
    /**
     * A DoubleHistogram cannot span more than ~2^53 between its smallest and largest non-zero value: a
     * rounding-size wait (1e-13 h) and a 1000 h wait in one tally throw. Values this small are zero for
     * any healthcare duration, and the floor still leaves room up to ~9e6.
     */
    private static final double HISTOGRAM_FLOOR = 1e-9;

    public Tally(boolean quantiles) {
        this.histogram = quantiles ? new DoubleHistogram(3) : null;
    }

    public void add(double x) {
        count++;
        double d = x - mean;
        mean += d / count;
        m2 += d * (x - mean);
        if (x < min) min = x;
        if (x > max) max = x;
        if (histogram != null) histogram.recordValue(x < HISTOGRAM_FLOOR ? 0.0 : x);
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
        if (histogram != null && other.histogram != null) histogram.add(other.histogram);
    }

    @Override
    public void reset(double time) {
        count = 0;
        mean = 0;
        m2 = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
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
        if (histogram == null || count == 0) return Double.NaN;
        return histogram.getValueAtPercentile(p * 100.0);
    }
}
