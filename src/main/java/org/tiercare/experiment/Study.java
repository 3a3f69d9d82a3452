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
import org.tiercare.report.OccupancyRow;
import org.tiercare.report.Precision;
import org.tiercare.report.ResultsFolder;
import org.tiercare.report.RunWarning;
import org.tiercare.report.ScorecardRow;
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
 * replications.csv, compare.csv (two or more variants), occupancy.csv (wards), charts, report.html and
 * manifest.json. The folder is moved into place only when everything is written; an interrupted run
 * keeps the replications that finished and says so in the manifest and the report.
 */
public final class Study {
    public static final String BASE_VARIANT = "base";

    /**
     * {@code replications} null: each scenario's own. {@code precision} null: exactly that many replications;
     * otherwise more are added (doubling, up to {@code maxReplications} per variant) until every variant's headline
     * network intervals are within {@code precision} of their means (see {@link Precision#allPrecise}).
     */
    public record Options(Integer replications, int threads, Path out, boolean force, String commandLine,
                          Double precision, int maxReplications, List<org.tiercare.scenario.RuleSet> rules,
                          EventLog eventLog) {
        public Options {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }

        /** Without an event log ({@code eventLog}: every replication's patient events, or null). */
        public Options(Integer replications, int threads, Path out, boolean force, String commandLine,
                       Double precision, int maxReplications, List<org.tiercare.scenario.RuleSet> rules) {
            this(replications, threads, out, force, commandLine, precision, maxReplications, rules, null);
        }

        /** Without rule sets beyond those the scenarios name ({@code --rules}). */
        public Options(Integer replications, int threads, Path out, boolean force, String commandLine, Double precision,
                       int maxReplications) {
            this(replications, threads, out, force, commandLine, precision, maxReplications, List.of());
        }

        public Options(int replications, int threads, Path out, boolean force, String commandLine) {
            this(Integer.valueOf(replications), threads, out, force, commandLine, null, replications);
        }

        public Options(Integer replications, int threads, Path out, boolean force, String commandLine) {
            this(replications, threads, out, force, commandLine, null, replications == null ? 0 : replications);
        }
    }

    public record Result(Path folder, List<SummaryRow> summary, List<ComparisonRow> comparison, int completed,
                         int requested, double wallSeconds, long events, List<RunWarning> warnings,
                         List<ScorecardRow> scorecard) {
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
        return run(variants, sweep, options, ResultsFolder.open(options.out(), options.force()), progress);
    }

    /**
     * The same into a results folder the caller has already claimed ({@code options.out()} and {@code force} are
     * then not used): the command line claims it before loading anything heavy, so that a folder in use is refused
     * at once. The folder is committed, or aborted and closed, before this returns.
     */
    public static Result run(List<Variant> variants, Sweep sweep, Options options, ResultsFolder claimed,
                             Experiment.Progress progress) throws IOException, InterruptedException {
        return run(variants, sweep, options, claimed, progress, java.util.Map.of());
    }

    /**
     * As {@link #run(List, Sweep, Options, ResultsFolder, Experiment.Progress)}, reusing replications 1 … k of
     * variants already simulated ({@code done}, by variant id, e.g. the points an {@link Optimiser} tried): a
     * replication depends only on its scenario and number, so reusing it changes nothing but the time taken.
     */
    public static Result run(List<Variant> variants, Sweep sweep, Options options, ResultsFolder claimed,
                             Experiment.Progress progress, java.util.Map<String, Experiment.Outcome> done)
            throws IOException, InterruptedException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Variant base = variants.get(0);
        int replications = options.replications() != null ? options.replications() : base.scenario().replications();
        try (ResultsFolder folder = claimed) {
            Arms arms = new Arms(variants);
            runBatch(arms, variants, 1, replications, options.threads(), progress, done, options.eventLog());
            int perVariant = replications;
            // More replications, in batches that double the count, until precise: which replications run depends
            // only on the results of earlier ones, so the outcome is the same for any thread count.
            while (options.precision() != null && !arms.interrupted && perVariant < options.maxReplications()
                    && !Precision.allPrecise(Summary.of(arms.rows), options.precision())) {
                int more = Math.min(perVariant, options.maxReplications() - perVariant);
                runBatch(arms, variants, perVariant + 1, more, options.threads(), progress, done, options.eventLog());
                perVariant += more;
            }
            if (progress != null) progress.simulationDone();
            // An interrupt that came after the last replication finished: nothing was cut short.
            Thread.interrupted();
            arms.sortByVariantAndReplication(variants);
            int requested = perVariant * variants.size();
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
                    arms.completed < requested).withRunId(folder.runId());
            List<RunWarning> warnings = new ArrayList<>();
            for (Variant v : variants) warnings.addAll(ScenarioWarnings.check(v.id(), v.scenario()));
            for (Variant v : variants) warnings.addAll(Stability.check(v.id(), v.scenario(), arms.details.get(v.id())));
            warnings.addAll(Precision.check(summary));
            manifest = manifest.withWarnings(warnings);
            if (options.precision() != null) {
                manifest = manifest.withPrecision(new Manifest.PrecisionTarget(options.precision(), options.maxReplications(),
                        perVariant, Precision.allPrecise(summary, options.precision())));
            }
            List<ScorecardRow> scorecard = Scorecard.of(variants, options.rules(), arms.rows);
            StudyFiles.write(folder.path(), new StudyFiles.Output(base.scenario().name(), base.scenario().description(),
                    manifest, arms.rows, summary, base.id(), comparison, sweep, arms.routes, maps(variants.size() > 1, arms, summary),
                    networkSeries(arms.baseDetail), arms.occupancy, names(variants), scorecard));
            folder.commit();
            return new Result(folder.target(), summary, comparison, arms.completed, requested, wall, arms.events, warnings,
                    scorecard);
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
        List<MetricRow> rows = new ArrayList<>();
        List<StudyFiles.VariantRoute> routes = new ArrayList<>();
        List<OccupancyRow> occupancy = new ArrayList<>();
        /** Every finished replication's detail, per variant id, in replication order. */
        final java.util.Map<String, List<RunDetail>> details = new java.util.LinkedHashMap<>();
        final List<Mapped> maps = new ArrayList<>();
        int completed;
        long events;
        boolean interrupted;
        RunDetail baseDetail;
        Arms(List<Variant> variants) {
            for (Variant v : variants) details.put(v.id(), new ArrayList<>());
        }

