package org.tiercare.report;

import java.nio.file.Path;

/** The chosen results folder already holds something; we never overwrite results silently. */
public final class ResultsExistException extends RuntimeException {
    private final transient Path folder;

    public ResultsExistException(Path folder) {
        super("results folder " + folder + " already exists: pass --force to replace it or choose another --out");
        this.folder = folder;
    }

    public Path folder() { return folder; }
}
