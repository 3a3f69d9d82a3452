package org.tiercare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.tiercare.report.ChartImage.Words;
import org.tiercare.text.Messages;

/**
 * The standard charts of a results folder, drawn from summary rows (means with 95 % intervals) with xchart
 * and written as PNG and SVG by {@link ChartFiles}. Each method returns the chart it wrote, or nothing when
 * the summary has no data for it. Each chart is worded in the language asked for if the chart font can
 * draw it, else in English ({@link ChartText}); its {@link ChartImage#words} serve a report in any language.
 */
public final class Charts {
    private Charts() {}

    /** Most facilities a load chart shows (the most loaded ones); fewer when there are several variants. */
    public static final int MAX_FACILITIES = 25;
    /** Most bars a load chart draws; with several variants fewer facilities are shown. */
    static final int MAX_BARS = 120;

    static final List<String> TIER_ORDER = List.of("tertiary", "secondary", "community", "township", "village", "rehab");

    /** (a), (b), (c) in the process's language; see {@link #standard(Path, List, Locale)}. */
    public static List<ChartImage> standard(Path folder, List<SummaryRow> summary) throws IOException {
        return standard(folder, summary, Messages.documents());
    }

    /** (a), (b), (c) in the process's language, facilities labelled with their {@code names}. */
    public static List<ChartImage> standard(Path folder, List<SummaryRow> summary, List<NameRow> names) throws IOException {
        return standard(folder, summary, names, Messages.documents());
    }

    /** (a), (b), (c): the charts that need only a summary, those that have data, worded for {@code locale}. */
    public static List<ChartImage> standard(Path folder, List<SummaryRow> summary, Locale locale) throws IOException {
        return standard(folder, summary, List.of(), locale);
    }

    /** (a), (b), (c) worded for {@code locale}, facilities labelled with their {@code names}. */
    public static List<ChartImage> standard(Path folder, List<SummaryRow> summary, List<NameRow> names, Locale locale)
            throws IOException {
        List<ChartImage> out = new ArrayList<>();
        waitByTier(folder, summary, locale).ifPresent(out::add);
        waitBySource(folder, summary, locale).ifPresent(out::add);
        loadByFacility(folder, summary, names, locale).ifPresent(out::add);
        return out;
    }

    public static Optional<ChartImage> waitByTier(Path folder, List<SummaryRow> summary) throws IOException {
        return waitByTier(folder, summary, Messages.documents());
    }

