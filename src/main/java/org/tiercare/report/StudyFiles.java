package org.tiercare.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tiercare.outreach.RouteRow;
import org.tiercare.text.Messages;

/**
 * Writes everything a run, comparison or sweep leaves in its results folder: summary.csv,
 * replications.csv, compare.csv (when variants were compared), summary.xlsx (summary and comparison as one
 * workbook), outreach_routes.csv (when tours were planned), occupancy.csv (when some facility has beds),
 * names.csv, scorecard.csv (when rules or targets were checked), manifest.json, the charts and report.html. The caller has simulated and summarised; this
 * class only writes, into a {@link ResultsFolder}'s staging folder.
 */
public final class StudyFiles {
    private StudyFiles() {}

    /** One planned outreach tour leg and the variant it belongs to. */
    public record VariantRoute(String variant, RouteRow route) {}

    /**
     * What a study produced.
     *
     * @param comparison paired differences against {@code baseline}; empty when only one variant ran
     * @param sweep      the sweep's lever and points, or null
     * @param routes     outreach tour legs, possibly empty
     * @param maps       grid-layout maps, the baseline's first (written as {@code map}, the others as
     *                   {@code map-<variant>}); empty when the scenario has no zones
     * @param series     replication 1's network time series for the queue/beds chart, possibly empty
     * @param occupancy  every ward's occupancy distribution per variant and replication; empty without beds
     * @param names      the zones, facilities and grids of the scenarios run, for names.csv and chart labels
     * @param scorecard  every variant's rules and targets checked; empty when none were declared
     */
    public record Output(String title, String description, Manifest manifest, List<MetricRow> rows, List<SummaryRow> summary,
                         String baseline, List<ComparisonRow> comparison, Sweep sweep, List<VariantRoute> routes,
                         List<MapData> maps, List<TimePoint> series, List<OccupancyRow> occupancy, List<NameRow> names,
                         List<ScorecardRow> scorecard) {
        public Output {
            maps = List.copyOf(maps);
            occupancy = occupancy == null ? List.of() : List.copyOf(occupancy);
            names = names == null ? List.of() : List.copyOf(names);
            scorecard = scorecard == null ? List.of() : List.copyOf(scorecard);
        }

        /** Without a scorecard. */
        public Output(String title, String description, Manifest manifest, List<MetricRow> rows, List<SummaryRow> summary,
                      String baseline, List<ComparisonRow> comparison, Sweep sweep, List<VariantRoute> routes,
                      List<MapData> maps, List<TimePoint> series, List<OccupancyRow> occupancy, List<NameRow> names) {
            this(title, description, manifest, rows, summary, baseline, comparison, sweep, routes, maps, series, occupancy,
                    names, List.of());
        }
    }

    static final List<String> OPTIMUM_COLUMNS = List.of("lever", "goal", "lo", "hi", "found", "replications", "targets",
            "not_monotone_after", "search_wall_s");

    static final List<String> NAME_COLUMNS = List.of("id", "kind", "name");

    private static final List<String> ROUTE_COLUMNS = List.of("variant", "replication", "day", "hospital", "specialist",
            "sequence", "clinic", "arrive_h", "start_h", "end_h", "travel_h");

