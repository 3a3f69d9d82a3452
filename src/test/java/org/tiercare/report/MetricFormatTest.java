package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tiercare.metric.Metric;
import org.tiercare.metric.Unit;

/** Display units from the registry, the truncation of impossible lower bounds, lever names and lever values. */
class MetricFormatTest {
    private static final String LOS = "length_of_stay_mean_h";

    @Test
    void lengthOfStayIsShownInDays() {
        assertEquals(Unit.DAYS, Metric.LENGTH_OF_STAY_MEAN_H.displayUnit());
        assertEquals(Unit.HOURS, Metric.LENGTH_OF_STAY_MEAN_H.unit(), "files keep hours");
        // 214.8 h / 24 = 8.95 d
        assertEquals("8.95 d", MetricFormat.format(LOS, 214.8));
        assertEquals("8.95 天", MetricFormat.format(LOS, 214.8, Locale.SIMPLIFIED_CHINESE));
        // 12 days = 288 h; 10 or more shown with one decimal
        assertEquals("12.0 d", MetricFormat.format(LOS, 288));
        // −7.2 h / 24 = −0.30 d, with a typographic minus
        assertEquals("\u22120.30 d", MetricFormat.formatDiff(LOS, -7.2));
        assertEquals("+0.50 天", MetricFormat.formatDiff(LOS, 12, Locale.SIMPLIFIED_CHINESE));
        assertEquals("8.50", MetricFormat.formatNumber(LOS, 204, false));
        assertEquals("mean length of stay (d)", MetricFormat.labelWithUnit(LOS, Locale.ENGLISH));
        assertEquals("平均住院日 (天)", MetricFormat.labelWithUnit(LOS, Locale.SIMPLIFIED_CHINESE));
        assertEquals(8.95, MetricFormat.display(LOS, 214.8), 1e-12);
    }

    @Test
    void waitsStayInHoursAndTheWorkbookKeepsHours() {
        assertEquals(Unit.HOURS, Metric.WAIT_ADMISSION_MEAN_H.displayUnit());
        assertEquals("60.0 h", MetricFormat.format("wait_admission_mean_h", 60));
        assertEquals("60.0 小时", MetricFormat.format("wait_admission_mean_h", 60, Locale.SIMPLIFIED_CHINESE));
        // summary.xlsx holds the CSV's hours, so its unit column says hours, also for the length of stay
        assertEquals("h", MetricFormat.unitWords(LOS, Locale.ENGLISH));
        assertEquals("小时", MetricFormat.unitWords(LOS, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void negativeLowerBoundsOfNonNegativeMetricsAreTruncated() {
        assertTrue(MetricFormat.lowTruncated("unserved", -3.5));
        assertEquals("0*", MetricFormat.formatLow("unserved", -3.5));
        assertEquals("0*", MetricFormat.formatLow("bed_occupancy", -0.01));
        assertFalse(MetricFormat.lowTruncated("unserved", 0));
        assertEquals("0.00", MetricFormat.formatLow("unserved", 0));
        assertEquals("2.50", MetricFormat.formatLow("unserved", 2.5));
        assertFalse(MetricFormat.lowTruncated("unserved", Double.NaN));
        // a name the registry does not know may be signed: shown as it is
        assertFalse(MetricFormat.lowTruncated("some_new_balance", -2));
        assertEquals("\u22122.00", MetricFormat.formatLow("some_new_balance", -2));
        // Balances (budget, per-admission payment) are signed: a deficit is real, not an artefact of the interval.
        for (Metric m : Metric.values()) assertEquals(!m.csvName().endsWith("_balance"), m.nonNegative(), m.csvName());
        assertFalse(MetricFormat.lowTruncated("budget_balance", -2));
    }

    @Test
    void leversHaveNamesInBothLanguagesAndFallBackToThePath() {
        assertEquals("reserved slot share", LeverNames.name("policy.reserved_slot_share", Locale.ENGLISH));
        assertEquals("预留号源比例", LeverNames.name("policy.reserved_slot_share", Locale.SIMPLIFIED_CHINESE));
        assertEquals("预留床位比例", LeverNames.name("policy.reserved_bed_share", Locale.SIMPLIFIED_CHINESE));
        assertEquals("家庭医生签约覆盖率", LeverNames.name("policy.contract_coverage", Locale.SIMPLIFIED_CHINESE));
        // any list index reads the same name
        assertEquals("chart.lever.outreach.N.specialist_days_per_week", LeverNames.key("outreach.12.specialist_days_per_week"));
        assertEquals("每周派驻专家人日", LeverNames.name("outreach.1.specialist_days_per_week", Locale.SIMPLIFIED_CHINESE));
        assertEquals("policy.unknown_lever", LeverNames.name("policy.unknown_lever", Locale.SIMPLIFIED_CHINESE));
        assertTrue(LeverNames.named("teleconsultation.share"));
        assertFalse(LeverNames.named("demand.scale"));
    }

    @Test
    void leverValuesHaveAtMostThreeSignificantDigits() {
        assertEquals("0.333", LeverNames.value(1.0 / 3));
        assertEquals("0.667", LeverNames.value(2.0 / 3));
        assertEquals("35.1", LeverNames.value(35.050763763464076));
        assertEquals("0.05", LeverNames.value(0.05));
        assertEquals("0.25", LeverNames.value(0.25));
        assertEquals("0", LeverNames.value(0));
        assertEquals("20", LeverNames.value(20));
        assertEquals("1235", LeverNames.value(1234.56));
        assertEquals("\u22120.125", LeverNames.value(-0.125));
        assertEquals("0.333", HtmlReport.fmtLever(0.333333));
    }
}
