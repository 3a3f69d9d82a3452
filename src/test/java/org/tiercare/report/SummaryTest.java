package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static MetricRow row(String metric, int rep, double v) {
        return new MetricRow("base", rep, "network", "all", metric, v);
    }

    @Test
    void studentTIntervalMatchesHandComputation() {
        // values 1..5: mean 3, sd sqrt(2.5), t(0.975, 4) = 2.776445105
        List<SummaryRow> s = Summary.of(List.of(row("w", 1, 1), row("w", 2, 2), row("w", 3, 3), row("w", 4, 4), row("w", 5, 5)));
        assertEquals(1, s.size());
        SummaryRow r = s.get(0);
        double half = 2.776445105 * Math.sqrt(2.5) / Math.sqrt(5); // 1.963243...
        assertEquals(3.0, r.mean(), 1e-12);
        assertEquals(3.0 - half, r.ci95Low(), 1e-8);
        assertEquals(3.0 + half, r.ci95High(), 1e-8);
        assertEquals(5, r.replications());
    }

    @Test
    void nanValuesAreSkippedAndNotCounted() {
        List<SummaryRow> s = Summary.of(List.of(row("w", 1, 2), row("w", 2, Double.NaN), row("w", 3, 4)));
        SummaryRow r = s.get(0);
        assertEquals(2, r.replications());
        assertEquals(3.0, r.mean(), 1e-12);
        double half = 12.7062047361747 * Math.sqrt(2) / Math.sqrt(2); // t(0.975, 1) * sd / sqrt(n)
        assertEquals(3.0 + half, r.ci95High(), 1e-8);
    }

    @Test
    void oneValueHasNoIntervalAndNoneHasNoMean() {
        List<SummaryRow> s = Summary.of(List.of(row("a", 1, 7), row("b", 1, Double.NaN)));
        assertEquals(7.0, s.get(0).mean());
        assertTrue(Double.isNaN(s.get(0).ci95Low()) && Double.isNaN(s.get(0).ci95High()));
        assertEquals(0, s.get(1).replications());
        assertTrue(Double.isNaN(s.get(1).mean()));
    }

    @Test
    void zeroVarianceGivesDegenerateInterval() {
        SummaryRow r = Summary.of(List.of(row("c", 1, 10), row("c", 2, 10), row("c", 3, 10))).get(0);
        assertEquals(10.0, r.ci95Low());
        assertEquals(10.0, r.ci95High());
    }

    @Test
    void groupsKeepOrderOfFirstAppearance() {
        List<MetricRow> rows = List.of(
                new MetricRow("v2", 1, "network", "all", "z", 1),
                new MetricRow("v1", 1, "facility", "H1", "a", 2),
                new MetricRow("v2", 2, "network", "all", "z", 3),
                new MetricRow("v1", 1, "facility", "H2", "a", 4),
                new MetricRow("v1", 2, "facility", "H1", "a", 6));
        List<SummaryRow> s = Summary.of(rows);
        assertEquals(List.of("v2/z/all", "v1/a/H1", "v1/a/H2"),
                s.stream().map(r -> r.variant() + "/" + r.metric() + "/" + r.scopeId()).toList());
        assertEquals(2.0, s.get(0).mean());
        assertEquals(4.0, s.get(1).mean());
    }
}
