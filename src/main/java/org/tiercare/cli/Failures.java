package org.tiercare.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tiercare.report.ResultsExistException;
import org.tiercare.text.Messages;

/**
 * The one line a user reads when a command fails for a reason that is not a defect: a refused results folder (exit
 * 2) or a machine that failed (exit 3). Whatever the system's words, the line names the path and what to do.
 */
final class Failures {
    /** How many file names a refusal lists before "and N more". */
    static final int LISTED = 5;

    private Failures() {}

    /** Why a results folder was refused. */
    static String refused(Messages m, ResultsExistException e) {
        return switch (e.reason()) {
            case EXISTS -> e.replaceable() ? m.get("error.folder.exists", e.folder())
                    : m.get("error.folder.existsForeign", e.folder(), files(m, e.files()));
            case NOT_TIERCARE -> m.get("error.folder.notTiercare", e.folder(), files(m, e.files()));
            case FOREIGN_FILES -> m.get("error.folder.foreign", e.folder(), files(m, e.files()));
            case IN_USE -> e.holder() == null ? m.get("error.folder.inUseUnknown", e.folder())
                    : m.get("error.folder.inUse", e.folder(), e.holder());
            case NOT_A_FOLDER -> m.get("error.folder.notFolder", e.folder());
        };
    }

    /** "a, b, c" or "a, b, c, d, e and 3 more": file names are data, not words to translate. */
    static String files(Messages m, List<String> names) {
        String first = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() <= LISTED ? first : m.get("folder.files.more", first, Integer.toString(names.size() - LISTED));
    }

    /**
     * A failed write, told from the exception chain: a full disk, a read-only file system, no permission, a file where
     * a folder should be, or else the system's own words. {@code path} is what the command was writing (the results
     * folder); a file the system names instead is used only when it says more (the file in the way).
     */
    static String environment(Messages m, Path path, Throwable failure) {
        String systemWords = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException && t.getCause() != null) continue;
            String words = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : t.getMessage();
            String w = words == null ? "" : words.toLowerCase(Locale.ROOT);
            if (w.contains("no space left") || w.contains("disk quota exceeded")) return m.get("env.noSpace", path);
            if (w.contains("read-only file system")) return m.get("env.readOnly", path);
            if (t instanceof AccessDeniedException || w.contains("permission denied") || w.contains("operation not permitted")) {
                return m.get("env.denied", path);
            }
            if (t instanceof FileAlreadyExistsException || t instanceof NotDirectoryException || w.contains("not a directory")) {
                Path inTheWay = fileInTheWay(t instanceof FileSystemException fs ? fs.getFile() : null, path);
                if (inTheWay != null) return m.get("env.notFolder", path, inTheWay);
            }
            if (systemWords == null && words != null && !words.isBlank()) systemWords = words;
        }
        return m.get("env.io", path, systemWords == null ? failure.getClass().getSimpleName() : systemWords);
    }

    /** The regular file where a folder of {@code path} (or {@code named}) should be, or null. */
    private static Path fileInTheWay(String named, Path path) {
        if (named != null && Files.isRegularFile(Path.of(named), LinkOption.NOFOLLOW_LINKS)) return Path.of(named);
        for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return p;
        }
        return null;
    }

    /** Out of memory, with the heap limit now and a larger one to try. */
    static String memory(Messages m) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long suggestGb = Math.max(2, (2 * maxMb + 1023) / 1024);
        return m.get("env.memory", Long.toString(maxMb), Long.toString(suggestGb));
    }
}
