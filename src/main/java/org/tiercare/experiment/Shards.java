package org.tiercare.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tiercare.model.RunDetail;
import org.tiercare.report.CsvOutput;
import org.tiercare.report.Manifest;
import org.tiercare.report.MetricRow;
import org.tiercare.report.OccupancyRow;
import org.tiercare.report.ResultsFolder;

/**
 * Studies split over machines. A shard ({@link Shard}) runs its (variant, replication) jobs and writes a partial
 * results folder: {@code manifest.json} (with {@code shard}: index, count, the study's fingerprint and its job
 * count), {@code replications.csv} and {@code occupancy.csv} of its jobs to look at, and {@value #FILE}, which is
 * what {@code tiercare merge} reads: the recipe of the study (how to rebuild its variants), every job's indicator
 * rows and the whole {@link RunDetail} of every job (series, flows, tours, routes, occupancy), since the stability
 * warnings read every replication's series, the maps and the network chart replication 1's, and outreach_routes.csv
 * and occupancy.csv every replication's. Doubles are written by Jackson in their shortest round-trip form, so the
 * merged numbers are the very numbers simulated. Merging gathers these into one {@link Experiment.Outcome} per
 * variant and hands them to {@link Study#run} as replications already simulated: the merged folder is written by the
 * same code as a single machine's, so its CSV files are the same bytes.
 */
public final class Shards {
    /** The file of a shard folder that merge reads. */
    public static final String FILE = "shard.json.gz";
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Shards() {}

    /** One (variant, replication) job's results. */
    public record Job(String variant, int replication, List<MetricRow> rows, RunDetail detail) {}

    /** The content of {@value #FILE}. {@code events}: events simulated, per variant id. */
    public record Payload(int format, String study, int index, int count, Map<String, Object> recipe,
                         List<String> variants, int replications, Map<String, Long> events, List<Job> jobs) {}

    /** What a shard ran. */
    public record Result(Path folder, int jobs, long events, double wallSeconds) {}

    /** Shards read back for merging: one complete outcome per variant id, in the study's variant order. */
    public record Merged(Map<String, Object> recipe, String study, int count, List<String> variants, int replications,
                         Map<String, Experiment.Outcome> outcomes) {}

