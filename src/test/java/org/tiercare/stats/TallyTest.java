package org.tiercare.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TallyTest {
    private static double[] sample(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        // A large offset makes a naive sum-of-squares variance lose most of its digits.
        for (int i = 0; i < n; i++) x[i] = 1e6 + r.nextDouble() * 10;
        return x;
    }

    @Test
    void meanAndVarianceMatchTwoPassComputation() {
        double[] x = sample(10_000, 1);
        Tally t = new Tally(false);
        double sum = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (double v : x) {
            t.add(v);
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / x.length, ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        assertEquals(x.length, t.count());
        assertEquals(mean, t.mean(), 1e-12 * mean); // a few ulps at 1e6
        assertEquals(ss / (x.length - 1), t.variance(), 1e-9 * t.variance());
        assertEquals(min, t.min());
        assertEquals(max, t.max());
        assertEquals(sum, t.sum(), 1e-9 * sum);
    }

    @Test
    void mergeEqualsAddingAll() {
        double[] x = sample(3_000, 2);
        Tally all = new Tally(true), empty = new Tally(true);
        Tally[] parts = {new Tally(true), new Tally(true), new Tally(true)};
        for (int i = 0; i < x.length; i++) {
            all.add(x[i]);
            parts[i < 100 ? 0 : i < 2000 ? 1 : 2].add(x[i]);
        }
        Tally merged = new Tally(true);
        for (Tally p : parts) merged.merge(p);
        merged.merge(empty);
        assertEquals(all.count(), merged.count());
        assertEquals(all.mean(), merged.mean(), 1e-12 * all.mean());
        assertEquals(all.variance(), merged.variance(), 1e-9 * all.variance());
        assertEquals(all.min(), merged.min());
        assertEquals(all.max(), merged.max());
        assertEquals(all.quantile(0.9), merged.quantile(0.9));
    }

    @Test
    void quantilesWithinOnePercent() {
        Tally t = new Tally(true);
        for (int i = 1; i <= 100_000; i++) t.add(i / 1000.0); // 0.001 .. 100, uniform
        for (double p : new double[] {0.1, 0.5, 0.9, 0.99}) {
            double exact = 100 * p;
            assertEquals(exact, t.quantile(p), 0.01 * exact, "p=" + p);
        }
    }

    @Test
    void quantilesSurviveValuesOfWildlyDifferentSize() {
        // Rounding-size waits next to long ones overflowed the histogram's dynamic range.
        Tally t = new Tally(true);
        t.add(1e-13);
        t.add(1000);
        t.add(0);
        t.add(2e-16);
        assertEquals(4, t.count());
        assertEquals(1000, t.quantile(1.0), 1);
    }

    @Test
    void emptyAndResetTallyHasNoMean() {
        Tally t = new Tally(true);
        assertTrue(Double.isNaN(t.mean()) && Double.isNaN(t.variance()) && Double.isNaN(t.quantile(0.5)));
        t.add(3);
        assertEquals(3.0, t.mean());
        assertTrue(Double.isNaN(t.variance()));
        t.reset(0);
        assertEquals(0, t.count());
        assertTrue(Double.isNaN(t.mean()) && Double.isNaN(t.quantile(0.5)));
    }

    @Test
    void mergingATallyOfLongerWaitsGrowsTheHistogramAndKeepsBothEnds() {
        // The histogram grows with the largest value seen: a tally of short waits merged with one of a very long wait
        // (10^6 h = 10^9 units, far beyond what the short one had room for) keeps the quantiles of both, to 3 digits.
        Tally shortWaits = new Tally(true);
        for (double w : new double[] {1, 2, 3}) shortWaits.add(w);
        Tally longWait = new Tally(true);
        longWait.add(1e6);
        shortWaits.merge(longWait);
        assertEquals(4, shortWaits.count());
        assertEquals(2, shortWaits.quantile(0.5), 2 * 1e-3);
        assertEquals(1e6, shortWaits.quantile(1.0), 1e6 * 1e-3);
        // And a value beyond every earlier one recorded straight into a tally: 10^7 h, the histogram grows again.
        shortWaits.add(1e7);
        assertEquals(1e7, shortWaits.quantile(1.0), 1e7 * 1e-3);
        assertEquals(3, shortWaits.quantile(0.5), 3 * 1e-3);
    }

    @Test
    void quantilesCountEveryValueWhateverIsStillWaitingForTheNextBatch() {
        // Values reach the histogram in batches; reading, merging and resetting must see those not yet moved. The
        // reference is an HdrHistogram fed each value at once, with the same units (1/1000) and digits (3).
        SplittableRandom r = new SplittableRandom(5);
        Tally a = new Tally(true), b = new Tally(true), merged = new Tally(true);
        org.HdrHistogram.Histogram reference = new org.HdrHistogram.Histogram(3);
        for (int i = 0; i < 100; i++) { // one full batch and 36 waiting
            double x = r.nextDouble() * 50;
            a.add(x);
            reference.recordValue(Math.round(x * 1000));
        }
        for (int i = 0; i < 30; i++) { // none moved yet
            double x = 200 + r.nextDouble() * 50;
            b.add(x);
            reference.recordValue(Math.round(x * 1000));
        }
        merged.merge(a);
        merged.merge(b);
        assertEquals(130, merged.count());
        for (double p : new double[] {0.1, 0.5, 0.76, 0.9, 1.0}) {
            assertEquals(reference.getValueAtPercentile(p * 100) / 1000.0, merged.quantile(p), 0.0, "p = " + p);
        }
        // b's largest values are above all of a's: the top quantile exists only if b's waiting values were counted.
        assertTrue(merged.quantile(1.0) >= 200);
        // A reset forgets the waiting values too.
        a.reset(0);
        a.add(7);
        assertEquals(7, a.quantile(0.0), 7e-3);
        assertEquals(7, a.quantile(1.0), 7e-3);
    }
}
