package org.tiercare.dist;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.EnumeratedRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.random.LxmGenerator;

/**
 * A probability distribution as written in a scenario: plain immutable data. {@link #sampler} binds
 * it to one random stream (commons-math3 does the sampling). Durations are in hours.
 */
public sealed interface Distribution {

    /** Binds the distribution to a stream; the returned sampler draws only from that stream. */
    Sampler sampler(RandomGenerator rng);

    double mean();

    /** A short human form, e.g. {@code exponential(mean=0.25)}. */
    String describe();

    record Exponential(double mean) implements Distribution {
        public Sampler sampler(RandomGenerator rng) {
            // The JDK ziggurat is ~6x faster than commons-math's sampler, and this is the hottest draw.
            if (rng instanceof LxmGenerator lxm) return () -> mean * lxm.nextExponential();
            ExponentialDistribution d = new ExponentialDistribution(rng, mean);
            return d::sample;
        }
        public String describe() { return "exponential(mean=" + mean + ")"; }
    }

    record Deterministic(double value) implements Distribution {
        public Sampler sampler(RandomGenerator rng) { return () -> value; }
        public double mean() { return value; }
        public String describe() { return "deterministic(" + value + ")"; }
    }

    record Uniform(double min, double max) implements Distribution {
        public Sampler sampler(RandomGenerator rng) {
            if (min == max) return () -> min;
            UniformRealDistribution d = new UniformRealDistribution(rng, min, max);
            return d::sample;
        }
        public double mean() { return (min + max) / 2; }
        public String describe() { return "uniform(min=" + min + ", max=" + max + ")"; }
    }

    record Triangular(double min, double mode, double max) implements Distribution {
        public Sampler sampler(RandomGenerator rng) {
            TriangularDistribution d = new TriangularDistribution(rng, min, mode, max);
            return d::sample;
        }
        public double mean() { return (min + mode + max) / 3; }
        public String describe() { return "triangular(min=" + min + ", mode=" + mode + ", max=" + max + ")"; }
    }

    /** Normal truncated at 0 (a duration cannot be negative): negative draws are redrawn. */
    record TruncatedNormal(double mu, double sd) implements Distribution {
        public Sampler sampler(RandomGenerator rng) {
            if (sd == 0) return () -> Math.max(0, mu);
            NormalDistribution d = new NormalDistribution(rng, mu, sd);
            return () -> {
                for (int i = 0; i < 1000; i++) {
                    double x = d.sample();
                    if (x >= 0) return x;
                }
                return 0.0;
            };
        }
        /** Mean of the normal truncated at 0. */
        public double mean() {
            if (sd == 0) return Math.max(0, mu);
            NormalDistribution std = new NormalDistribution(0, 1);
            double alpha = -mu / sd;
            return mu + sd * std.density(alpha) / (1 - std.cumulativeProbability(alpha));
        }
        public String describe() { return "normal(mean=" + mu + ", sd=" + sd + ", truncated at 0)"; }
    }

    /** Lognormal given the mean and standard deviation of the variable itself (how data are reported). */
    record LogNormal(double mean, double sd) implements Distribution {
        public Sampler sampler(RandomGenerator rng) {
            if (sd == 0) return () -> mean;
            double sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
            double mu = Math.log(mean) - sigma2 / 2;
            LogNormalDistribution d = new LogNormalDistribution(rng, mu, Math.sqrt(sigma2));
            return d::sample;
        }
        public String describe() { return "lognormal(mean=" + mean + ", sd=" + sd + ")"; }
    }

    record Gamma(double shape, double scale) implements Distribution {
        public Sampler sampler(RandomGenerator rng) {
            GammaDistribution d = new GammaDistribution(rng, shape, scale);
            return d::sample;
        }
        public double mean() { return shape * scale; }
        public String describe() { return "gamma(shape=" + shape + ", scale=" + scale + ")"; }
    }

    record Weibull(double shape, double scale) implements Distribution {
        public Sampler sampler(RandomGenerator rng) {
            WeibullDistribution d = new WeibullDistribution(rng, shape, scale);
            return d::sample;
        }
        public double mean() { return new WeibullDistribution(null, shape, scale).getNumericalMean(); }
        public String describe() { return "weibull(shape=" + shape + ", scale=" + scale + ")"; }
    }

    /** A discrete distribution over observed values with their weights (weights need not sum to 1). */
    record Empirical(double[] values, double[] weights) implements Distribution {
        public Sampler sampler(RandomGenerator rng) {
            EnumeratedRealDistribution d = new EnumeratedRealDistribution(rng, values, weights);
            return d::sample;
        }
        public double mean() {
            double s = 0, w = 0;
            for (int i = 0; i < values.length; i++) {
                s += values[i] * weights[i];
                w += weights[i];
            }
            return s / w;
        }
        public String describe() { return "empirical(values=" + Arrays.toString(values) + ", weights=" + Arrays.toString(weights) + ")"; }
        @Override public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(values, e.values) && Arrays.equals(weights, e.weights);
        }
        @Override public int hashCode() { return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights); }
        @Override public String toString() { return describe(); }
    }

    /**
     * A mixture: with probability ∝ {@code weights[i]}, a draw from {@code components[i]} — e.g. lengths of stay of
     * patients discharged home and of those going on to rehabilitation. The choice and the component's draw use the
     * same stream, one uniform for the choice first.
     */
    record Mixture(double[] weights, List<Distribution> components) implements Distribution {
        public Mixture {
            weights = weights.clone();
            components = List.copyOf(components);
        }

        public Sampler sampler(RandomGenerator rng) {
            int n = components.size();
            double[] cumulative = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) cumulative[i] = total += weights[i];
            Sampler[] parts = new Sampler[n];
            for (int i = 0; i < n; i++) parts[i] = components.get(i).sampler(rng);
            double sum = total;
            return () -> {
                double u = rng.nextDouble() * sum;
                int k = 0;
                while (k < n - 1 && u >= cumulative[k]) k++;
                return parts[k].sample();
            };
        }

        public double mean() {
            double s = 0, w = 0;
            for (int i = 0; i < weights.length; i++) {
                s += weights[i] * components.get(i).mean();
                w += weights[i];
            }
            return s / w;
        }

        public String describe() {
            StringBuilder b = new StringBuilder("mixture(");
            for (int i = 0; i < weights.length; i++) {
                if (i > 0) b.append(", ");
                b.append(weights[i]).append(" × ").append(components.get(i).describe());
            }
            return b.append(')').toString();
        }

        @Override public boolean equals(Object o) {
            return o instanceof Mixture m && Arrays.equals(weights, m.weights) && components.equals(m.components);
        }
        @Override public int hashCode() { return 31 * Arrays.hashCode(weights) + components.hashCode(); }
        @Override public String toString() { return describe(); }
    }
}
