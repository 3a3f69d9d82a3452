/**
 * Experiments: independent replications in parallel, variants, layouts and sweeps under common
 * random numbers, Welch's warm-up method. Runs the model and hands its rows to {@code report}.
 */
package org.tiercare.experiment;
