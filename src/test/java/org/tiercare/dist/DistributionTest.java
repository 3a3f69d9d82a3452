package org.tiercare.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.tiercare.random.RandomStreams;

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
            new Distribution.Empirical(new double[] {1, 2, 5}, new double[] {3, 1, 1}));

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
