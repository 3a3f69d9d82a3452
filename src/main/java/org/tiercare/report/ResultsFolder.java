package org.tiercare.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A results folder that is never half-written and never silently overwritten: everything is written
 * into a hidden staging folder next to the target ({@code .<name>.partial-<random>}), which
 * {@link #commit} renames into place in one step. A crash leaves only a dot-folder, never something
 * that looks like complete results. Use with try-with-resources: closing without commit aborts.
 */
public final class ResultsFolder implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path staging;
    private final boolean force;
    private boolean done;

    private ResultsFolder(Path target, Path staging, boolean force) {
        this.target = target;
        this.staging = staging;
        this.force = force;
    }

    /** Refuses a non-empty {@code out} unless {@code force}; creates the staging folder. */
    public static ResultsFolder open(Path out, boolean force) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (target.getFileName() == null) throw new IllegalArgumentException("not a usable results folder: " + out);
        checkReplaceable(target, force);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createDirectory(parent.resolve("." + target.getFileName() + ".partial-" + randomSuffix()));
        return new ResultsFolder(target, staging, force);
    }

    /** Where to write files until {@link #commit}. */
    public Path path() { return staging; }

    /** The final location. */
    public Path target() { return target; }

    /** Moves the staging folder into place; with force, the old folder is replaced. */
    public void commit() throws IOException {
        if (done) throw new IllegalStateException("results folder already committed or aborted");
        checkReplaceable(target, force); // someone may have written there while we ran
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // Set the old folder aside rather than deleting it first, so a failed move can restore it.
            old = target.resolveSibling("." + target.getFileName() + ".old-" + randomSuffix());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            move(staging, target);
        } catch (IOException | RuntimeException e) {
            if (old != null) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        done = true;
        if (old != null) deleteTree(old);
    }

    /** Deletes the staging folder and everything in it. Does nothing after commit. */
    public void abort() throws IOException {
        if (done) return;
        done = true;
        deleteTree(staging);
    }

    @Override
    public void close() {
        try {
            abort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <root>/<slug>-<yyyyMMdd-HHmmss>} in the clock's zone, with -2, -3, … if that exists. */
    public static Path defaultFolder(Path resultsRoot, String scenarioName, Clock clock) {
        String base = slug(scenarioName) + "-" + LocalDateTime.now(clock).format(STAMP);
        Path p = resultsRoot.resolve(base);
        for (int i = 2; Files.exists(p); i++) p = resultsRoot.resolve(base + "-" + i);
        return p;
    }

    /** Lower-case letters and digits (any script) joined by single dashes; "results" if nothing is left. */
    static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        String s = name == null ? "" : name.toLowerCase(Locale.ROOT);
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) sb.appendCodePoint(cp);
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
        });
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
        return sb.length() == 0 ? "results" : sb.toString();
    }

    /**
     * Force replaces only something that looks like earlier results (it has a manifest.json), so a slip
     * such as {@code --out . --force} cannot wipe a working directory.
     */
    private static void checkReplaceable(Path target, boolean force) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || isEmptyDirectory(target)) return;
        if (!force) throw new ResultsExistException(target);
        if (!Files.isDirectory(target) || !Files.exists(target.resolve(Manifest.FILE_NAME))) {
            throw new IOException("refusing to replace " + target + " with --force: it does not look like a tiercare results folder (no "
                    + Manifest.FILE_NAME + ")");
        }
    }

    private static boolean isEmptyDirectory(Path p) throws IOException {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return false;
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        // An empty target folder is replaced: rename(2) would do it, but a plain move would refuse.
        if (isEmptyDirectory(to)) Files.delete(to);
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    private static String randomSuffix() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
