package org.tiercare.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A results folder that is never half-written, never silently overwritten, and never deletes what tiercare
 * did not write.
 *
 * <ul>
 *   <li>Opening it <em>claims</em> the target at once, before any simulation ({@link FolderClaim}: an OS lock on
 *   {@code .<name>.lock}), so a second run on the same folder is refused immediately
 *   ({@link ResultsExistException.Reason#IN_USE}) rather than after simulating in full.</li>
 *   <li>Everything is written into a hidden staging folder next to the target ({@code .<name>.partial-<random>},
 *   whose {@code .tiercare} marker says {@code incomplete} and names the owning process), which
 *   {@link #commit} marks complete (listing every file) and renames into place in one step. A run killed at any
 *   moment leaves only dot-files, never something that looks like complete results; the next run writing in
 *   the same folder removes them once their owner is gone ({@link #cleaned()}).</li>
 *   <li>{@code force} replaces only a folder whose complete {@code .tiercare} marker lists everything in it,
 *   unchanged; anything else there is named and the folder refused.</li>
 * </ul>
 * Use with try-with-resources: closing without commit aborts and gives up the claim.
 */
public final class ResultsFolder implements AutoCloseable {
    /** The marker's file name: {@code .tiercare}. */
    public static final String MARKER = FolderMarker.FILE;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PARTIAL = ".partial-";
    private static final String OLD = ".old-";

    /** A last look at the staged files before they are committed (a test seam for failing disks). */
    @FunctionalInterface
    public interface Check {
        void check(Path staging) throws IOException;
    }

    private Path target;
    private final Path staging;
    private final boolean force;
    private final String runId;
    private final FolderClaim claim;
    private final List<String> cleaned;
    private Check beforeCommit;
    private boolean done;

    private ResultsFolder(Path target, Path staging, boolean force, String runId, FolderClaim claim, List<String> cleaned) {
        this.target = target;
        this.staging = staging;
        this.force = force;
        this.runId = runId;
        this.claim = claim;
        this.cleaned = List.copyOf(cleaned);
    }

    /**
     * Claims {@code out} and creates its staging folder. Refuses (with a {@link ResultsExistException}) a folder
     * another run holds, and an existing non-empty one unless {@code force} and it is wholly tiercare's.
     */
    public static ResultsFolder open(Path out, boolean force) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (target.getFileName() == null) throw new IllegalArgumentException("not a usable results folder: " + out);
        Files.createDirectories(target.getParent());
        List<String> cleaned = cleanStale(target.getParent());
        String runId = newRunId();
        FolderMarker.Owner owner = FolderMarker.Owner.current();
        FolderClaim claim = FolderClaim.tryClaim(target, runId, owner).orElseThrow(() -> new ResultsExistException(
                target, ResultsExistException.Reason.IN_USE, List.of(), false, FolderClaim.holder(target)));
        return staged(target, force, runId, owner, claim, cleaned);
    }

    /**
     * Claims a new folder {@code <root>/<slug>-<yyyyMMdd-HHmmss>} (in the clock's zone), or {@code …-2}, {@code …-3}
     * … when that exists or another run has claimed it: two runs started in the same second get two folders.
     */
    public static ResultsFolder openNew(Path resultsRoot, String scenarioName, Clock clock) throws IOException {
        Path root = resultsRoot.toAbsolutePath().normalize();
        Files.createDirectories(root);
        List<String> cleaned = cleanStale(root);
        String base = slug(scenarioName) + "-" + LocalDateTime.now(clock).format(STAMP);
        String runId = newRunId();
        FolderMarker.Owner owner = FolderMarker.Owner.current();
        for (int i = 1; i < 10_000; i++) {
            Path target = root.resolve(i == 1 ? base : base + "-" + i);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) continue;
            Optional<FolderClaim> claim = FolderClaim.tryClaim(target, runId, owner);
            if (claim.isEmpty()) continue;
            // Created between our look and our claim by something that does not claim (a user, an older tiercare).
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                claim.get().close();
                continue;
            }
            return staged(target, false, runId, owner, claim.get(), cleaned);
        }
        throw new IOException("no free results folder name under " + root + " for " + base);
    }

    private static ResultsFolder staged(Path target, boolean force, String runId, FolderMarker.Owner owner,
                                        FolderClaim claim, List<String> cleaned) throws IOException {
        try {
            List<String> all = new ArrayList<>(cleaned);
            all.addAll(settleSetAside(target));
            checkReplaceable(target, force);
            Path staging = Files.createDirectory(target.resolveSibling("." + target.getFileName() + PARTIAL + randomSuffix()));
            try {
                FolderMarker.writeIncomplete(staging, runId, owner);
            } catch (IOException | RuntimeException e) {
                deleteTree(staging);
                throw e;
            }
            return new ResultsFolder(target, staging, force, runId, claim, all);
        } catch (IOException | RuntimeException | Error e) {
            claim.close();
            throw e;
        }
    }

    /** Where to write files until {@link #commit}. */
    public Path path() { return staging; }

    /** The final location (after commit, where the results are). */
    public Path target() { return target; }

    /** This run's id: in the {@code .tiercare} marker and the manifest's {@code run_id}. */
    public String runId() { return runId; }

    /** Leftovers of killed runs removed (or set-aside results restored) when this folder was opened, by name. */
    public List<String> cleaned() { return cleaned; }

    /** Runs {@code check} on the staging folder first thing in {@link #commit}. */
    public void beforeCommit(Check check) { this.beforeCommit = check; }

    /**
     * Marks the staged files complete and moves them into place. With force, an old tiercare folder there is
     * replaced; if something foreign appeared at the target while this run wrote (nothing tiercare runs there:
     * it was claimed), the results go to the first free {@code <name>-2}, {@code -3}, … instead of being lost —
     * {@link #target()} says where.
     */
    public void commit() throws IOException {
        if (done) throw new IllegalStateException("results folder already committed or aborted");
        if (beforeCommit != null) beforeCommit.check(staging);
        FolderMarker.writeComplete(staging, runId);
        FolderClaim other = null;
        try {
            try {
                checkReplaceable(target, force);
            } catch (ResultsExistException e) {
                for (int i = 2; other == null; i++) {
                    Path alt = target.resolveSibling(target.getFileName() + "-" + i);
                    if (Files.exists(alt, LinkOption.NOFOLLOW_LINKS)) continue;
                    other = FolderClaim.tryClaim(alt, runId, FolderMarker.Owner.current()).orElse(null);
                    if (other != null) target = alt;
                }
            }
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmptyDirectory(target)) {
                // Set the old folder aside rather than deleting it first, so a failed move can restore it (and a run
                // killed right here leaves it for the next run to restore: settleSetAside).
                old = target.resolveSibling("." + target.getFileName() + OLD + randomSuffix());
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
        } finally {
            if (other != null) other.close();
            if (done) claim.close();
        }
    }

    /** Deletes the staging folder and everything in it and gives up the claim. Does nothing after commit. */
    public void abort() throws IOException {
        if (done) return;
        done = true;
        try {
            deleteTree(staging);
        } finally {
            claim.close();
        }
    }

    @Override
    public void close() {
        try {
            abort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * Removes what killed runs left in {@code dir}: staging folders ({@code .*.partial-*}) whose {@code .tiercare}
     * marker names an owner that no longer runs and whose target nobody has claimed, and lock files nobody holds. A folder without tiercare's marker is
     * never touched, whatever its name. Returns the names removed.
     */
    static List<String> cleanStale(Path dir) throws IOException {
        List<String> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) return removed;
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*")) {
            s.forEach(entries::add);
        }
        entries.sort(Comparator.naturalOrder());
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.lastIndexOf(PARTIAL) > 1 && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Optional<FolderMarker.Marker> m = FolderMarker.read(p);
                Path target = dir.resolve(name.substring(1, name.lastIndexOf(PARTIAL)));
                if (m.isPresent() && !m.get().complete() && m.get().owner() != null && !m.get().owner().alive()
                        && !FolderClaim.held(target)) {
                    deleteTree(p);
                    removed.add(name);
                }
            } else if (name.endsWith(FolderClaim.SUFFIX) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                FolderClaim.deleteIfStale(p); // a dot-file of a few bytes: not worth a line on the console
            }
        }
        return removed;
    }

    /**
     * A run killed while replacing a folder with force leaves the old one set aside as {@code .<name>.old-*}. Only the
     * holder of the claim on {@code target} can have done that, and we hold it now, so that run is gone: if its new
     * results reached the target the old folder is deleted, else the old folder is put back.
     */
    private static List<String> settleSetAside(Path target) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> old = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent(), "." + target.getFileName() + OLD + "*")) {
            s.forEach(old::add);
        }
        for (Path p : old) {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || FolderMarker.read(p).isEmpty()) continue;
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(p);
            }
            out.add(p.getFileName().toString());
        }
        return out;
    }

    /**
     * Without force, any non-empty target is refused. With force, only a folder tiercare completed and that holds
     * nothing else (no file its marker does not list, none changed since): a slip such as {@code --out . --force}
     * or a thesis saved into a results folder cannot be deleted.
     */
    private static void checkReplaceable(Path target, boolean force) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || isEmptyDirectory(target)) return;
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ResultsExistException(target, ResultsExistException.Reason.NOT_A_FOLDER, List.of(), false, null);
        }
        Optional<FolderMarker.Marker> marker = FolderMarker.read(target);
        boolean ours = marker.isPresent() && marker.get().complete();
        List<String> foreign = ours ? FolderMarker.foreign(target, marker.get()) : FolderMarker.everything(target);
        if (!force) {
            throw new ResultsExistException(target, ResultsExistException.Reason.EXISTS, foreign, ours && foreign.isEmpty(), null);
        }
        if (!ours) throw new ResultsExistException(target, ResultsExistException.Reason.NOT_TIERCARE, foreign, false, null);
        if (!foreign.isEmpty()) throw new ResultsExistException(target, ResultsExistException.Reason.FOREIGN_FILES, foreign, false, null);
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

    private static String newRunId() {
        return randomSuffix() + randomSuffix().substring(0, 4);
    }

    private static String randomSuffix() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
