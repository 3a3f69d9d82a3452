package org.tiercare.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A run's claim on a results folder: the lock file {@code .<name>.lock} next to it, held with an operating-system
 * lock for as long as the run lives. The OS lock, not the file's existence, is the claim: the kernel drops it
 * when the process ends however it ends ({@code kill -9} included), so a lock file left by a killed run is
 * simply claimed again, and two runs can never both hold one. The file says who holds it, for the message a
 * second run prints.
 */
final class FolderClaim implements AutoCloseable {
    static final String SUFFIX = ".lock";
    private static final String HEADER = "tiercare results folder lock\n";
    /**
     * Lock files this process holds. Never opened again by it while held: closing any descriptor of a file drops the
     * process's POSIX locks on it (the JVM still sees its own lock, another process would not).
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final FileChannel check;

    private FolderClaim(Path file, FileChannel channel, FileLock lock, FileChannel check) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.check = check;
    }

    static Path lockFile(Path target) {
        return target.resolveSibling("." + target.getFileName() + SUFFIX);
    }

    /** Claims {@code target} for this run, or returns empty when a living run holds it. */
    static Optional<FolderClaim> tryClaim(Path target, String runId, FolderMarker.Owner owner) throws IOException {
        Path file = lockFile(target);
        if (HELD.contains(file)) return Optional.empty();
        String content = HEADER + "run_id=" + runId + "\npid=" + owner.pid() + "\nstart=" + owner.start() + "\n";
        // A run that finishes deletes its lock file while holding the lock; whoever opened the file just before
        // then locks a deleted file. Hence: after locking, check that the path still holds what we wrote.
        // That check opens the path a second time and must stay open as long as the claim: POSIX drops all of a
        // process's locks on a file when it closes any descriptor of it.
        for (int attempt = 0; attempt < 20; attempt++) {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l = tryLock(ch);
            if (l == null) {
                ch.close();
                return Optional.empty();
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
            FileChannel check = null;
            try {
                check = FileChannel.open(file, StandardOpenOption.READ);
                ByteBuffer b = ByteBuffer.allocate(4096);
                while (check.read(b, b.position()) > 0 && b.hasRemaining()) { /* read it all */ }
                if (content.equals(new String(b.array(), 0, b.position(), StandardCharsets.UTF_8))) {
                    HELD.add(file);
                    return Optional.of(new FolderClaim(file, ch, l, check));
                }
            } catch (NoSuchFileException deletedMeanwhile) {
                // try again
            }
            if (check != null) check.close();
            l.release();
            ch.close();
        }
        throw new IOException("could not claim " + file + ": it keeps being replaced");
    }

    /** Who holds the claim on {@code target}, as its lock file says ("pid 1234"), or null. */
    static String holder(Path target) {
        if (HELD.contains(lockFile(target))) return Long.toString(ProcessHandle.current().pid());
        String s = read(lockFile(target));
        if (s == null || !s.startsWith(HEADER)) return null;
        for (String line : s.split("\n")) if (line.startsWith("pid=")) return line.substring(4);
        return null;
    }

    /**
     * Deletes {@code lockFile} when it is tiercare's and nobody holds it (its run was killed). Returns whether it did.
     * Safe against a run claiming it at the same moment: that run checks after locking that the file is still there.
     */
    static boolean deleteIfStale(Path lockFile) throws IOException {
        if (HELD.contains(lockFile)) return false;
        String s = read(lockFile);
        if (s == null || !s.startsWith(HEADER)) return false;
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock l = tryLock(ch);
            if (l == null) return false;
            try {
                Files.deleteIfExists(lockFile);
                return true;
            } finally {
                l.release();
            }
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    /**
     * Whether some run holds the claim on {@code target} now (this process, or another whose lock the system
     * reports). A second opinion next to PIDs, which another machine or PID namespace sharing the folder would fool.
     */
    static boolean held(Path target) throws IOException {
        Path file = lockFile(target);
        if (HELD.contains(file)) return true;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock l = tryLock(ch);
            if (l == null) return true;
            l.release();
            return false;
        } catch (NoSuchFileException none) {
            return false;
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException heldByThisProcess) {
            return null;
        }
    }

    private static String read(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 4096) return null;
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Gives the claim up: the lock file is deleted while still locked, then unlocked. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                if (lock.isValid()) lock.release();
            } finally {
                HELD.remove(file);
                channel.close();
                check.close();
            }
        }
    }
}
