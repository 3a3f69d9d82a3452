package org.tiercare.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The chosen results folder cannot be used, and tiercare will not make it usable by deleting anything: it
 * holds something ({@link Reason#EXISTS}), it is not tiercare's or holds files tiercare did not write
 * ({@link Reason#NOT_TIERCARE}, {@link Reason#FOREIGN_FILES}, refused even with --force), another run is writing
 * it ({@link Reason#IN_USE}), or it is a file ({@link Reason#NOT_A_FOLDER}). Always the user's call: exit code 2.
 */
public final class ResultsExistException extends RuntimeException {
    /** Why the folder was refused. */
    public enum Reason { EXISTS, NOT_TIERCARE, FOREIGN_FILES, IN_USE, NOT_A_FOLDER }

    private final transient Path folder;
    private final Reason reason;
    private final List<String> files;
    private final boolean replaceable;
    private final String holder;

    /**
     * @param files       what it holds that tiercare did not write (or that changed since), relative paths: for
     *                    NOT_TIERCARE and FOREIGN_FILES, and EXISTS when not replaceable
     * @param replaceable for EXISTS: whether {@code --force} would replace it
     * @param holder      for IN_USE: the process id of the run holding it, or null
     */
    ResultsExistException(Path folder, Reason reason, List<String> files, boolean replaceable, String holder) {
        super(reason + ": " + folder + (files.isEmpty() ? "" : " " + files) + (holder == null ? "" : " (pid " + holder + ")"));
        this.folder = folder;
        this.reason = reason;
        this.files = List.copyOf(files);
        this.replaceable = replaceable;
        this.holder = holder;
    }

    public Path folder() { return folder; }

    public Reason reason() { return reason; }

    /** Files tiercare did not write (or that changed since), relative to the folder. */
    public List<String> files() { return files; }

    /** For {@link Reason#EXISTS}: whether {@code --force} would replace the folder. */
    public boolean replaceable() { return replaceable; }

    /** For {@link Reason#IN_USE}: the process id of the run holding the folder, or null if unknown. */
    public String holder() { return holder; }
}