    /** Writes every file of {@code o} into {@code dir} (a staging folder). */
    public static void write(Path dir, Output o) throws IOException {
        CsvOutput.writeSummary(dir.resolve("summary.csv"), o.summary());
        CsvOutput.writeReplications(dir.resolve("replications.csv"), o.rows());
        boolean compared = !o.comparison().isEmpty();
        if (compared) CsvOutput.writeComparison(dir.resolve("compare.csv"), o.comparison());
        WorkbookOutput.write(dir, o.title(), o.summary(), o.comparison(), o.scorecard());
        o.manifest().writeTo(dir);
        if (!o.routes().isEmpty()) CsvOutput.writeTable(dir.resolve("outreach_routes.csv"), ROUTE_COLUMNS, routeRows(o.routes()));
        if (!o.occupancy().isEmpty()) CsvOutput.writeOccupancy(dir.resolve("occupancy.csv"), o.occupancy());
        if (o.sweep() != null && o.sweep().optimum() != null) {
            Sweep.Optimum op = o.sweep().optimum();
            CsvOutput.writeTable(dir.resolve("optimum.csv"), OPTIMUM_COLUMNS, List.<Object[]>of(new Object[] {o.sweep().lever(),
                    op.minimise() ? "minimise" : "maximise", op.lo(), op.hi(), Double.isNaN(op.found()) ? "" : op.found(),
                    op.replications(), String.join(";", op.targets()),
                    String.join(";", op.notMonotone().stream().map(String::valueOf).toList()), op.searchSeconds()}));
        }
        if (!o.scorecard().isEmpty()) CsvOutput.writeScorecard(dir.resolve("scorecard.csv"), o.scorecard());
        CsvOutput.writeTable(dir.resolve("names.csv"), NAME_COLUMNS,
                o.names().stream().map(n -> new Object[] {n.id(), n.kind(), n.name()}).toList());
        List<ChartImage> charts = charts(dir.resolve("charts"), o);
        ReportContent content = ReportContent.of(o.title(), o.description(), o.manifest(), o.summary()).withCharts(charts);
        if (compared) content = content.withComparison(o.baseline(), o.comparison());
        if (o.sweep() != null) content = content.withSweep(o.sweep());
        if (!o.scorecard().isEmpty()) content = content.withScorecard(o.scorecard());
        HtmlReport.write(dir, content);
    }

    private static List<Object[]> routeRows(List<VariantRoute> routes) {
        List<Object[]> rows = new ArrayList<>(routes.size());
        for (VariantRoute v : routes) {
            RouteRow r = v.route();
            rows.add(new Object[] {v.variant(), r.replication(), r.day(), r.hospital(), r.specialist(), r.sequence(),
                    r.clinic(), r.arriveH(), r.startH(), r.endH(), r.travelH()});
        }
        return rows;
    }

    private static List<ChartImage> charts(Path dir, Output o) throws IOException {
        Files.createDirectories(dir);
        List<ChartImage> charts = new ArrayList<>(Charts.standard(dir, o.summary(), o.names()));
        if (o.sweep() != null) charts.addAll(Charts.sweep(dir, o.summary(), o.sweep()));
        if (!o.series().isEmpty()) Charts.timeSeries(dir, o.series()).ifPresent(charts::add);
        // One colour per grid across all maps, so that maps of two layouts can be compared at a glance.
        Set<String> grids = new LinkedHashSet<>();
        o.maps().forEach(m -> grids.addAll(MapChart.grids(m)));
        // Compared without case: "map-A" and "map-a" are one file on Windows and macOS.
        Set<String> names = new HashSet<>();
        for (MapData m : o.maps()) {
            String name = mapName(m, names.isEmpty());
            for (int k = 2; !names.add(name.toLowerCase(Locale.ROOT)); k++) name = mapName(m, false) + "-" + k;
            charts.add(MapChart.write(dir, m, name, Messages.documents(), List.copyOf(grids)));
        }
        return charts;
    }

    /**
     * The file stem of a map: {@code map} for the first (the baseline's), else {@code map-} and the variant id (the
     * layout id when there is no variant) made safe for a file name on any system: letters of any script, digits,
     * {@code -} and {@code _} are kept, every other run of characters becomes one {@code _} (sweep ids such as
     * {@code reserved_slot_share=0.33;days=10} hold {@code =}, {@code ;} and {@code .}), and it is cut to 80 characters.
     */
    static String mapName(MapData m, boolean first) {
        if (first) return "map";
        return "map-" + safe(m.variant() != null ? m.variant() : m.layout() != null ? m.layout() : "");
    }

    static String safe(String id) {
        String s = id.replaceAll("[^\\p{L}\\p{N}_-]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > 80) s = s.substring(0, 80);
        return s.isEmpty() ? "variant" : s;
    }
}