    /** {@code wait_by_tier}: mean consult wait by tier, one bar series per variant, 95 % error bars. */
    public static Optional<ChartImage> waitByTier(Path folder, List<SummaryRow> summary, Locale locale) throws IOException {
        List<SummaryRow> rows = select(summary, "tier", "wait_consult_mean_h");
        if (rows.isEmpty()) return Optional.empty();
        List<String> tiers = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(SummaryRow::scopeId).toList()));
        tiers.sort(Comparator.comparingInt((String t) -> TIER_ORDER.contains(t) ? TIER_ORDER.indexOf(t) : TIER_ORDER.size())
                .thenComparing(Comparator.naturalOrder()));
        ChartText t = ChartText.forDrawing(locale);
        Function<Locale, Words> words = fixedWords("chart.waitByTier");
        CategoryChart chart = categoryChart(1000, 600, words.apply(t.locale()).title(), t.get("chart.waitByTier.x"),
                t.metricWithUnit("wait_consult_mean_h"));
        List<String> categories = tiers.stream().map(tier -> t.tier(tier, false)).toList();
        for (String variant : variants(rows)) {
            List<Double> y = new ArrayList<>(), err = new ArrayList<>();
            for (String tier : tiers) {
                SummaryRow r = find(rows, variant, tier);
                y.add(r == null ? Double.NaN : r.mean());
                err.add(r == null ? 0.0 : halfWidth(r));
            }
            chart.addSeries(variant, categories, y, err);
        }
        fitLegend(chart);
        return Optional.of(ChartFiles.save(chart, folder, "wait_by_tier", t.locale(), words));
    }

    public static Optional<ChartImage> waitBySource(Path folder, List<SummaryRow> summary) throws IOException {
        return waitBySource(folder, summary, Messages.documents());
    }

    /** {@code wait_by_source}: referred vs self-presenting patients' mean consult wait per variant, 95 % error bars. */
    public static Optional<ChartImage> waitBySource(Path folder, List<SummaryRow> summary, Locale locale) throws IOException {
        List<SummaryRow> referred = select(summary, "network", "wait_consult_referred_mean_h");
        List<SummaryRow> self = select(summary, "network", "wait_consult_self_mean_h");
        if (referred.isEmpty() && self.isEmpty()) return Optional.empty();
        List<SummaryRow> both = new ArrayList<>(referred);
        both.addAll(self);
        List<String> variants = variants(both);
        ChartText t = ChartText.forDrawing(locale);
        Function<Locale, Words> words = fixedWords("chart.waitBySource");
        CategoryChart chart = categoryChart(1000, 600, words.apply(t.locale()).title(), t.get("chart.waitBySource.x"),
                t.metricWithUnit("wait_consult_mean_h"));
        addSourceSeries(chart, t.get("chart.waitBySource.referred"), variants, referred);
        addSourceSeries(chart, t.get("chart.waitBySource.self"), variants, self);
        fitLegend(chart);
        return Optional.of(ChartFiles.save(chart, folder, "wait_by_source", t.locale(), words));
    }

    private static void addSourceSeries(CategoryChart chart, String name, List<String> variants, List<SummaryRow> rows) {
        List<Double> y = new ArrayList<>(), err = new ArrayList<>();
        for (String v : variants) {
            SummaryRow r = find(rows, v, "all", true);
            y.add(r == null ? Double.NaN : r.mean());
            err.add(r == null ? 0.0 : halfWidth(r));
        }
        chart.addSeries(name, variants, y, err);
    }

    public static Optional<ChartImage> loadByFacility(Path folder, List<SummaryRow> summary) throws IOException {
        return loadByFacility(folder, summary, Messages.documents());
    }

    /**
     * {@code load_by_facility}: outpatient utilisation and bed occupancy by facility, grouped bars per variant,
     * with an 85 % reference line. Shows at most {@link #MAX_FACILITIES} facilities (fewer with many variants,
     * so that there are at most about {@value #MAX_BARS} bars), the most loaded first (load = the larger of
     * the two metrics over all variants).
     */
    public static Optional<ChartImage> loadByFacility(Path folder, List<SummaryRow> summary, Locale locale) throws IOException {
        return loadByFacility(folder, summary, List.of(), locale);
    }

    /**
     * As {@link #loadByFacility(Path, List, Locale)}, each facility labelled by its id and the name {@code names}
     * gives it, shortened if long ({@link #facilityLabel}).
     */
    public static Optional<ChartImage> loadByFacility(Path folder, List<SummaryRow> summary, List<NameRow> names,
                                                      Locale locale) throws IOException {
        List<SummaryRow> util = select(summary, "facility", "outpatient_utilization");
        List<SummaryRow> beds = select(summary, "facility", "bed_occupancy");
        if (util.isEmpty() && beds.isEmpty()) return Optional.empty();
        List<SummaryRow> all = new ArrayList<>(util);
        all.addAll(beds);
        List<String> variants = variants(all);
        Map<String, Double> load = new LinkedHashMap<>();
        for (SummaryRow r : all) {
            double m = Double.isNaN(r.mean()) ? 0 : r.mean();
            load.merge(r.scopeId(), m, Math::max);
        }
        boolean hasUtil = !util.isEmpty(), hasBeds = !beds.isEmpty();
        int seriesCount = variants.size() * ((hasUtil ? 1 : 0) + (hasBeds ? 1 : 0));
        int limit = Math.max(5, Math.min(MAX_FACILITIES, MAX_BARS / seriesCount));
        List<String> facilities = load.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        boolean cut = facilities.size() < load.size();
        String shown = Integer.toString(facilities.size()), total = Integer.toString(load.size());
        Function<Locale, Words> words = ChartText.words(w -> {
            return cut ? new Words(w.get("chart.load.titleTop", shown, total), w.get("chart.load.captionTop", shown, total))
                    : new Words(w.get("chart.load.title"), w.get("chart.load.caption"));
        });
        ChartText t = ChartText.forDrawing(locale);
        CategoryChart chart = categoryChart(1200, 650, words.apply(t.locale()).title(), t.get("chart.load.x"), t.get("chart.load.y"));
        List<String> labels = facilityLabels(facilities, names);
        chart.getStyler().setXAxisLabelRotation(facilities.size() > 8 || !labelsFit(labels, 1200) ? 45 : 0);
        chart.getStyler().setYAxisMin(0.0);
        int colour = 0;
        for (String v : variants) {
            if (hasUtil) addLoadSeries(chart, loadSeriesName(t, variants, v, "outpatient_utilization"), v, facilities, labels, util, colour++);
            if (hasBeds) addLoadSeries(chart, loadSeriesName(t, variants, v, "bed_occupancy"), v, facilities, labels, beds, colour++);
        }
        chart.addAnnotation(new ReferenceLine(85, t.get("chart.load.reference")));
        fitLegend(chart);
        return Optional.of(ChartFiles.save(chart, folder, "load_by_facility", t.locale(), words));
    }

    /** The metric's name, after the variant's when there are several. */
    private static String loadSeriesName(ChartText t, List<String> variants, String variant, String metric) {
        // One pattern around the (perhaps bilingual) metric name: the variant is not repeated for each language.
        return variants.size() > 1 ? t.firstLanguage("chart.load.series", variant, t.metric(metric)) : t.metric(metric);
    }

    /** The load chart's label of each facility: {@link #facilityLabel} with its name among {@code names}. */
    static List<String> facilityLabels(List<String> facilities, List<NameRow> names) {
        Map<String, String> byId = new HashMap<>();
        for (NameRow n : names) if (n.kind().equals(NameRow.FACILITY)) byId.putIfAbsent(n.id(), n.name());
        return facilities.stream().map(f -> facilityLabel(f, byId.get(f))).toList();
    }

    /** Most columns of a facility's name drawn beside its id on the load chart (a Chinese character takes two). */
    static final int MAX_NAME_COLUMNS = 16;

    /**
     * "H1 清水县人民医院": a facility's id and the scenario's name for it, the name cut to
     * {@value #MAX_NAME_COLUMNS} columns with "…" when longer (names.csv of the results folder has it whole), so
     * every bar of the chart is labelled alike. The id alone when the facility has no name of its own or the chart
     * font cannot draw every character of it (a rare character outside the bundled font).
     */
    static String facilityLabel(String id, String name) {
        if (name == null || name.isBlank() || name.strip().equals(id)) return id;
        String n = name.strip();
        if (ChartFiles.font(Font.PLAIN, 13).canDisplayUpTo(n) != -1) return id;
        if (columns(n) <= MAX_NAME_COLUMNS) return id + " " + n;
        StringBuilder cut = new StringBuilder();
        int used = columns("\u2026");
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            used += columns(c);
            if (used > MAX_NAME_COLUMNS) break;
            cut.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return id + " " + cut.toString().stripTrailing() + "\u2026";
    }

    /** Display columns: two for ideographs, CJK punctuation, full-width forms and the ellipsis, one otherwise. */
    static int columns(String s) { return s.codePoints().map(Charts::columns).sum(); }

    private static int columns(int c) {
        return Character.isIdeographic(c) || (c >= 0x2E80 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60)
                || c == 0x2026 ? 2 : 1;
    }

    /** Whether horizontal category labels fit side by side under a chart {@code width} wide. */
    static boolean labelsFit(List<String> labels, int width) {
        if (labels.isEmpty()) return true;
        FontRenderContext frc = new FontRenderContext(null, true, true);
        Font font = ChartFiles.font(Font.PLAIN, 13);
        double slot = 0.85 * width / labels.size();  // the plot is about 85 % of the chart's width
        return labels.stream().allMatch(l -> font.getStringBounds(l, frc).getWidth() < 0.9 * slot);
    }

    private static void addLoadSeries(CategoryChart chart, String name, String variant, List<String> facilities,
                                      List<String> labels, List<SummaryRow> rows, int colour) {
        List<Double> y = new ArrayList<>(), err = new ArrayList<>();
        for (String f : facilities) {
            SummaryRow r = find(rows, variant, f);
            y.add(r == null ? Double.NaN : 100 * r.mean());
            err.add(r == null ? 0.0 : 100 * halfWidth(r));
        }
        CategorySeries s = chart.addSeries(name, labels, y, err);
        s.setFillColor(ChartFiles.color(colour));
    }

    public static List<ChartImage> sweep(Path folder, List<SummaryRow> summary, Sweep sweep) throws IOException {
        return sweep(folder, summary, sweep, Messages.documents());
    }

    /**
     * {@code sweep_<metric>}: each of {@link MetricFormat#SWEEP_CHARTED} (network scope) against the lever
     * value, mean with 95 % error bars and a shaded band; one line per {@link SweepPoint#series()}.
     */
    public static List<ChartImage> sweep(Path folder, List<SummaryRow> summary, Sweep sweep, Locale locale) throws IOException {
        List<ChartImage> out = new ArrayList<>();
        java.util.Set<String> metrics = new LinkedHashSet<>(MetricFormat.SWEEP_CHARTED);
        for (Sweep.Target t : sweep.targets()) metrics.add(t.metric());
        for (String metric : metrics) {
            sweepChart(folder, summary, sweep, metric, locale).ifPresent(out::add);
        }
        return out;
    }

    public static Optional<ChartImage> sweepChart(Path folder, List<SummaryRow> summary, Sweep sweep, String metric)
            throws IOException {
        return sweepChart(folder, summary, sweep, metric, Messages.documents());
    }

    /** One sweep chart, {@code sweep_<metric>}, if the summary has the metric for the sweep's variants. */
    public static Optional<ChartImage> sweepChart(Path folder, List<SummaryRow> summary, Sweep sweep, String metric,
                                                  Locale locale) throws IOException {
        Map<String, SummaryRow> byVariant = new HashMap<>();
        for (SummaryRow r : select(summary, "network", metric)) byVariant.put(r.variant(), r);
        Map<String, List<SweepPoint>> lines = new LinkedHashMap<>();
        for (SweepPoint p : sweep.points()) {
            SummaryRow r = byVariant.get(p.variant());
            if (r != null && Double.isFinite(r.mean())) lines.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p);
        }
        if (lines.isEmpty()) return Optional.empty();
        Function<Locale, Words> words = ChartText.words(w -> {
            String lever = w.lever(sweep.lever());
            return new Words(ChartText.capitalise(w.get("chart.sweep.title", w.metric(metric), lever)),
                    ChartText.capitalise(w.get("chart.sweep.caption", w.metric(metric), lever)));
        });
        ChartText t = ChartText.forDrawing(locale);
        XYChart chart = new XYChartBuilder().width(900).height(540).title(words.apply(t.locale()).title())
                .xAxisTitle(t.lever(sweep.lever())).yAxisTitle(t.metricWithUnit(metric)).build();
        ChartFiles.style(chart.getStyler());
        chart.getStyler().setLegendVisible(lines.size() > 1 || !lines.keySet().iterator().next().isEmpty());
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(LeverNames::value);
        int colour = 0;
        for (Map.Entry<String, List<SweepPoint>> e : lines.entrySet()) {
            List<SweepPoint> pts = new ArrayList<>(e.getValue());
            pts.sort(Comparator.comparingDouble(SweepPoint::leverValue));
            int n = pts.size();
            double[] x = new double[n], y = new double[n], err = new double[n], lo = new double[n], hi = new double[n];
            for (int i = 0; i < n; i++) {
                SummaryRow r = byVariant.get(pts.get(i).variant());
                x[i] = pts.get(i).leverValue();
                y[i] = MetricFormat.display(metric, r.mean());
                boolean ci = Double.isFinite(r.ci95Low()) && Double.isFinite(r.ci95High());
                lo[i] = ci ? MetricFormat.display(metric, r.ci95Low()) : y[i];
                hi[i] = ci ? MetricFormat.display(metric, r.ci95High()) : y[i];
                err[i] = (hi[i] - lo[i]) / 2;
            }
            Color c = ChartFiles.color(colour++);
            String name = e.getKey().isEmpty() ? t.metric(metric) : e.getKey();
            XYSeries s = chart.addSeries(name, x, y, err);
            s.setLineColor(c).setLineWidth(2.5f);
            s.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(c);
            chart.addAnnotation(new ConfidenceBand(x, lo, hi, c));
        }
        for (Sweep.Target target : sweep.targets()) {
            if (!target.metric().equals(metric)) continue;
            String shown = target.op().replace("<=", "≤").replace(">=", "≥") + " " + MetricFormat.format(metric, target.value());
            chart.addAnnotation(new ReferenceLine(MetricFormat.display(metric, target.value()), t.get("chart.target", shown)));
            // The line must be inside the plot even when every point is far from it.
            double y = MetricFormat.display(metric, target.value()), lo = minY(chart, y), hi = maxY(chart, y);
            if (y < lo) chart.getStyler().setYAxisMin(y);
            if (y > hi) chart.getStyler().setYAxisMax(y * 1.05);
        }
        fitLegend(chart);
        String file = "sweep_" + metric.replaceAll("[^A-Za-z0-9_.-]", "_");
        return Optional.of(ChartFiles.save(chart, folder, file, t.locale(), words));
    }

    public static Optional<ChartImage> timeSeries(Path folder, List<TimePoint> points) throws IOException {
        return timeSeries(folder, points, Messages.documents());
    }

    /**
     * {@code timeseries}: values over the run, one line per series name (e.g. queue length, occupied beds).
     * Time in days when the run is longer than three days, else in hours. Series names are drawn as given.
     */
    public static Optional<ChartImage> timeSeries(Path folder, List<TimePoint> points, Locale locale) throws IOException {
        if (points.isEmpty()) return Optional.empty();
        Map<String, List<TimePoint>> series = new LinkedHashMap<>();
        double maxT = 0;
        for (TimePoint p : points) {
            series.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p);
            maxT = Math.max(maxT, p.timeH());
        }
        boolean days = maxT > 72;
        ChartText t = ChartText.forDrawing(locale);
        Function<Locale, Words> words = fixedWords("chart.timeseries");
        XYChart chart = new XYChartBuilder().width(1000).height(540).title(words.apply(t.locale()).title())
                .xAxisTitle(t.get(days ? "chart.timeseries.xDays" : "chart.timeseries.xHours"))
                .yAxisTitle(t.get("chart.timeseries.y")).build();
        ChartFiles.style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(0);
        int colour = 0;
        for (Map.Entry<String, List<TimePoint>> e : series.entrySet()) {
            List<TimePoint> pts = new ArrayList<>(e.getValue());
            pts.sort(Comparator.comparingDouble(TimePoint::timeH));
            double[] x = new double[pts.size()], y = new double[pts.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = days ? pts.get(i).timeH() / 24 : pts.get(i).timeH();
                y[i] = pts.get(i).value();
            }
            XYSeries s = chart.addSeries(seriesName(t, e.getKey()), x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(ChartFiles.color(colour++)).setLineWidth(1.6f);
        }
        return Optional.of(ChartFiles.save(chart, folder, "timeseries", t.locale(), words));
    }

    /**
     * A network series' name in the chart's language: the model names its series in English (they double as
     * {@code warmup --series} ids), so the known ones are looked up in the bundle; others are drawn as given.
     */
    static String seriesName(ChartText t, String raw) {
        String key = switch (raw) {
            case "consult queue (all facilities)" -> "chart.series.consultQueue";
            case "occupied beds (all facilities)" -> "chart.series.occupiedBeds";
            case "admission queue (all facilities)" -> "chart.series.admissionQueue";
            default -> null;
        };
        return key == null ? raw : t.get(key);
    }

    /** Width of a legend entry beside its text: the series' line or box and the gaps around it. */
    private static final int LEGEND_ENTRY_EXTRA = 28 + 3 * 8;

    /**
     * Keeps a legend below the chart whole: entries go side by side while they fit in the chart's width, else
     * one under another. Called once the series are in. (An entry wider than the chart itself, some 100
     * characters, would still be cut: xchart gives no way to widen a built chart.)
     */
    static void fitLegend(org.knowm.xchart.internal.chartpart.Chart<? extends org.knowm.xchart.style.AxesChartStyler, ?> chart) {
        org.knowm.xchart.style.AxesChartStyler s = chart.getStyler();
        if (!s.isLegendVisible() || chart.getSeriesMap().isEmpty()) return;
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double total = 0, widest = 0;
        for (String name : chart.getSeriesMap().keySet()) {
            double w = s.getLegendFont().getStringBounds(name, frc).getWidth() + LEGEND_ENTRY_EXTRA;
            total += w;
            widest = Math.max(widest, w);
        }
        double room = chart.getWidth() - 2.0 * s.getChartPadding() - 2.0 * s.getLegendPadding();
        if (total > room) s.setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
    }

    /** The smallest y of the chart's series (with error bars), or {@code fallback}. */
    private static double minY(XYChart chart, double fallback) {
        double m = Double.POSITIVE_INFINITY;
        for (XYSeries s : chart.getSeriesMap().values()) {
            double[] y = s.getYData(), e = s.getExtraValues();
            for (int i = 0; i < y.length; i++) if (Double.isFinite(y[i])) m = Math.min(m, y[i] - (e == null ? 0 : e[i]));
        }
        return Double.isFinite(m) ? m : fallback;
    }

    /** The largest y of the chart's series (with error bars), or {@code fallback}. */
    private static double maxY(XYChart chart, double fallback) {
        double m = Double.NEGATIVE_INFINITY;
        for (XYSeries s : chart.getSeriesMap().values()) {
            double[] y = s.getYData(), e = s.getExtraValues();
            for (int i = 0; i < y.length; i++) if (Double.isFinite(y[i])) m = Math.max(m, y[i] + (e == null ? 0 : e[i]));
        }
        return Double.isFinite(m) ? m : fallback;
    }

    /** A chart's words that take no arguments: {@code <prefix>.title} and {@code <prefix>.caption}. */
    private static Function<Locale, Words> fixedWords(String prefix) {
        return ChartText.words(w -> new Words(w.get(prefix + ".title"), w.get(prefix + ".caption")));
    }

    // ---------------------------------------------------------------------------------------------------

    static CategoryChart categoryChart(int width, int height, String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        ChartFiles.style(chart.getStyler());
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setErrorBarsColor(new Color(0x333333));
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setAxisTitleFont(ChartFiles.font(Font.PLAIN, 15));
        return chart;
    }

    static List<SummaryRow> select(List<SummaryRow> summary, String scope, String metric) {
        return summary.stream().filter(r -> r.scope().equals(scope) && r.metric().equals(metric)).toList();
    }

    static List<String> variants(List<SummaryRow> rows) {
        Set<String> v = new LinkedHashSet<>();
        for (SummaryRow r : rows) v.add(r.variant());
        return new ArrayList<>(v);
    }

    private static SummaryRow find(List<SummaryRow> rows, String variant, String scopeId) {
        return find(rows, variant, scopeId, false);
    }

    /** With {@code anyScopeId}, the first row of the variant whatever its scope id (network has one). */
    private static SummaryRow find(List<SummaryRow> rows, String variant, String scopeId, boolean anyScopeId) {
        for (SummaryRow r : rows) {
            if (r.variant().equals(variant) && (anyScopeId || r.scopeId().equals(scopeId))) return r;
        }
        return null;
    }

    /** Half the width of the 95 % interval; 0 when it is undefined (a single replication). */
    static double halfWidth(SummaryRow r) {
        double h = (r.ci95High() - r.ci95Low()) / 2;
        return Double.isFinite(h) ? h : 0.0;
    }

    static BasicStroke stroke(float width) { return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND); }
}
