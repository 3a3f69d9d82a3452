package org.tiercare.cli;

import java.nio.file.Path;

/**
 * The machine, not the input or tiercare, failed: a folder that cannot be written, a full disk, no permission. Exit
 * code 3, one line naming {@link #path()} and what to do ({@link Failures#environment}), no stack trace.
 */
final class EnvironmentException extends RuntimeException {
    private final transient Path path;

    /** @param path what could not be written: the results folder, or the file the system named */
    EnvironmentException(Path path, Throwable cause) {
        super(String.valueOf(path), cause);
        this.path = path;
    }

    Path path() { return path; }
}
