package org.tiercare.stats;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean and 95 % Student-t interval of independent values (replications, or paired differences of
 * replications). One value: the interval is NaN; exactly zero variance: low = high = mean.
 */
public record StudentInterval(double mean, double low, double high, int n) {

    public static StudentInterval of(List<Double> values) {
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
            double half = sd == 0 ? 0 : quantile975(n - 1) * sd / Math.sqrt(n);
            low = mean - half;
            high = mean + half;
        }
        return new StudentInterval(mean, low, high, n);
    }

    /** The 97.5 % quantile of Student's t with {@code df} degrees of freedom. */
    public static double quantile975(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }
}
