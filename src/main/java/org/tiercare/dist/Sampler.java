package org.tiercare.dist;

/** A distribution bound to one random stream. */
@FunctionalInterface
public interface Sampler {
    double sample();
}
