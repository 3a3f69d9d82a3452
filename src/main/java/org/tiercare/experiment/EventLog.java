package org.tiercare.experiment;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tiercare.model.EventSink;

/**
 * {@code --event-log PATH}: one row per patient event, as gzip-compressed CSV with a header
 * ({@link #COLUMNS}), which DuckDB ({@code read_csv('events.csv.gz')}), pandas ({@code read_csv}) and R
 * ({@code read.csv(gzfile(…))}) read as they are. Replications run in parallel, so each writes a file of its own in a
 * staging folder beside PATH; {@link #finish} joins those of replications 1 … k in order into PATH (so the file is the
 * same bytes at any thread count) and moves it into place whole. An existing PATH is never replaced.
 */
public final class EventLog implements Closeable {
    public static final List<String> COLUMNS = List.of("replication", "patient", "time_h", "event", "facility", "condition",
            "source", "wait_h");

    private final Path target;
    private final Path staging;
    private final double share;

    private EventLog(Path target, Path staging, double share) {
        this.target = target;
        this.staging = staging;
        this.share = share;
    }

    /**
     * A log to be written to {@code target}, keeping a {@code share} of the patients (0 < share ≤ 1).
     *
     * @throws FileAlreadyExistsException when {@code target} exists
     */
    public static EventLog create(Path target, double share) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        if (Files.exists(t)) throw new FileAlreadyExistsException(t.toString());
        Path dir = t.getParent();
        Files.createDirectories(dir);
        Path staging = Files.createTempDirectory(dir, "." + t.getFileName() + ".partial-");
        return new EventLog(t, staging, share);
    }

    public Path target() { return target; }

    double share() { return share; }

    /** The sink of replication {@code replication}; close it when the replication has run. */
    Replication open(int replication) {
        try {
            return new Replication(replication, staging.resolve(replication + ".csv.gz"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes PATH from replications 1 … {@code replications} and moves it into place. */
    public void finish(int replications) throws IOException {
        Path partial = staging.resolve("all.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            out.write((String.join(",", COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= replications; r++) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(staging.resolve(r + ".csv.gz")), 1 << 16)) {
                    in.transferTo(out);
                }
            }
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        close();
    }

    /** Removes the staging folder (PATH is left as it is: written by {@link #finish}, or never created). */
    @Override
    public void close() {
        if (!Files.exists(staging)) return;
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover .partial folder is harmless; the log itself is complete or absent.
        }
    }

    /** One replication's rows. */
    final class Replication implements EventSink, Closeable {
        private final String prefix;
        private final Writer out;
        private final StringBuilder line = new StringBuilder(96);

        Replication(int replication, Path file) throws IOException {
            this.prefix = replication + ",";
            this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
        }

        double share() { return share; }

        @Override
        public void event(long patient, double timeH, String event, String facility, String condition, String source,
                          double waitH) {
            line.setLength(0);
            line.append(prefix).append(patient).append(',').append(timeH).append(',').append(event).append(',');
            cell(facility);
            line.append(',');
            cell(condition);
            line.append(',').append(source).append(',');
            if (!Double.isNaN(waitH)) line.append(waitH);
            line.append('\n');
            try {
                out.append(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Ids are plain in practice; one with a comma or quote is quoted as CSV asks. */
        private void cell(String s) {
            if (s == null) return;
            if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) line.append(s);
            else line.append('"').append(s.replace("\"", "\"\"")).append('"');
        }

        @Override
        public void close() throws IOException { out.close(); }
    }
}
