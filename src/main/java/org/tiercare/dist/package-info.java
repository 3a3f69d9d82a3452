/**
 * Probability distributions of durations and counts (exponential, lognormal, gamma, empirical…),
 * sampled from a {@code random} stream. Parameters are in hours.
 */
package org.tiercare.dist;
