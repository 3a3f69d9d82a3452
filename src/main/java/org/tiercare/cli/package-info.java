/**
 * The {@code tiercare} command line (picocli): init, run, compare, sweep, validate, warmup, metrics,
 * bench; console tables and messages in the user's language; exit codes (see {@link
 * org.tiercare.cli.Main}).
 */
package org.tiercare.cli;
