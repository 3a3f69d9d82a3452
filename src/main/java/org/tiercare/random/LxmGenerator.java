package org.tiercare.random;

import java.util.random.RandomGeneratorFactory;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A commons-math {@link RandomGenerator} over JDK 17's L64X128MixRandom. Chosen over Well19937c for
 * speed on the hot path (nextDouble ~2x faster, and {@link #nextExponential} is a ziggurat ~6x faster
 * than commons-math's exponential sampler); LXM generators are built for many independent streams,
 * and a 64-bit seed picks both the state and the LCG increment, so different seeds give different
 * sequences, not shifted copies of one.
 */
public final class LxmGenerator implements RandomGenerator {
    private static final RandomGeneratorFactory<java.util.random.RandomGenerator> LXM =
            RandomGeneratorFactory.of("L64X128MixRandom");

    private java.util.random.RandomGenerator g;

    public LxmGenerator(long seed) { setSeed(seed); }

    @Override public void setSeed(long seed) { g = LXM.create(seed); }
    @Override public void setSeed(int seed) { setSeed((long) seed); }
    @Override public void setSeed(int[] seed) {
        long s = 0;
        for (int x : seed) s = RandomStreams.mix(s ^ (x & 0xFFFFFFFFL));
        setSeed(s);
    }

    @Override public void nextBytes(byte[] bytes) { g.nextBytes(bytes); }
    @Override public int nextInt() { return g.nextInt(); }
    @Override public int nextInt(int n) { return g.nextInt(n); }
    @Override public long nextLong() { return g.nextLong(); }
    @Override public boolean nextBoolean() { return g.nextBoolean(); }
    @Override public float nextFloat() { return g.nextFloat(); }
    @Override public double nextDouble() { return g.nextDouble(); }
    @Override public double nextGaussian() { return g.nextGaussian(); }

    /** Standard exponential (mean 1) by the JDK's modified ziggurat. */
    public double nextExponential() { return g.nextExponential(); }
}
