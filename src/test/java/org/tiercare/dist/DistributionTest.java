package org.tiercare.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.tiercare.random.RandomStreams;

/**
 * Each family of durations draws what its parameters say: mean, variance and, for the continuous ones, the whole
 * shape (Kolmogorov–Smirnov against the CDF written out here by hand, not taken from the sampler's own object).
 * Means alone are not enough: gamma(shape 2.5, scale 0.4) and gamma(0.4, 2.5) both have mean 1 (variances 0.4 and 2.5).
 */
class DistributionTest {
    private static final int N = 200_000;

    private static final List<Distribution> KINDS = List.of(
            new Distribution.Exponential(0.25),
            new Distribution.Deterministic(1.5),
            new Distribution.Uniform(0.5, 2.0),
            new Distribution.Triangular(0.1, 0.3, 1.0),
            new Distribution.TruncatedNormal(0.5, 1.0), // ~31 % of the normal lies below 0
            new Distribution.LogNormal(2.0, 3.0),
            new Distribution.Gamma(2.5, 0.4),
            new Distribution.Weibull(1.5, 2.0),
            new Distribution.Empirical(new double[] {1, 2, 5}, new double[] {3, 1, 1}),
            // Stays of patients going home (70 %) and of those going on to rehabilitation (30 %).
            new Distribution.Mixture(new double[] {7, 3}, List.of(new Distribution.LogNormal(5, 2), new Distribution.Exponential(20))));

    private static RandomGenerator rng(String name) { return new RandomStreams(2024, 1).stream(name); }

    private record Moments(double mean, double sd, double min) {}

