package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.report.Comparison.Verdict;
import org.tiercare.metric.Better;

class ComparisonTest {
    @TempDir Path dir;

    /** t quantile 0.975 at 4 degrees of freedom (tables: 2.776). */
    private static final double T4 = 2.7764451051977987;

    private static List<MetricRow> rows(String variant, String metric, double... values) {
        List<MetricRow> out = new ArrayList<>();
        for (int r = 0; r < values.length; r++) out.add(new MetricRow(variant, r, "network", "all", metric, values[r]));
        return out;
    }

    @Test
    void pairedDifferenceMatchesHandComputation() {
        List<MetricRow> in = new ArrayList<>(rows("base", "wait_consult_mean_h", 10, 12, 14, 16, 18));
        in.addAll(rows("alt", "wait_consult_mean_h", 9, 10.5, 13.2, 14.8, 17.1));
        // d = -1, -1.5, -0.8, -1.2, -0.9; mean -1.08; sum of squared deviations 0.308; s² = 0.077
        List<ComparisonRow> out = Comparison.paired(in, "base");
        assertEquals(1, out.size());
        ComparisonRow r = out.get(0);
        double half = T4 * Math.sqrt(0.077) / Math.sqrt(5);
        assertEquals("alt", r.variant());
        assertEquals("base", r.baseline());
        assertEquals("network", r.scope());
        assertEquals("all", r.scopeId());
        assertEquals("wait_consult_mean_h", r.metric());
        assertEquals(-1.08, r.diffMean(), 1e-12);
        assertEquals(-1.08 - half, r.diffLow(), 1e-9);
        assertEquals(-1.08 + half, r.diffHigh(), 1e-9);
        assertEquals(-1.42455, r.diffLow(), 1e-4); // by hand: 2.776 × 0.27749 / √5 = 0.34455
        assertEquals(5, r.replications());
        assertTrue(r.significant());
        assertEquals(Verdict.BETTER, Comparison.verdict(r));
    }

    @Test
    void pairedIntervalIsMuchNarrowerThanUnpairedUnderCommonRandomNumbers() {
        // Both variants ride the same replication-to-replication swings (common random numbers).
        double[] base = {10, 12, 14, 16, 18};
        double[] alt = {9, 10.5, 13.2, 14.8, 17.1};
        List<MetricRow> in = new ArrayList<>(rows("base", "wait_consult_mean_h", base));
        in.addAll(rows("alt", "wait_consult_mean_h", alt));
        ComparisonRow paired = Comparison.paired(in, "base").get(0);
        // Unpaired: the difference of two independent means, s² = 10 and 42.308 / 4 = 10.577 → half = t·√(s1²/n + s2²/n).
        List<SummaryRow> s = Summary.of(in);
        double s1 = (s.get(0).ci95High() - s.get(0).mean()) / T4 * Math.sqrt(5);
        double s2 = (s.get(1).ci95High() - s.get(1).mean()) / T4 * Math.sqrt(5);
        assertEquals(Math.sqrt(10), s1, 1e-9);
        double unpairedHalf = T4 * Math.sqrt(s1 * s1 / 5 + s2 * s2 / 5);
        double pairedHalf = (paired.diffHigh() - paired.diffLow()) / 2;
        assertEquals(2.7764 * Math.sqrt((10 + 10.577) / 5), unpairedHalf, 1e-3); // 5.632, versus 0.345 paired
        assertTrue(pairedHalf < unpairedHalf / 10, pairedHalf + " vs " + unpairedHalf);
        // The unpaired interval would include 0; the paired one does not.
        assertTrue(paired.diffHigh() < 0);
        assertTrue(-1.08 + unpairedHalf > 0);
    }

    @Test
    void skipsReplicationsWhereEitherIsNaNAndPairsByReplicationNumber() {
        List<MetricRow> in = new ArrayList<>();
        in.add(new MetricRow("base", 0, "tier", "community", "wait_consult_mean_h", 1.0));
        in.add(new MetricRow("base", 1, "tier", "community", "wait_consult_mean_h", Double.NaN));
        in.add(new MetricRow("base", 2, "tier", "community", "wait_consult_mean_h", 3.0));
        in.add(new MetricRow("base", 3, "tier", "community", "wait_consult_mean_h", 5.0));
        // alt listed in another order, replication 3 NaN, replication 4 has no baseline partner
        in.add(new MetricRow("alt", 2, "tier", "community", "wait_consult_mean_h", 5.0));
        in.add(new MetricRow("alt", 0, "tier", "community", "wait_consult_mean_h", 2.0));
        in.add(new MetricRow("alt", 1, "tier", "community", "wait_consult_mean_h", 9.0));
        in.add(new MetricRow("alt", 3, "tier", "community", "wait_consult_mean_h", Double.NaN));
        in.add(new MetricRow("alt", 4, "tier", "community", "wait_consult_mean_h", 7.0));
        ComparisonRow r = Comparison.paired(in, "base").get(0);
        assertEquals(2, r.replications()); // pairs 0 (+1) and 2 (+2)
        assertEquals(1.5, r.diffMean(), 1e-12);
        double half = 12.706204736174698 * Math.sqrt(0.5) / Math.sqrt(2);
        assertEquals(1.5 - half, r.diffLow(), 1e-9);
        assertEquals(1.5 + half, r.diffHigh(), 1e-9);
        assertFalse(r.significant());
    }

