package org.tiercare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiercare.metric.Metric;
import org.tiercare.text.Messages;

/**
 * Says when a run's headline intervals are not to be trusted: fewer than {@link #MIN_REPLICATIONS} replications
 * per arm, or a 95 % half-width wider than {@link #RELATIVE} of the mean (and wider than the kind's absolute
 * floor, {@link org.tiercare.metric.Kind#precisionFloor()}).
 */
public final class Precision {
    /** Below this many replications an interval's width is itself too uncertain to read. */
    public static final int MIN_REPLICATIONS = 5;
    /** Widest acceptable half-width, relative to the mean. */
    public static final double RELATIVE = 0.10;

    private Precision() {}

    /** Whether a half-width is acceptable for a metric of this mean (within {@link #RELATIVE} of it). */
    public static boolean precise(Metric metric, double mean, double halfWidth) {
        return precise(metric, mean, halfWidth, RELATIVE);
    }

    /** Whether a half-width is within {@code relative} of the mean, or under the kind's absolute floor. */
    public static boolean precise(Metric metric, double mean, double halfWidth, double relative) {
        if (!Double.isFinite(halfWidth)) return false;
        return halfWidth <= Math.max(relative * Math.abs(mean), metric.kind().precisionFloor());
    }

    /**
     * Whether every variant's headline network indicators (those defined) are within {@code relative} of their
     * means: the stopping rule of {@code --precision}.
     */
    public static boolean allPrecise(List<SummaryRow> summary, double relative) {
        for (SummaryRow r : summary) {
            if (!r.scope().equals("network") || !Double.isFinite(r.mean())) continue;
            Metric m = Metric.byName(r.metric()).orElse(null);
            if (m == null || !m.headline()) continue;
            if (!precise(m, r.mean(), (r.ci95High() - r.ci95Low()) / 2, relative)) return false;
        }
        return true;
    }

    /** Warnings for every variant's network headline indicators, in summary order. */
    public static List<RunWarning> check(List<SummaryRow> summary) {
        Map<String, List<SummaryRow>> byVariant = new LinkedHashMap<>();
        for (SummaryRow r : summary) {
            if (r.scope().equals("network")) byVariant.computeIfAbsent(r.variant(), v -> new ArrayList<>()).add(r);
        }
        Messages zh = Messages.of("warnings", Locale.SIMPLIFIED_CHINESE);
        Messages en = Messages.of("warnings", Locale.ENGLISH);
        List<RunWarning> out = new ArrayList<>();
        byVariant.forEach((variant, rows) -> {
            int n = rows.stream().mapToInt(SummaryRow::replications).max().orElse(0);
            if (n < MIN_REPLICATIONS) {
                out.add(new RunWarning(RunWarning.LOW_PRECISION, variant, "network", "all",
                        zh.get("lowPrecision.fewReplications", variant, n, MIN_REPLICATIONS),
                        en.get("lowPrecision.fewReplications", variant, n, MIN_REPLICATIONS)));
                return;
            }
            for (Metric m : Metric.headlines()) {
                SummaryRow r = rows.stream().filter(x -> x.metric().equals(m.csvName())).findFirst().orElse(null);
                if (r == null || !Double.isFinite(r.mean())) continue;
                double half = (r.ci95High() - r.ci95Low()) / 2;
                if (precise(m, r.mean(), half)) continue;
                String mean = MetricFormat.format(m.csvName(), r.mean());
                String hw = MetricFormat.formatNumber(m.csvName(), half, false);
                String rel = Double.isFinite(half / r.mean()) && r.mean() != 0
                        ? String.format(Locale.ROOT, "%.0f", 100 * Math.abs(half / r.mean())) : "∞";
                out.add(new RunWarning(RunWarning.LOW_PRECISION, variant, "network", "all",
                        zh.get("lowPrecision.wide", variant, m.label(Locale.SIMPLIFIED_CHINESE), mean, hw, rel, r.replications()),
                        en.get("lowPrecision.wide", variant, m.label(Locale.ENGLISH), mean, hw, rel, r.replications())));
            }
        });
        return out;
    }
}