    /**
     * The study's fingerprint: SHA-256 over the tiercare version, the recipe without its file paths ({@code recipe}
     * minus {@code scenarios}: the same files may sit at other paths on other machines), the replications and, per
     * variant, its id, the SHA-256 of its scenario file, its seed and its overrides.
     */
    public static String fingerprint(Map<String, Object> recipe, List<Variant> variants, int replications) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("version", Manifest.toolVersion());
        Map<String, Object> r = new TreeMap<>(recipe);
        r.remove("scenarios");
        all.put("recipe", r);
        all.put("replications", replications);
        List<Object> vs = new ArrayList<>();
        for (Variant v : variants) {
            vs.add(List.of(v.id(), String.valueOf(v.scenario().sha256()), v.scenario().seed(), v.scenario().overrides()));
        }
        all.put("variants", vs);
        try {
            byte[] bytes = JSON.writeValueAsString(all).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Runs shard {@code shard} of the study of {@code variants} × {@code replications} into {@code claimed} (committed,
     * or aborted and closed, before this returns). A shard is all or nothing: interrupted, it keeps no folder (run it
     * again), since merge needs every job.
     */
    public static Result run(List<Variant> variants, int replications, Shard shard, Map<String, Object> recipe,
                             int threads, String commandLine, ResultsFolder claimed, Experiment.Progress progress)
            throws IOException, InterruptedException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String study = fingerprint(recipe, variants, replications);
        try (ResultsFolder folder = claimed) {
            List<Job> jobs = new ArrayList<>();
            List<OccupancyRow> occupancy = new ArrayList<>();
            Map<String, Long> events = new LinkedHashMap<>();
            long total = 0;
            for (int vi = 0; vi < variants.size(); vi++) {
                Variant v = variants.get(vi);
                List<Integer> numbers = new ArrayList<>();
                for (int r = 1; r <= replications; r++) if (shard.holds(vi, r, replications)) numbers.add(r);
                if (numbers.isEmpty()) continue;
                Experiment.Outcome o = Experiment.run(v.scenario(), v.id(), numbers, threads, progress);
                // Clear the flag before any file is written (NIO channels refuse interrupted threads).
                if (Thread.interrupted() || o.completed() < numbers.size()) {
                    folder.abort();
                    throw new InterruptedException("shard " + shard + " interrupted");
                }
                events.put(v.id(), o.events());
                total += o.events();
                for (int i = 0; i < numbers.size(); i++) {
                    int rep = numbers.get(i);
                    RunDetail d = o.details().get(i);
                    jobs.add(new Job(v.id(), rep, o.rows().stream().filter(row -> row.replication() == rep).toList(), d));
                    for (RunDetail.Occupancy w : d.occupancy()) occupancy.addAll(OccupancyRow.of(v.id(), rep, w.facility(), w.hoursAt()));
                }
            }
            if (progress != null) progress.simulationDone();
            Thread.interrupted();
            double wall = (System.nanoTime() - t0) / 1e9;
            Path dir = folder.path();
            Payload payload = new Payload(FORMAT, study, shard.index(), shard.count(), recipe,
                    variants.stream().map(Variant::id).toList(), replications, events, jobs);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(FILE)))) {
                JSON.writeValue(out, payload);
            }
            CsvOutput.writeReplications(dir.resolve("replications.csv"), jobs.stream().flatMap(j -> j.rows().stream()).toList());
            if (!occupancy.isEmpty()) CsvOutput.writeOccupancy(dir.resolve("occupancy.csv"), occupancy);
            var base = variants.get(0).scenario();
            Manifest.of(base.name(), base.file(), base.sha256(), base.overrides(), base.seed(), jobs.size(), jobs.size(),
                            threads, variants.stream().map(Variant::id).toList(), commandLine, started, wall, false)
                    .withRunId(folder.runId())
                    .withShard(new Manifest.ShardOf(shard.index(), shard.count(), study, jobs.size()))
                    .writeTo(dir);
            folder.commit();
            return new Result(folder.target(), jobs.size(), total, wall);
        }
    }

    /**
     * Reads shard folders and checks that they are every shard of one study, each once ({@link ShardException}
     * otherwise, naming the folders or the missing shards).
     */
    public static Merged read(List<Path> folders) throws IOException {
        Map<Integer, Path> byIndex = new TreeMap<>();
        Payload first = null;
        Path firstFolder = null;
        Map<String, List<Job>> jobs = new LinkedHashMap<>();
        Map<String, Long> events = new LinkedHashMap<>();
        for (Path folder : folders) {
            Path file = folder.resolve(FILE);
            if (!Files.isRegularFile(file)) throw new ShardException("merge.notShard", folder);
            Payload p;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                p = JSON.readValue(in, Payload.class);
            } catch (com.fasterxml.jackson.core.JacksonException | java.util.zip.ZipException e) {
                throw new ShardException("merge.unreadable", folder, e.getMessage());
            }
            if (p.format() != FORMAT) throw new ShardException("merge.unreadable", folder, "format " + p.format());
            if (first == null) {
                first = p;
                firstFolder = folder;
                for (String v : p.variants()) jobs.put(v, new ArrayList<>());
            } else if (!first.study().equals(p.study()) || first.count() != p.count()) {
                throw new ShardException("merge.otherStudy", firstFolder, folder);
            }
            Path before = byIndex.putIfAbsent(p.index(), folder);
            if (before != null) throw new ShardException("merge.duplicate", p.index() + "/" + p.count(), before, folder);
            for (Job j : p.jobs()) jobs.get(j.variant()).add(j);
            p.events().forEach((v, n) -> events.merge(v, n, Long::sum));
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= first.count(); i++) if (!byIndex.containsKey(i)) missing.add(i + "/" + first.count());
        if (!missing.isEmpty()) throw new ShardException("merge.missing", String.join(", ", missing), first.count());
        Map<String, Experiment.Outcome> outcomes = new LinkedHashMap<>();
        for (var e : jobs.entrySet()) {
            List<Job> js = new ArrayList<>(e.getValue());
            js.sort(Comparator.comparingInt(Job::replication));
            List<MetricRow> rows = new ArrayList<>();
            List<RunDetail> details = new ArrayList<>();
            for (int i = 0; i < js.size(); i++) {
                // Every shard of the study is here once, so this holds unless a shard file was edited by hand.
                if (js.get(i).replication() != i + 1) throw new ShardException("merge.unreadable", firstFolder, "jobs");
                rows.addAll(js.get(i).rows());
                details.add(js.get(i).detail());
            }
            if (js.size() != first.replications()) throw new ShardException("merge.unreadable", firstFolder, "jobs");
            outcomes.put(e.getKey(), new Experiment.Outcome(rows, js.size(), events.getOrDefault(e.getKey(), 0L), details));
        }
        return new Merged(first.recipe(), first.study(), first.count(), first.variants(), first.replications(), outcomes);
    }
}