    @Test
    void onlyKeysPresentInBothAndSinglePairHasNoInterval() {
        List<MetricRow> in = new ArrayList<>(rows("base", "visits", 100));
        in.addAll(rows("alt", "visits", 103));
        in.addAll(rows("alt", "unserved", 4)); // not in the baseline
        in.addAll(rows("alt2", "visits", 100));
        List<ComparisonRow> out = Comparison.paired(in, "base");
        assertEquals(2, out.size());
        assertEquals("alt", out.get(0).variant());
        assertEquals(3.0, out.get(0).diffMean());
        assertTrue(Double.isNaN(out.get(0).diffLow()));
        assertEquals(1, out.get(0).replications());
        assertFalse(out.get(0).significant());
        assertEquals("alt2", out.get(1).variant());
    }

    @Test
    void identicalDifferencesGiveAZeroWidthInterval() {
        List<MetricRow> in = new ArrayList<>(rows("base", "unserved", 1, 2, 3));
        in.addAll(rows("alt", "unserved", 3, 4, 5));
        ComparisonRow r = Comparison.paired(in, "base").get(0);
        assertEquals(2.0, r.diffLow());
        assertEquals(2.0, r.diffHigh());
        assertEquals(Verdict.WORSE, Comparison.verdict(r));
    }

