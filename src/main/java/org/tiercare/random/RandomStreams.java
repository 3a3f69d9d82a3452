package org.tiercare.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Independent random streams, one per purpose ("arrivals/Z1", "consult/H1", …). Each stream's seed
 * is a hash of (seed, replication, name): adding a stream or a facility never shifts the numbers
 * another stream draws, and two variants of a scenario see the same numbers for the same purpose
 * (common random numbers).
 */
public final class RandomStreams {
    private final long seed;
    private final int replication;

    public RandomStreams(long seed, int replication) {
        this.seed = seed;
        this.replication = replication;
    }

    public RandomGenerator stream(String name) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ replication);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xFF));
        }
        return new LxmGenerator(mix(h + 0x9E3779B97F4A7C15L));
    }

    public long seed() { return seed; }
    public int replication() { return replication; }

    /** SplitMix64 finaliser: a strong 64-bit mix, so neighbouring seeds give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
