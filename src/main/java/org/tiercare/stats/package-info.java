/**
 * Statistics collected during a run: {@link org.tiercare.stats.Tally} for observations, {@link
 * org.tiercare.stats.TimeWeighted} for levels over time, Student-t intervals over replications. The
 * bottom of the dependency graph: imports nothing of tiercare.
 */
package org.tiercare.stats;