        /** Batches append variant by variant; the files list each variant's replications together, in order. */
        void sortByVariantAndReplication(List<Variant> variants) {
            List<String> order = variants.stream().map(Variant::id).toList();
            rows = new ArrayList<>(rows);
            rows.sort(java.util.Comparator.comparingInt((MetricRow r) -> order.indexOf(r.variant()))
                    .thenComparingInt(MetricRow::replication));
            routes = new ArrayList<>(routes);
            routes.sort(java.util.Comparator.comparingInt((StudyFiles.VariantRoute r) -> order.indexOf(r.variant()))
                    .thenComparingInt(r -> r.route().replication()));
            occupancy = new ArrayList<>(occupancy);
            occupancy.sort(java.util.Comparator.comparingInt((OccupancyRow r) -> order.indexOf(r.variant()))
                    .thenComparingInt(OccupancyRow::replication));
        }
    }

    /** Replications {@code first} … {@code first + count − 1} of every variant, appended to {@code a}. */
    private static void runBatch(Arms a, List<Variant> variants, int first, int count, int threads,
                                 Experiment.Progress progress, java.util.Map<String, Experiment.Outcome> done, EventLog log)
            throws InterruptedException {
        for (Variant v : variants) {
            Experiment.Outcome outcome = Experiment.reusing(done.get(v.id()), v.scenario(), v.id(), first, count, threads,
                    progress, log);
            a.rows.addAll(outcome.rows());
            a.completed += outcome.completed();
            a.events += outcome.events();
            a.details.get(v.id()).addAll(outcome.details());
            if (v == variants.get(0) && first == 1) a.baseDetail = outcome.detail();
            for (int i = 0; i < outcome.details().size(); i++) {
                RunDetail d = outcome.details().get(i);
                for (var r : d.routes()) a.routes.add(new StudyFiles.VariantRoute(v.id(), r));
                // Details are in replication order, contiguous from the batch's first.
                for (RunDetail.Occupancy w : d.occupancy()) {
                    a.occupancy.addAll(OccupancyRow.of(v.id(), first + i, w.facility(), w.hoursAt()));
                }
            }
            // Only the flows and tours of replication 1 are kept, and only for variants that get a map.
            if (first == 1 && outcome.detail() != null) {
                LayoutMap.Sketch sketch = LayoutMap.Sketch.of(outcome.detail());
                if (drawsMap(a.maps, layoutKey(v), sketch)) a.maps.add(new Mapped(v, layoutKey(v), sketch));
            }
            // Clear the interrupt flag before any file is written (NIO channels refuse interrupted threads).
            boolean wasInterrupted = Thread.interrupted();
            if (outcome.completed() < count || wasInterrupted) {
                a.interrupted = true;
                break;
            }
        }
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
        for (Variant v : variants) {
            for (var g : v.scenario().groups()) out.putIfAbsent("group " + g.id(), new NameRow(g.id(), NameRow.GROUP, g.name()));
            for (FacilitySpec f : v.scenario().facilities()) {
                for (var d : f.departments()) {
                    String id = f.id() + "/" + d.id();
                    out.putIfAbsent("department " + id, new NameRow(id, NameRow.DEPARTMENT, f.name() + " " + d.name()));
                }
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
