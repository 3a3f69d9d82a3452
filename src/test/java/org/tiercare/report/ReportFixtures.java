package org.tiercare.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Plausible results of a small district for the report tests: two layouts under common random numbers
 * (each replication shares a "busy year" factor across variants), a sweep, a map and a time series.
 * {@link #main} writes a complete demo report for looking at in a browser.
 */
final class ReportFixtures {
    private ReportFixtures() {}

    static final String BASE = "two-grids";
    static final String ALT = "three-grids";
    static final List<String> TIERS = List.of("tertiary", "secondary", "community", "township", "village");

    /** Network, tier and facility metrics for the given variants; effect[i] shifts variant i's waits. */
    static List<MetricRow> replications(List<String> variants, double[] waitEffect, int reps, int facilities, long seed) {
        Random common = new Random(seed);
        List<MetricRow> out = new ArrayList<>();
        double[] busy = new double[reps];
        for (int r = 0; r < reps; r++) busy[r] = common.nextGaussian();
        for (int v = 0; v < variants.size(); v++) {
            Random own = new Random(seed * 31 + v);
            String name = variants.get(v);
            double e = waitEffect[v];
            for (int r = 0; r < reps; r++) {
                double b = busy[r];
                double n = own.nextGaussian() * 0.15;
                net(out, name, r, "visits", 182_000 + 6_000 * b + 400 * n);
                net(out, name, r, "primary_visit_share", 0.55 + 0.02 * b - 0.01 * e + 0.002 * n);
                net(out, name, r, "bypass_rate", 0.31 + 0.01 * b + 0.008 * e + 0.003 * n);
                net(out, name, r, "in_grid_rate", 0.78 + 0.04 * v + 0.005 * n);
                net(out, name, r, "referrals_up", 9_200 + 500 * b + 80 * n);
                net(out, name, r, "referrals_down", 2_100 + 150 * b + 40 * n);
                net(out, name, r, "wait_consult_mean_h", 20 + 6 * b + 0.6 * e + 0.3 * n);
                net(out, name, r, "wait_consult_p90_h", 61 + 15 * b + 2 * e + 0.8 * n);
                net(out, name, r, "wait_consult_referred_mean_h", 30 + 8 * b + 3.1 * e + 0.4 * n);
                net(out, name, r, "wait_consult_self_mean_h", 19 + 5 * b + 0.05 * e + 0.3 * n);
                net(out, name, r, "wait_referral_mean_h", 41 + 9 * b + 3 * e + 0.5 * n);
                net(out, name, r, "wait_admission_mean_h", 5.5 + 2 * b + 0.2 * n);
                net(out, name, r, "wait_admission_referred_mean_h", 4.1 + 1.5 * b + 0.4 * e + 0.2 * n);
                net(out, name, r, "wait_admission_self_mean_h", 5.9 + 2 * b + 0.05 * e + 0.2 * n);
                net(out, name, r, "admissions", 14_000 + 600 * b + 50 * n);
                net(out, name, r, "admissions_diverted_share", 0.021 + 0.01 * b + 0.002 * n);
                net(out, name, r, "outpatient_utilization", 0.71 + 0.04 * b + 0.002 * n);
                net(out, name, r, "slot_utilization_reserved", 0.62 + 0.05 * b - 0.03 * e + 0.01 * n);
                net(out, name, r, "slot_utilization_general", 0.93 + 0.02 * b + 0.004 * n);
                net(out, name, r, "bed_occupancy", 0.86 + 0.03 * b + 0.003 * n);
                net(out, name, r, "length_of_stay_mean_h", 190 + 6 * b + 2 * n);
                net(out, name, r, "visits_per_doctor_day", 31 + 2 * b + 0.2 * n);
                net(out, name, r, "unserved", Math.max(0, 140 + 60 * b + 25 * e + 10 * n));
                for (int t = 0; t < TIERS.size(); t++) {
                    double w = (TIERS.size() - t) * 6.0 + 4 * b + (t < 2 ? 1.5 * e : 0.1 * e) + 0.3 * n;
                    out.add(new MetricRow(name, r, "tier", TIERS.get(t), "wait_consult_mean_h", w));
                }
                for (int f = 0; f < facilities; f++) {
                    String id = facilityId(f);
                    double load = 0.35 + 0.6 * ((f * 37) % facilities) / (double) facilities;
                    out.add(new MetricRow(name, r, "facility", id, "outpatient_utilization",
                            Math.min(0.99, load + 0.03 * b + 0.01 * n)));
                    if (f % 3 == 0) {
                        out.add(new MetricRow(name, r, "facility", id, "bed_occupancy",
                                Math.min(0.99, load + 0.1 + 0.03 * b + 0.01 * n)));
                    }
                }
            }
        }
        return out;
    }

    static String facilityId(int f) {
        if (f == 0) return "H-East";
        if (f == 1) return "H-West";
        return (f < 5 ? "S" : "C") + f;
    }

    private static void net(List<MetricRow> out, String v, int r, String metric, double value) {
        out.add(new MetricRow(v, r, "network", "all", metric, value));
    }

    static Manifest manifest(List<String> variants, boolean partial) {
        return Manifest.of("示范区 demo district", Path.of("scenarios/demo-district.yaml"),
                "3f5a0c1e9b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809", List.of("--replications 10"),
                20240501L, 10, partial ? 7 : 10, 2, variants, "tiercare compare scenarios/demo-district.yaml",
                Instant.parse("2024-05-01T08:30:00Z"), 93.4, partial);
    }

    static MapData map() {
        List<MapZone> zones = new ArrayList<>();
        Random rnd = new Random(7);
        String[] grids = {"North", "South", "East"};
        double[][] centres = {{6, 14}, {7, 4}, {17, 9}};
        for (int g = 0; g < grids.length; g++) {
            for (int i = 0; i < 7; i++) {
                zones.add(new MapZone("Z" + g + i, centres[g][0] + rnd.nextGaussian() * 2.5,
                        centres[g][1] + rnd.nextGaussian() * 2.2, 5_000 + rnd.nextInt(60_000), grids[g]));
            }
        }
        List<MapFacility> fac = List.of(
                new MapFacility("H-North", 6, 14, "tertiary", "North", true, 0.92),
                new MapFacility("H-South", 7.5, 4.5, "tertiary", "South", true, 0.81),
                new MapFacility("S-East", 16.5, 9.5, "secondary", "East", true, 0.77),
                new MapFacility("S-2", 3, 11, "secondary", "North", false, 0.6),
                new MapFacility("C-N1", 8.5, 16, "community", "North", false, 0.5),
                new MapFacility("C-N2", 4, 16.5, "community", "North", false, 0.7),
                new MapFacility("C-S1", 10, 3, "community", "South", false, 0.45),
                new MapFacility("C-S2", 5, 2, "community", "South", false, 0.3),
                new MapFacility("T-E1", 20, 11, "township", "East", false, 0.4),
                new MapFacility("T-E2", 18, 6, "township", "East", false, 0.55),
                new MapFacility("V-E3", 21, 7.5, "village", "East", false, 0.2),
                new MapFacility("R-1", 9, 9, "rehab", "South", false, 0.65));
        List<MapFlow> flows = List.of(
                new MapFlow("C-N1", "H-North", 900), new MapFlow("C-N2", "H-North", 600),
                new MapFlow("H-North", "C-N2", 200), new MapFlow("S-2", "H-North", 450),
                new MapFlow("C-S1", "H-South", 700), new MapFlow("C-S2", "H-South", 300),
                new MapFlow("T-E1", "S-East", 380), new MapFlow("T-E2", "S-East", 420),
                new MapFlow("V-E3", "T-E2", 90), new MapFlow("S-East", "H-North", 250),
                new MapFlow("H-South", "R-1", 150));
        List<MapTour> tours = List.of(new MapTour(List.of("H-North", "C-N1", "C-N2", "S-2", "H-North")),
                new MapTour(List.of("S-East", "T-E1", "V-E3", "T-E2", "S-East")));
        return new MapData(null, zones, fac, flows, tours, "outpatient_utilization");
    }

    static List<TimePoint> timeSeries() {
        List<TimePoint> pts = new ArrayList<>();
        Random rnd = new Random(3);
        double q = 5, beds = 80;
        for (int h = 0; h < 24 * 28; h++) {
            double hour = h % 24;
            double open = hour >= 8 && hour < 17 ? 1 : 0;
            q = Math.max(0, q + open * (rnd.nextGaussian() * 3 + 0.8) - (1 - open) * q * 0.5);
            beds = Math.max(40, Math.min(120, beds + rnd.nextGaussian() * 2 + (95 - beds) * 0.02));
            pts.add(new TimePoint(h, "consult queue, H-North (patients)", q));
            pts.add(new TimePoint(h, "occupied beds, H-North", beds));
        }
        return pts;
    }

    static final double[] SWEEP_VALUES = {0, 0.1, 0.2, 1.0 / 3, 0.5};

    static Sweep sweep() {
        List<SweepPoint> pts = new ArrayList<>();
        for (double v : SWEEP_VALUES) pts.add(new SweepPoint(sweepVariant(v), v));
        return new Sweep("policy.reserved_slot_share", pts);
    }

    static String sweepVariant(double v) { return "reserved=" + HtmlReport.fmtLever(v); }

    /** Sweep replications: waits of referred patients fall with the share, self-presenting waits rise. */
    static List<MetricRow> sweepReplications(int reps) {
        List<MetricRow> out = new ArrayList<>();
        Random common = new Random(99);
        double[] busy = new double[reps];
        for (int r = 0; r < reps; r++) busy[r] = common.nextGaussian();
        for (double v : SWEEP_VALUES) {
            String name = sweepVariant(v);
            Random own = new Random(7919L * Math.round(v * 1000) + 17);
            for (int r = 0; r < reps; r++) {
                double b = busy[r], n = own.nextGaussian();
                Map<String, Double> m = Map.of(
                        "wait_consult_mean_h", 20 + 6 * b + 8 * (v - 0.22) * (v - 0.22) * 10 + 0.3 * n,
                        "wait_consult_referred_mean_h", 34 - 30 * v + 5 * b + 0.5 * n,
                        "wait_consult_self_mean_h", 18 + 12 * v * v * 4 + 4 * b + 0.3 * n,
                        "primary_visit_share", 0.52 + 0.1 * v + 0.01 * b + 0.003 * n,
                        "outpatient_utilization", 0.70 + 0.03 * b + 0.02 * v + 0.003 * n,
                        "bed_occupancy", 0.85 + 0.02 * b + 0.004 * n,
                        "wait_admission_referred_mean_h", 6 - 8 * v + b + 0.2 * n,
                        "wait_admission_self_mean_h", 5 + 6 * v * v + b + 0.2 * n,
                        "slot_utilization_reserved", Math.min(1, 0.98 - 0.9 * v + 0.02 * b + 0.01 * n),
                        "unserved", Math.max(0, 120 + 40 * b + 200 * Math.max(0, v - 0.3) + 8 * n));
                for (String metric : MetricFormat.SWEEP_CHARTED) {
                    if (!m.containsKey(metric)) continue; // e.g. money metrics: this sweep's scenario has no money section
                    out.add(new MetricRow(name, r, "network", "all", metric, m.get(metric)));
                }
            }
        }
        return out;
    }

    /**
     * Writes a demo comparison report and a demo sweep report in each language: {@code main(outDir)} makes
     * {@code outDir/<zh|en>/compare/report.html} and {@code outDir/<zh|en>/sweep/report.html}.
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/report-demo");
        for (Locale lang : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) writeDemo(out.resolve(lang.getLanguage()), lang);
        System.out.println(out.toAbsolutePath());
    }

    private static void writeDemo(Path out, Locale lang) throws Exception {
        Path cmp = Files.createDirectories(out.resolve("compare"));
        List<String> variants = List.of(BASE, ALT);
        List<MetricRow> reps = replications(variants, new double[] {0, -1}, 10, 40, 11);
        List<SummaryRow> summary = Summary.of(reps);
        List<ComparisonRow> comparison = Comparison.paired(reps, BASE);
        CsvOutput.writeSummary(cmp.resolve("summary.csv"), summary);
        CsvOutput.writeComparison(cmp.resolve("compare.csv"), comparison);
        WorkbookOutput.write(cmp, "demo district", summary, comparison, lang);
        List<ChartImage> charts = new ArrayList<>(Charts.standard(cmp, summary, lang));
        charts.add(MapChart.write(cmp, map(), lang));
        Charts.timeSeries(cmp, timeSeries(), lang).ifPresent(charts::add);
        HtmlReport.write(cmp, ReportContent.of("示范区 demo district: two-grids vs three-grids <script>alert(1)</script>",
                        "Demo district of 420,000 residents (示范区, 42万常住人口) cut into two or three grids.\n\n"
                                + "Which layout gives shorter waits for referred patients without overloading the lead hospitals?",
                        manifest(variants, true), summary)
                .withComparison(BASE, comparison).withCharts(charts), lang);

        Path sw = Files.createDirectories(out.resolve("sweep"));
        List<MetricRow> sreps = sweepReplications(10);
        List<SummaryRow> ssum = Summary.of(sreps);
        Sweep sweep = sweep();
        List<ChartImage> scharts = Charts.sweep(sw, ssum, sweep, lang);
        HtmlReport.write(sw, ReportContent.of("Sweep of the reserved slot share 预留号源比例扫描",
                "Lead hospitals reserve 0 to 50 % of their outpatient slots for referrals from primary care.",
                manifest(sweep.points().stream().map(SweepPoint::variant).toList(), false), ssum)
                .withComparison(sweepVariant(0), Comparison.paired(sreps, sweepVariant(0)))
                .withSweep(sweep).withCharts(scharts), lang);
    }
}
