package org.tiercare.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tiercare.model.RunDetail;
import org.tiercare.report.Comparison;
import org.tiercare.report.ComparisonRow;
import org.tiercare.report.Manifest;
import org.tiercare.report.MapData;
import org.tiercare.report.MetricRow;
import org.tiercare.report.NameRow;
import org.tiercare.report.ResultsFolder;
import org.tiercare.report.StudyFiles;
import org.tiercare.report.Summary;
import org.tiercare.report.SummaryRow;
import org.tiercare.report.Sweep;
import org.tiercare.report.TimePoint;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.ZoneSpec;

/**
 * An experiment as a user asks for it — one scenario, a comparison of variants, or a sweep — run
 * under common random numbers and written as one complete results folder: summary.csv,
 * replications.csv, compare.csv (two or more variants), charts, report.html and manifest.json. The
 * folder is moved into place only when everything is written; an interrupted run keeps the
 * replications that finished and says so in the manifest and the report.
 */
public final class Study {
    public static final String BASE_VARIANT = "base";

    /** {@code replications} null: each scenario's own. */
    public record Options(Integer replications, int threads, Path out, boolean force, String commandLine) {
        public Options(int replications, int threads, Path out, boolean force, String commandLine) {
            this(Integer.valueOf(replications), threads, out, force, commandLine);
        }
    }

    public record Result(Path folder, List<SummaryRow> summary, List<ComparisonRow> comparison, int completed,
                         int requested, double wallSeconds, long events) {
        public boolean partial() { return completed < requested; }
    }

    private Study() {}

    /** A single scenario (variant {@code base}). */
    public static Result run(org.tiercare.scenario.Scenario scenario, Options options, Experiment.Progress progress)
            throws IOException, InterruptedException {
        return run(List.of(new Variant(BASE_VARIANT, "as written", scenario, java.util.Map.of())), null, options, progress);
    }

    /** Variants in order; the first is the baseline of the comparison. {@code sweep} may be null. */
    public static Result run(List<Variant> variants, Sweep sweep, Options options, Experiment.Progress progress)
            throws IOException, InterruptedException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Variant base = variants.get(0);
        int replications = options.replications() != null ? options.replications() : base.scenario().replications();
        int requested = replications * variants.size();
        try (ResultsFolder folder = ResultsFolder.open(options.out(), options.force())) {
            Arms arms = runArms(variants, replications, options.threads(), progress);
            double wall = (System.nanoTime() - t0) / 1e9;
            if (arms.completed == 0) {
                folder.abort();
                if (arms.interrupted) throw new InterruptedException("interrupted before any replication finished");
                throw new IllegalStateException("no replication completed");
            }
            List<SummaryRow> summary = Summary.of(arms.rows);
            boolean compared = variants.size() > 1 && arms.rows.stream().anyMatch(r -> !r.variant().equals(base.id()));
            List<ComparisonRow> comparison = compared ? Comparison.paired(arms.rows, base.id()) : List.of();
            Manifest manifest = Manifest.of(base.scenario().name(), base.scenario().file(), base.scenario().sha256(),
                    base.scenario().overrides(), base.scenario().seed(), requested, arms.completed, options.threads(),
                    variants.stream().map(Variant::id).toList(), options.commandLine(), started, wall,
                    arms.completed < requested);
            StudyFiles.write(folder.path(), new StudyFiles.Output(base.scenario().name(), base.scenario().description(),
                    manifest, arms.rows, summary, base.id(), comparison, sweep, arms.routes, map(base, arms, summary),
                    networkSeries(arms.baseDetail), names(variants)));
            folder.commit();
            return new Result(folder.target(), summary, comparison, arms.completed, requested, wall, arms.events);
        }
    }

    /** What the arms produced, up to the first one an interrupt cut short. */
    private static final class Arms {
        final List<MetricRow> rows = new ArrayList<>();
        final List<StudyFiles.VariantRoute> routes = new ArrayList<>();
        int completed;
        long events;
        boolean interrupted;
        RunDetail baseDetail;
        Variant mapVariant;
        RunDetail mapDetail;
    }

    private static Arms runArms(List<Variant> variants, int replications, int threads, Experiment.Progress progress)
            throws InterruptedException {
        Arms a = new Arms();
        a.mapVariant = variants.get(0);
        for (Variant v : variants) {
            Experiment.Outcome outcome = Experiment.run(v.scenario(), v.id(), replications, threads, progress);
            a.rows.addAll(outcome.rows());
            a.completed += outcome.completed();
            a.events += outcome.events();
            if (v == variants.get(0)) a.baseDetail = outcome.detail();
            for (RunDetail d : outcome.details()) {
                for (var r : d.routes()) a.routes.add(new StudyFiles.VariantRoute(v.id(), r));
            }
            // The map shows the variant with the most outreach tours (the base often has the lever off).
            if (outcome.detail() != null && !outcome.detail().tours().isEmpty()
                    && (a.mapDetail == null || outcome.detail().tours().size() > a.mapDetail.tours().size())) {
                a.mapVariant = v;
                a.mapDetail = outcome.detail();
            }
            // Clear the interrupt flag before any file is written (NIO channels refuse interrupted threads).
            boolean wasInterrupted = Thread.interrupted();
            if (outcome.completed() < replications || wasInterrupted) {
                a.interrupted = true;
                break;
            }
        }
        if (a.mapDetail == null) a.mapDetail = a.baseDetail;
        return a;
    }

    private static MapData map(Variant base, Arms a, List<SummaryRow> summary) {
        if (base.scenario().zones().isEmpty()) return null;
        return LayoutMap.of(a.mapVariant.scenario(), a.mapVariant.id(), summary, a.mapDetail);
    }

    /**
     * The zones, facilities and grids of every variant's scenario (of every layout), for names.csv and chart
     * labels; each id once per kind, named as the first variant that has it names it (the baseline first).
     */
    static List<NameRow> names(List<Variant> variants) {
        java.util.Map<String, NameRow> out = new java.util.LinkedHashMap<>();
        for (Variant v : variants) {
            for (ZoneSpec z : v.scenario().zones()) out.putIfAbsent("zone " + z.id(), new NameRow(z.id(), NameRow.ZONE, z.name()));
        }
        for (Variant v : variants) {
            for (FacilitySpec f : v.scenario().facilities()) {
                out.putIfAbsent("facility " + f.id(), new NameRow(f.id(), NameRow.FACILITY, f.name()));
            }
        }
        for (Variant v : variants) {
            for (LayoutSpec l : v.scenario().layouts()) {
                for (GridSpec g : l.grids()) out.putIfAbsent("grid " + g.id(), new NameRow(g.id(), NameRow.GRID, g.id()));
            }
        }
        return List.copyOf(out.values());
    }

    /** Replication 1's series summed over all facilities (the per-facility ones are for {@code warmup}). */
    private static List<TimePoint> networkSeries(RunDetail detail) {
        if (detail == null) return List.of();
        return detail.series().stream().filter(p -> p.series().endsWith("(all facilities)"))
                .map(p -> new TimePoint(p.timeH(), p.series(), p.value())).toList();
    }
}
