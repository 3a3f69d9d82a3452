package org.tiercare.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tiercare.model.RunDetail;
import org.tiercare.report.ChartImage;
import org.tiercare.report.Charts;
import org.tiercare.report.Comparison;
import org.tiercare.report.ComparisonRow;
import org.tiercare.report.CsvOutput;
import org.tiercare.report.HtmlReport;
import org.tiercare.report.Manifest;
import org.tiercare.report.MapChart;
import org.tiercare.report.MetricRow;
import org.tiercare.report.ReportContent;
import org.tiercare.report.ResultsFolder;
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
            List<MetricRow> rows = new ArrayList<>();
            int completed = 0;
            long events = 0;
            RunDetail detail = null;
            List<Object[]> routes = new ArrayList<>();
            Variant mapVariant = base;
            RunDetail mapDetail = null;
            boolean interrupted = false;
            for (Variant v : variants) {
                Experiment.Outcome outcome;
                outcome = Experiment.run(v.scenario(), v.id(), replications, options.threads(), progress);
                rows.addAll(outcome.rows());
                completed += outcome.completed();
                events += outcome.events();
                if (v == base) detail = outcome.detail();
                for (RunDetail d : outcome.details()) {
                    for (var r : d.routes()) {
                        routes.add(new Object[] {v.id(), r.replication(), r.day(), r.hospital(), r.specialist(), r.sequence(),
                                r.clinic(), r.arriveH(), r.startH(), r.endH(), r.travelH()});
                    }
                }
                // The map shows the variant with the most outreach tours (the base often has the lever off).
                if (outcome.detail() != null && !outcome.detail().tours().isEmpty()
                        && (mapDetail == null || outcome.detail().tours().size() > mapDetail.tours().size())) {
                    mapVariant = v;
                    mapDetail = outcome.detail();
                }
                // Clear the interrupt flag before any file is written (NIO channels refuse interrupted threads).
                boolean wasInterrupted = Thread.interrupted();
                if (outcome.completed() < replications || wasInterrupted) {
                    interrupted = true;
                    break;
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            if (completed == 0) {
                folder.abort();
                if (interrupted) throw new InterruptedException("interrupted before any replication finished");
                throw new IllegalStateException("no replication completed");
            }
            Path dir = folder.path();
            List<SummaryRow> summary = Summary.of(rows);
            CsvOutput.writeSummary(dir.resolve("summary.csv"), summary);
            CsvOutput.writeReplications(dir.resolve("replications.csv"), rows);
            List<ComparisonRow> comparison = List.of();
            boolean compared = variants.size() > 1 && rows.stream().anyMatch(r -> !r.variant().equals(base.id()));
            if (compared) {
                comparison = Comparison.paired(rows, base.id());
                CsvOutput.writeComparison(dir.resolve("compare.csv"), comparison);
            }
            Manifest manifest = Manifest.of(base.scenario().name(), base.scenario().file(), base.scenario().sha256(),
                    base.scenario().overrides(), base.scenario().seed(), requested, completed, options.threads(),
                    variants.stream().map(Variant::id).toList(), options.commandLine(), started, wall, completed < requested);
            manifest.writeTo(dir);
            if (!routes.isEmpty()) {
                CsvOutput.writeTable(dir.resolve("outreach_routes.csv"), List.of("variant", "replication", "day", "hospital",
                        "specialist", "sequence", "clinic", "arrive_h", "start_h", "end_h", "travel_h"), routes);
            }
            if (mapDetail == null) mapDetail = detail;
            List<ChartImage> charts = charts(dir.resolve("charts"), base, summary, sweep, detail, mapVariant, mapDetail);
            ReportContent content = ReportContent.of(base.scenario().name(), base.scenario().description(), manifest, summary)
                    .withCharts(charts);
            if (compared) content = content.withComparison(base.id(), comparison);
            if (sweep != null) content = content.withSweep(sweep);
            HtmlReport.write(dir, content);
            folder.commit();
            return new Result(folder.target(), summary, comparison, completed, requested, wall, events);
        }
    }

    private static List<ChartImage> charts(Path dir, Variant base, List<SummaryRow> summary, Sweep sweep, RunDetail detail,
                                           Variant mapVariant, RunDetail mapDetail) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        List<ChartImage> charts = new ArrayList<>(Charts.standard(dir, summary));
        if (sweep != null) charts.addAll(Charts.sweep(dir, summary, sweep));
        if (detail != null && !detail.series().isEmpty()) {
            List<TimePoint> points = detail.series().stream()
                    .filter(p -> p.series().endsWith("(all facilities)"))
                    .map(p -> new TimePoint(p.timeH(), p.series(), p.value())).toList();
            Charts.timeSeries(dir, points).ifPresent(charts::add);
        }
        if (!base.scenario().zones().isEmpty()) {
            charts.add(MapChart.write(dir, LayoutMap.of(mapVariant.scenario(), mapVariant.id(), summary, mapDetail)));
        }
        return charts;
    }
}