    private static Moments draw(Distribution d, String stream) {
        Sampler s = d.sampler(rng(stream));
        double sum = 0, sumSq = 0, min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < N; i++) {
            double x = s.sample();
            sum += x;
            sumSq += x * x;
            min = Math.min(min, x);
        }
        double mean = sum / N;
        return new Moments(mean, Math.sqrt(Math.max(0, (sumSq - N * mean * mean) / (N - 1))), min);
    }

    @Test
    void everyKindIsCovered() {
        Set<Class<?>> tested = new HashSet<>();
        KINDS.forEach(d -> tested.add(d.getClass()));
        assertEquals(Set.of(Distribution.class.getPermittedSubclasses()), tested, "add new kinds to KINDS");
    }

    @Test
    void sampleMeanWithinFourStandardErrorsOfMean() {
        for (Distribution d : KINDS) {
            Moments m = draw(d, "mean/" + d.getClass().getSimpleName());
            double se = m.sd() / Math.sqrt(N);
            assertEquals(d.mean(), m.mean(), 4 * se + 1e-12, d.describe() + " sample mean " + m.mean());
        }
    }

    /** Variance of each kind of {@link #KINDS}, from its formula. */
    private static double variance(Distribution d) {
        NormalDistribution z = new NormalDistribution(0, 1);
        if (d instanceof Distribution.Exponential e) return e.mean() * e.mean();
        if (d instanceof Distribution.Deterministic) return 0;
        if (d instanceof Distribution.Uniform u) return Math.pow(u.max() - u.min(), 2) / 12;
        if (d instanceof Distribution.Triangular t) {
            return (t.min() * t.min() + t.mode() * t.mode() + t.max() * t.max()
                    - t.min() * t.mode() - t.min() * t.max() - t.mode() * t.max()) / 18;
        }
        if (d instanceof Distribution.TruncatedNormal n) {
            // Normal truncated below at 0: with a = -mu/sd and hazard h = phi(a)/(1 - Phi(a)), var = sd^2 (1 + a h - h^2).
            double a = -n.mu() / n.sd(), h = z.density(a) / (1 - z.cumulativeProbability(a));
            return n.sd() * n.sd() * (1 + a * h - h * h);
        }
        if (d instanceof Distribution.LogNormal l) return l.sd() * l.sd();
        if (d instanceof Distribution.Gamma g) return g.shape() * g.scale() * g.scale();
        if (d instanceof Distribution.Weibull w) {
            return w.scale() * w.scale() * (Gamma.gamma(1 + 2 / w.shape()) - Math.pow(Gamma.gamma(1 + 1 / w.shape()), 2));
        }
        if (d instanceof Distribution.Mixture x) {
            // E[X^2] of a mixture is the weighted E[X_i^2] = var_i + mean_i^2 of its components.
            double sw = 0, m2 = 0;
            for (int i = 0; i < x.weights().length; i++) {
                Distribution c = x.components().get(i);
                sw += x.weights()[i];
                m2 += x.weights()[i] * (variance(c) + c.mean() * c.mean());
            }
            return m2 / sw - x.mean() * x.mean();
        }
        Distribution.Empirical e = (Distribution.Empirical) d;
        double sw = 0, m1 = 0, m2 = 0;
        for (int i = 0; i < e.values().length; i++) {
            sw += e.weights()[i];
            m1 += e.weights()[i] * e.values()[i];
            m2 += e.weights()[i] * e.values()[i] * e.values()[i];
        }
        return m2 / sw - (m1 / sw) * (m1 / sw);
    }

    /** The CDF of each continuous kind, written from its definition (null for the discrete ones). */
    private static DoubleUnaryOperator cdf(Distribution d) {
        NormalDistribution z = new NormalDistribution(0, 1);
        if (d instanceof Distribution.Exponential e) return x -> x <= 0 ? 0 : 1 - Math.exp(-x / e.mean());
        if (d instanceof Distribution.Uniform u) return x -> Math.min(1, Math.max(0, (x - u.min()) / (u.max() - u.min())));
        if (d instanceof Distribution.Triangular t) {
            double a = t.min(), c = t.mode(), b = t.max();
            return x -> x <= a ? 0 : x <= c ? (x - a) * (x - a) / ((b - a) * (c - a))
                    : x < b ? 1 - (b - x) * (b - x) / ((b - a) * (b - c)) : 1;
        }
        if (d instanceof Distribution.TruncatedNormal n) {
            double below = z.cumulativeProbability(-n.mu() / n.sd());
            return x -> x <= 0 ? 0 : (z.cumulativeProbability((x - n.mu()) / n.sd()) - below) / (1 - below);
        }
        if (d instanceof Distribution.LogNormal l) {
            // Parameters of log X from the mean m and sd s of X: sigma^2 = ln(1 + s^2/m^2), mu = ln m - sigma^2/2.
            double sigma2 = Math.log(1 + l.sd() * l.sd() / (l.mean() * l.mean()));
            double mu = Math.log(l.mean()) - sigma2 / 2;
            return x -> x <= 0 ? 0 : z.cumulativeProbability((Math.log(x) - mu) / Math.sqrt(sigma2));
        }
        if (d instanceof Distribution.Gamma g) {
            GammaDistribution ref = new GammaDistribution(g.shape(), g.scale());
            return x -> x <= 0 ? 0 : ref.cumulativeProbability(x);
        }
        if (d instanceof Distribution.Weibull w) return x -> x <= 0 ? 0 : 1 - Math.exp(-Math.pow(x / w.scale(), w.shape()));
        if (d instanceof Distribution.Mixture m) {
            // The weighted CDFs of continuous components (the test's mixture has no discrete one).
            double sw = Arrays.stream(m.weights()).sum();
            return x -> {
                double f = 0;
                for (int i = 0; i < m.weights().length; i++) f += m.weights()[i] / sw * cdf(m.components().get(i)).applyAsDouble(x);
                return f;
            };
        }
        return null;
    }

    /**
     * Sample variance within 5 standard errors of the formula's; the standard error of a sample variance is
     * sqrt((m4 - s^4) / n), with the fourth central moment m4 estimated from the same sample (heavy tails, like the
     * lognormal's, get the wider bound they need).
     */
    @Test
    void sampleVarianceMatchesTheFormula() {
        for (Distribution d : KINDS) {
            double[] x = sample(d, "variance/" + d.getClass().getSimpleName(), N);
            double mean = Arrays.stream(x).average().orElseThrow();
            double m2 = 0, m4 = 0;
            for (double v : x) {
                double dev = (v - mean) * (v - mean);
                m2 += dev;
                m4 += dev * dev;
            }
            m2 /= N - 1;
            m4 /= N;
            double se = Math.sqrt(Math.max(0, m4 - m2 * m2) / N);
            assertEquals(variance(d), m2, 5 * se + 1e-12, d.describe() + " sample variance " + m2);
        }
    }

    /** Kolmogorov–Smirnov at alpha = 0.001 on a fixed seed: a wrong shape at the same mean gives p near 0. */
    @Test
    void continuousKindsFitTheirDistribution() {
        int n = 20_000;
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        for (Distribution d : KINDS) {
            DoubleUnaryOperator f = cdf(d);
            if (f == null) continue;
            double[] x = sample(d, "ks/" + d.getClass().getSimpleName(), n);
            Arrays.sort(x);
            double dn = 0;
            for (int i = 0; i < n; i++) {
                double fx = f.applyAsDouble(x[i]);
                dn = Math.max(dn, Math.max((i + 1.0) / n - fx, fx - (double) i / n));
            }
            double p = 1 - ks.cdf(dn, n);
            assertTrue(p > 0.001, d.describe() + ": KS D = " + dn + ", p = " + p);
        }
    }

    /** The discrete kinds: the deterministic value always, the empirical values at their weights' frequencies. */
    @Test
    void discreteKindsDrawTheirValuesAtTheirWeights() {
        double[] fixed = sample(new Distribution.Deterministic(1.5), "det", 1000);
        assertTrue(Arrays.stream(fixed).allMatch(v -> v == 1.5));
        double[] x = sample(new Distribution.Empirical(new double[] {1, 2, 5}, new double[] {3, 1, 1}), "emp", N);
        double[] p = {0.6, 0.2, 0.2};
        double[] values = {1, 2, 5};
        for (int k = 0; k < 3; k++) {
            double v = values[k];
            double share = Arrays.stream(x).filter(y -> y == v).count() / (double) N;
            assertEquals(p[k], share, 5 * Math.sqrt(p[k] * (1 - p[k]) / N), "share of " + v);
        }
    }

    private static double[] sample(Distribution d, String stream, int n) {
        Sampler s = d.sampler(rng(stream));
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = s.sample();
        return x;
    }

    @Test
    void logNormalReproducesGivenMeanAndSd() {
        Distribution.LogNormal d = new Distribution.LogNormal(2.0, 1.0);
        assertEquals(2.0, d.mean());
        Moments m = draw(d, "lognormal");
        // cv 0.5: the sample sd's relative standard error is ~0.3 % here, so 1.5 % is a 5-sigma bound
        assertEquals(2.0, m.mean(), 4 * 1.0 / Math.sqrt(N));
        assertEquals(1.0, m.sd(), 0.015);
    }

    @Test
    void truncatedNormalIsNeverNegative() {
        for (Distribution d : List.of(new Distribution.TruncatedNormal(0.5, 2.0), new Distribution.TruncatedNormal(-1.0, 1.0))) {
            Moments m = draw(d, "tn");
            assertTrue(m.min() >= 0, d.describe() + " min " + m.min());
            assertEquals(d.mean(), m.mean(), 4 * m.sd() / Math.sqrt(N), d.describe());
        }
    }

    @Test
    void samplerDrawsOnlyFromItsStream() {
        Distribution d = new Distribution.Gamma(2.0, 1.0);
        Sampler a = d.sampler(rng("x")), b = d.sampler(rng("x"));
        for (int i = 0; i < 1000; i++) assertEquals(a.sample(), b.sample());
    }

    @Test
    void exponentialAlsoWorksOnOtherGenerators() {
        // The fast path is for LxmGenerator; any other commons-math generator takes commons' sampler.
        Sampler s = new Distribution.Exponential(0.25).sampler(new org.apache.commons.math3.random.Well19937c(7));
        double sum = 0;
        for (int i = 0; i < N; i++) sum += s.sample();
        assertEquals(0.25, sum / N, 4 * 0.25 / Math.sqrt(N));
    }
}
