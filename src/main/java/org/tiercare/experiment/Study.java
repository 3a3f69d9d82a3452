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
import org.tiercare.report.ResultsFolder;
import org.tiercare.report.StudyFiles;
import org.tiercare.report.Summary;
import org.tiercare.report.SummaryRow;
import org.tiercare.report.Sweep;
import org.tiercare.report.TimePoint;

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
                    manifest, arms.rows, summary, base.id(), comparison, sweep, arms.routes, maps(variants.size() > 1, arms, summary),
                    networkSeries(arms.baseDetail)));
            folder.commit();
            return new Result(folder.target(), summary, comparison, arms.completed, requested, wall, arms.events);
        }
    }

    /**
     * How many maps a study draws at most besides one per layout: a sweep of an outreach lever would otherwise
     * draw a map for every point whose tours differ from the rest.
     */
    static final int MAX_VARIANT_MAPS = 6;

    /** A variant chosen for a map of its own, with what the map needs of its replication 1. */
    record Mapped(Variant variant, String layoutKey, LayoutMap.Sketch sketch) {}

    /** What the arms produced, up to the first one an interrupt cut short. */
    private static final class Arms {
        final List<MetricRow> rows = new ArrayList<>();
        final List<StudyFiles.VariantRoute> routes = new ArrayList<>();
        final List<Mapped> maps = new ArrayList<>();
        int completed;
        long events;
        boolean interrupted;
        RunDetail baseDetail;
    }

    private static Arms runArms(List<Variant> variants, int replications, int threads, Experiment.Progress progress)
            throws InterruptedException {
        Arms a = new Arms();
        for (Variant v : variants) {
            Experiment.Outcome outcome = Experiment.run(v.scenario(), v.id(), replications, threads, progress);
            a.rows.addAll(outcome.rows());
            a.completed += outcome.completed();
            a.events += outcome.events();
            if (v == variants.get(0)) a.baseDetail = outcome.detail();
            for (RunDetail d : outcome.details()) {
                for (var r : d.routes()) a.routes.add(new StudyFiles.VariantRoute(v.id(), r));
            }
            // Only the flows and tours of replication 1 are kept, and only for variants that get a map.
            if (outcome.detail() != null) {
                LayoutMap.Sketch sketch = LayoutMap.Sketch.of(outcome.detail());
                if (drawsMap(a.maps, layoutKey(v), sketch)) a.maps.add(new Mapped(v, layoutKey(v), sketch));
            }
            // Clear the interrupt flag before any file is written (NIO channels refuse interrupted threads).
            boolean wasInterrupted = Thread.interrupted();
            if (outcome.completed() < replications || wasInterrupted) {
                a.interrupted = true;
                break;
            }
        }
        return a;
    }

    /** Which layout a variant's map shows: scenario file and layout id, since compared files may each have their own. */
    static String layoutKey(Variant v) {
        return v.scenario().file() + "#" + (v.scenario().activeLayout() == null ? "" : v.scenario().activeLayout().id());
    }

    /**
     * Whether a variant of layout {@code layoutKey} whose replication 1 gave {@code sketch} gets a map of its own,
     * given the maps chosen so far in variant order (the baseline's is always the first). The first variant of
     * each layout does: a layout comparison shows every layout. A later variant does when its flows or tours
     * differ materially ({@link LayoutMap#differs}) from every map of its layout chosen so far, the layout's
     * first variant's included (an outreach variant, whose tours the baseline lacks, is the usual case), while
     * fewer than {@link #MAX_VARIANT_MAPS} such maps have been chosen.
     */
    static boolean drawsMap(List<Mapped> chosen, String layoutKey, LayoutMap.Sketch sketch) {
        List<Mapped> same = chosen.stream().filter(m -> m.layoutKey().equals(layoutKey)).toList();
        if (same.isEmpty()) return true;
        long extra = chosen.size() - chosen.stream().map(Mapped::layoutKey).distinct().count();
        return extra < MAX_VARIANT_MAPS && same.stream().allMatch(m -> LayoutMap.differs(m.sketch(), sketch));
    }

    /**
     * The maps, the baseline's first; none when the baseline has no zones (the first map is always the
     * baseline's), and none of a compared file without zones. {@code named}: several variants ran.
     */
    private static List<MapData> maps(boolean named, Arms a, List<SummaryRow> summary) {
        List<MapData> out = new ArrayList<>();
        if (a.maps.isEmpty() || a.maps.get(0).variant().scenario().zones().isEmpty()) return out;
        for (Mapped m : a.maps) {
            if (m.variant().scenario().zones().isEmpty()) continue;
            out.add(LayoutMap.of(m.variant().scenario(), m.variant().id(), named, summary, m.sketch()));
        }
        return out;
    }

    /** Replication 1's series summed over all facilities (the per-facility ones are for {@code warmup}). */
    private static List<TimePoint> networkSeries(RunDetail detail) {
        if (detail == null) return List.of();
        return detail.series().stream().filter(p -> p.series().endsWith("(all facilities)"))
                .map(p -> new TimePoint(p.timeH(), p.series(), p.value())).toList();
    }
}
