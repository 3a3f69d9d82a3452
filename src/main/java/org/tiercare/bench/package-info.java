/**
 * The engine benchmark behind {@code tiercare bench}: an M/M/c queue at high load, in events per
 * second, wall time and peak heap.
 */
package org.tiercare.bench;
