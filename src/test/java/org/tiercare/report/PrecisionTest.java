package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiercare.metric.Metric;

/** When a headline interval is too wide to act on: relative to the mean, with an absolute floor by kind. */
class PrecisionTest {
    private static SummaryRow row(String metric, double mean, double half, int n) {
        return new SummaryRow("v", "network", "all", metric, mean, mean - half, mean + half, n);
    }

    @Test
    void relativeWidthWithAFloorForValuesNearZero() {
        // 10 h ± 0.9 h is within 10 %; ± 1.1 h is not.
        assertTrue(Precision.precise(Metric.WAIT_CONSULT_MEAN_H, 10, 0.9));
        assertFalse(Precision.precise(Metric.WAIT_CONSULT_MEAN_H, 10, 1.1));
        // A diversion share of 0.004 % ± 0.03 pp: 750 % of the mean, but under the half-point floor for shares.
        assertTrue(Precision.precise(Metric.ADMISSIONS_DIVERTED_SHARE, 0.00004, 0.0003));
        assertFalse(Precision.precise(Metric.ADMISSIONS_DIVERTED_SHARE, 0.00004, 0.006));
        assertFalse(Precision.precise(Metric.VISITS, 100, Double.NaN), "no interval is not a precise one");
    }

    @Test
    void warningsPerVariant() {
        List<RunWarning> few = Precision.check(List.of(row("visits", 1000, 1, 3), row("bypass_rate", 0.4, 0.001, 3)));
        assertEquals(1, few.size(), "fewer than 5 replications: one warning for the variant, not one per metric");
        assertTrue(few.get(0).messageZh().contains("3 次重复运行"), few.get(0).messageZh());
        List<RunWarning> wide = Precision.check(List.of(row("visits", 1000, 1, 10),
                row("wait_consult_mean_h", 2.0, 0.5, 10), row("wait_consult_p50_h", 2.0, 1.5, 10)));
        assertEquals(1, wide.size(), "only the headline wait (25 %); visits are precise and the median is no headline");
        assertTrue(wide.get(0).messageEn().contains("mean consult wait = 2.00 h ± 0.50 (25 % of the mean, 10 replications)"),
                wide.get(0).messageEn());
    }
}
