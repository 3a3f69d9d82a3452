package org.tiercare.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
    private static final int N = 20_000;

    private static double[] draw(long seed, int replication, String name) {
        RandomGenerator g = new RandomStreams(seed, replication).stream(name);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) x[i] = g.nextDouble();
        return x;
    }

    private static double correlation(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElseThrow(), mb = Arrays.stream(b).average().orElseThrow();
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    @Test
    void sameSeedReplicationAndNameGiveSameSequence() {
        assertArrayEquals(draw(42, 3, "arrivals/Z1"), draw(42, 3, "arrivals/Z1"));
    }

    @Test
    void anyDifferenceGivesADifferentSequence() {
        double[] base = draw(42, 3, "arrivals/Z1");
        for (double[] other : new double[][] {
                draw(42, 3, "arrivals/Z2"), draw(42, 4, "arrivals/Z1"), draw(43, 3, "arrivals/Z1"),
                draw(42, 3, "arrivals/Z1 "), draw(42, -3, "arrivals/Z1")}) {
            assertFalse(Arrays.equals(base, other));
            assertTrue(base[0] != other[0] && base[1] != other[1], "differ from the first draw on");
        }
    }

    @Test
    void neighbouringStreamsLookIndependent() {
        // |r| of independent uniforms is about N(0, 1/N): 4/sqrt(N) is a 4-sigma bound.
        double bound = 4 / Math.sqrt(N);
        double[] a = draw(1, 1, "s");
        double[][] neighbours = {draw(2, 1, "s"), draw(1, 2, "s"), draw(1, 1, "t"), draw(0, 1, "s")};
        for (double[] b : neighbours) {
            assertTrue(Math.abs(correlation(a, b)) < bound, "correlation " + correlation(a, b));
            // lag-1 cross correlation catches streams that are one step apart in the same sequence
            assertTrue(Math.abs(correlation(Arrays.copyOfRange(a, 1, N), Arrays.copyOf(b, N - 1))) < bound);
        }
        // and each is a plausible uniform(0,1): mean 0.5 with sd 1/sqrt(12 N)
        for (double[] b : neighbours) {
            assertEquals(0.5, Arrays.stream(b).average().orElseThrow(), 4 / Math.sqrt(12.0 * N));
        }
    }
}