    @Test
    void missingBaselineOrDuplicateRowsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Comparison.paired(rows("alt", "visits", 1, 2), "base"));
        List<MetricRow> dup = new ArrayList<>(rows("base", "visits", 1, 2));
        dup.add(new MetricRow("base", 1, "network", "all", "visits", 3));
        assertThrows(IllegalArgumentException.class, () -> Comparison.paired(dup, "base"));
    }

    @Test
    void verdictFollowsTheBetterDirectionOfEachMetric() {
        assertEquals(Better.LOWER, MetricFormat.better("wait_consult_referred_mean_h"));
        assertEquals(Better.LOWER, MetricFormat.better("unserved"));
        assertEquals(Better.LOWER, MetricFormat.better("admissions_diverted_share"));
        assertEquals(Better.LOWER, MetricFormat.better("bypass_rate"));
        assertEquals(Better.HIGHER, MetricFormat.better("primary_visit_share"));
        assertEquals(Better.HIGHER, MetricFormat.better("in_grid_rate"));
        assertEquals(Better.NEITHER, MetricFormat.better("bed_occupancy"));
        assertEquals(Better.NEITHER, MetricFormat.better("outpatient_utilization"));
        assertEquals(Better.NEITHER, MetricFormat.better("some_new_metric"));

        assertEquals(Verdict.BETTER, Comparison.verdict(row("primary_visit_share", 0.02, 0.01, 0.03)));
        assertEquals(Verdict.WORSE, Comparison.verdict(row("primary_visit_share", -0.02, -0.03, -0.01)));
        assertEquals(Verdict.WORSE, Comparison.verdict(row("bypass_rate", 0.02, 0.01, 0.03)));
        assertEquals(Verdict.CHANGED, Comparison.verdict(row("bed_occupancy", 0.02, 0.01, 0.03)));
        assertEquals(Verdict.NO_SIGNIFICANT_DIFFERENCE, Comparison.verdict(row("wait_consult_mean_h", -1, -2, 0.5)));
        assertEquals(Verdict.NO_SIGNIFICANT_DIFFERENCE, Comparison.verdict(row("wait_consult_mean_h", -1, -2, 0)));
    }

    private static ComparisonRow row(String metric, double mean, double low, double high) {
        return new ComparisonRow("alt", "base", "network", "all", metric, mean, low, high, 10);
    }

    @Test
    void compareCsvHasExactHeaderAndEmptyCellsForNaN() throws Exception {
        Path f = dir.resolve("compare.csv");
        CsvOutput.writeComparison(f, List.of(
                new ComparisonRow("three-grids", "two-grids", "network", "all", "wait_consult_mean_h", -1.5, -2.25, -0.75, 10),
                new ComparisonRow("three-grids", "two-grids", "facility", "H1", "unserved", 3.0, Double.NaN, Double.NaN, 1)));
        assertEquals(List.of(
                        "variant,baseline,scope,scope_id,metric,diff_mean,diff_ci95_low,diff_ci95_high,replications",
                        "three-grids,two-grids,network,all,wait_consult_mean_h,-1.5,-2.25,-0.75,10",
                        "three-grids,two-grids,facility,H1,unserved,3.0,,,1"),
                Files.readAllLines(f, StandardCharsets.UTF_8));
    }

    private static List<ComparisonRow> verdictRows() {
        return List.of(
                new ComparisonRow("three-grids", "two-grids", "network", "all", "wait_consult_referred_mean_h", -3.1, -4.0, -2.2, 10),
                new ComparisonRow("three-grids", "two-grids", "network", "all", "bed_occupancy", 0.001, -0.002, 0.004, 10),
                new ComparisonRow("three-grids", "two-grids", "network", "all", "unserved", 12, 5, 19, 10),
                new ComparisonRow("three-grids", "two-grids", "tier", "tertiary", "bed_occupancy", 0.1, 0.05, 0.15, 10));
    }

    @Test
    void verdictLineSpeaksPlainly() {
        // Registry order: the referred wait, then bed occupancy, then unserved; changes first, then the unchanged.
        // Each change: direction by kind (a time "shorter", a count "more"), then the registry's English name.
        assertEquals("three-grids: shorter mean consult wait of referred patients (\u22123.10 h, 95 % CI \u22124.00 to \u22122.20); "
                        + "more unserved needs (+12.0, 95 % CI 5.00 to 19.0); no significant change in bed occupancy.",
                Verdicts.line("three-grids", verdictRows(), Locale.ENGLISH));
        assertEquals("x: no comparable headline indicators.", Verdicts.line("x", verdictRows(), Locale.ENGLISH));
    }

    /** A metric no replication pair defined (no reserved slots in either arm) is not called "unchanged". */
    @Test
    void verdictIsSilentOnMetricsWithoutAnyPair() {
        List<ComparisonRow> rows = new java.util.ArrayList<>(verdictRows());
        rows.add(new ComparisonRow("three-grids", "two-grids", "network", "all", "slot_utilization_reserved",
                Double.NaN, Double.NaN, Double.NaN, 0));
        assertEquals(Verdicts.line("three-grids", verdictRows(), Locale.ENGLISH), Verdicts.line("three-grids", rows, Locale.ENGLISH));
        assertFalse(Verdicts.line("three-grids", rows, Locale.ENGLISH).contains("reserved"));
    }

    @Test
    void verdictLineInChinesePutsTheDirectionAfterTheIndicator() {
        assertEquals("three-grids：转诊患者平均等待时间缩短（\u22123.10 小时，95 % 置信区间 \u22124.00 至 \u22122.20）；"
                        + "未获服务的需求增加（+12.0，95 % 置信区间 5.00 至 19.0）；病床使用率无显著变化。",
                Verdicts.line("three-grids", verdictRows(), Locale.SIMPLIFIED_CHINESE));
        assertEquals("x：没有可比较的主要指标。", Verdicts.line("x", verdictRows(), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void verdictLineListsSeveralUnchangedIndicators() {
        List<ComparisonRow> rows = List.of(
                new ComparisonRow("b", "a", "network", "all", "in_grid_rate", 0.0, -0.01, 0.01, 10),
                new ComparisonRow("b", "a", "network", "all", "bypass_rate", 0.0, -0.01, 0.01, 10),
                new ComparisonRow("b", "a", "network", "all", "unserved", 0.0, -1, 1, 10),
                new ComparisonRow("b", "a", "network", "all", "visits", 50, 40, 60, 10));
        // Nothing changed (visits are a volume and are not spoken of): "difference", the list in registry order.
        assertEquals("b: no significant difference in bypass rate, in-grid consult rate and unserved needs.",
                Verdicts.line("b", rows, Locale.ENGLISH));
        assertEquals("b：越级就诊率、网格内就诊率和未获服务的需求无显著差异。", Verdicts.line("b", rows, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void verdictsSpeakOfHeadlineIndicatorsButNotPureVolumes() {
        assertTrue(Verdicts.METRICS.contains("in_grid_rate"));
        assertTrue(Verdicts.METRICS.contains("unserved")); // a count, but judged
        assertTrue(Verdicts.METRICS.contains("bed_occupancy"));
        for (String volume : List.of("visits", "referrals_up", "referrals_down", "admissions")) {
            assertFalse(Verdicts.METRICS.contains(volume), volume);
        }
        assertTrue(MetricFormat.HEADLINE.containsAll(Verdicts.METRICS));
    }

    @Test
    void formatsValuesWithUnits() {
        assertEquals("61.2 %", MetricFormat.format("primary_visit_share", 0.612));
        assertEquals("+2.00 pp", MetricFormat.formatDiff("primary_visit_share", 0.02));
        assertEquals("\u22123.10 h", MetricFormat.formatDiff("wait_consult_mean_h", -3.1));
        assertEquals("12,345", MetricFormat.format("visits", 12345));
        assertEquals("–", MetricFormat.format("visits", Double.NaN));
        assertEquals("基层诊疗量占比", MetricFormat.label("primary_visit_share", java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("病床使用率", MetricFormat.label("bed_occupancy", java.util.Locale.SIMPLIFIED_CHINESE));
    }
}
