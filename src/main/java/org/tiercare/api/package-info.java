/**
 * tiercare as a library, for notebooks (jshell, Jupyter with a Java kernel) and other JVM programs: load a
 * scenario with overrides, run replications (or compare variants under common random numbers) and read the
 * results as records — the rows of {@code replications.csv}, {@code summary.csv} and {@code compare.csv}. Start at
 * {@link org.tiercare.api.Tiercare}. The command line is built on the same packages; nothing here writes files.
 */
package org.tiercare.api;
