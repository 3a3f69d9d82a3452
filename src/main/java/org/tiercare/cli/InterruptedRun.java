package org.tiercare.cli;

/**
 * Ctrl-C or SIGTERM before any replication finished: nothing was written (the staging folder is removed and the
 * claim given up). Exit code {@link #code()}: 130 or 143.
 */
final class InterruptedRun extends RuntimeException {
    private final int code;

    InterruptedRun(int code) {
        super("interrupted before any replication finished");
        this.code = code;
    }

    int code() { return code; }
}
