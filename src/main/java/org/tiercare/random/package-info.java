/**
 * Random number streams: one independent stream per purpose, seeded from a hash of (seed,
 * replication, stream name), so replication r of every variant draws the same numbers for the same
 * purpose (common random numbers) whatever the thread count.
 */
package org.tiercare.random;
