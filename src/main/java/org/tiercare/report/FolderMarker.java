package org.tiercare.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code .tiercare} file that marks a folder as tiercare's. In a staging folder it says
 * {@code incomplete} and names the process writing it (PID and start time, so that a folder left by a killed
 * run can be told from one still being written); in a results folder it says {@code complete} and lists
 * every file tiercare wrote there with its size and SHA-256, so that {@code --force} can see what is not
 * tiercare's (a document someone saved there, an edited CSV) and refuse to delete it.
 */
final class FolderMarker {
    static final String FILE = ".tiercare";
    static final String INCOMPLETE = "incomplete";
    static final String COMPLETE = "complete";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FolderMarker() {}

    /** The process that writes a staging folder; {@code start} is null where the system does not tell it. */
    @JsonPropertyOrder({"pid", "start"})
    record Owner(@JsonProperty("pid") long pid, @JsonProperty("start") String start) {
        static Owner current() {
            ProcessHandle self = ProcessHandle.current();
            return new Owner(self.pid(), self.info().startInstant().map(Object::toString).orElse(null));
        }

        /**
         * Whether that process still runs. A PID alone is not enough (PIDs are reused, and in containers every
         * run may be PID 1), so the start time must match too; when either start time is unknown, a living
         * process with that PID counts as the owner, which errs on the side of keeping the folder.
         */
        boolean alive() {
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isEmpty() || !p.get().isAlive()) return false;
            Optional<String> started = p.get().info().startInstant().map(Object::toString);
            return start == null || started.isEmpty() || started.get().equals(start);
        }
    }

    /** One file tiercare wrote, by its path relative to the folder (with {@code /}). */
    @JsonPropertyOrder({"path", "size", "sha256"})
    record Entry(@JsonProperty("path") String path, @JsonProperty("size") long size, @JsonProperty("sha256") String sha256) {}

    @JsonPropertyOrder({"tool", "run_id", "state", "owner", "files"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Marker(@JsonProperty("tool") String tool,
                  @JsonProperty("run_id") String runId,
                  @JsonProperty("state") String state,
                  @JsonProperty("owner") @JsonInclude(JsonInclude.Include.NON_NULL) Owner owner,
                  @JsonProperty("files") List<Entry> files) {
        boolean complete() { return COMPLETE.equals(state); }
    }

    /** Marks a new staging folder as being written by {@code owner}. */
    static void writeIncomplete(Path dir, String runId, Owner owner) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), new Marker("tiercare", runId, INCOMPLETE, owner, List.of()));
    }

    /** Marks a finished staging folder complete, listing every file in it. */
    static void writeComplete(Path dir, String runId) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), new Marker("tiercare", runId, COMPLETE, null, entries(dir)));
    }

    /** The marker of {@code dir}; empty when it has none or one that is not tiercare's. */
    static Optional<Marker> read(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            Marker m = JSON.readValue(f.toFile(), Marker.class);
            return m != null && "tiercare".equals(m.tool()) && m.runId() != null ? Optional.of(m) : Optional.empty();
        } catch (IOException | RuntimeException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * What in {@code dir} tiercare did not write according to {@code m}: files it does not list, files whose
     * size or SHA-256 changed since, and anything that is neither a plain file nor a folder (a link could
     * point anywhere). Relative paths with {@code /}, sorted.
     */
    static List<String> foreign(Path dir, Marker m) throws IOException {
        Map<String, Entry> listed = new HashMap<>();
        for (Entry e : m.files()) listed.put(e.path(), e);
        List<String> out = new ArrayList<>();
        for (Path p : walk(dir)) {
            String rel = relative(dir, p);
            if (rel.equals(FILE) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
            Entry e = listed.get(rel);
            if (e == null || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) != e.size()
                    || !sha256(p).equals(e.sha256())) {
                out.add(rel);
            }
        }
        return out;
    }

    /** Every file and folder under {@code dir} (not {@code dir}), relative with {@code /}, sorted. */
    static List<String> everything(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : walk(dir)) out.add(relative(dir, p));
        return out;
    }

    private static List<Entry> entries(Path dir) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (Path p : walk(dir)) {
            String rel = relative(dir, p);
            if (rel.equals(FILE) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
            out.add(new Entry(rel, Files.size(p), sha256(p)));
        }
        return out;
    }

    private static List<Path> walk(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }

    private static String relative(Path dir, Path p) {
        return dir.relativize(p).toString().replace('\\', '/');
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
