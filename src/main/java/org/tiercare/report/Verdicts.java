package org.tiercare.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiercare.metric.Better;
import org.tiercare.metric.Kind;
import org.tiercare.metric.Metric;
import org.tiercare.report.Comparison.Verdict;
import org.tiercare.text.Messages;

/** One plain-language line per variant saying what changed against the baseline, e.g. for the HTML report. */
public final class Verdicts {
    private Verdicts() {}

    /**
     * The CSV names of the indicators a verdict line speaks about: the headline metrics in table order,
     * except pure volumes (counts with no better direction), whose change says nothing by itself.
     */
    public static final List<String> METRICS = Metric.headlines().stream()
            .filter(m -> !(m.kind() == Kind.COUNT && m.better() == Better.NEITHER))
            .map(Metric::csvName).toList();

    /** {@link #line(String, List, Locale)} in the process's language (the console's headline). */
    public static String line(String variant, List<ComparisonRow> rows) {
        return line(variant, rows, Messages.current());
    }

    /**
     * E.g. "three-grids: shorter mean consult wait of referred patients (−3.10 h, 95 % CI −4.00 to −2.20); no
     * significant change in bed occupancy." Speaks only of the network-scope {@link #METRICS} the rows contain.
     */
    public static String line(String variant, List<ComparisonRow> rows, Locale locale) {
        Messages m = Messages.of("report", locale);
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String metric : METRICS) {
            ComparisonRow r = find(rows, variant, metric);
            // No pair of replications had the metric defined (e.g. reserved slots where none are reserved): silent.
            if (r == null || r.replications() == 0) continue;
            String label = MetricFormat.label(metric, locale);
            if (Comparison.verdict(r) == Verdict.NO_SIGNIFICANT_DIFFERENCE) {
                unchanged.add(label);
            } else {
                changed.add(m.get("verdict.change", direction(m, r), label, MetricFormat.formatDiff(metric, r.diffMean(), locale),
                        MetricFormat.formatNumber(metric, r.diffLow(), false),
                        MetricFormat.formatNumber(metric, r.diffHigh(), false)));
            }
        }
        if (changed.isEmpty() && unchanged.isEmpty()) return m.get("verdict.none", variant);
        List<String> clauses = new ArrayList<>(changed);
        if (!unchanged.isEmpty()) {
            clauses.add(m.get(changed.isEmpty() ? "verdict.unchangedAll" : "verdict.unchanged", list(m, unchanged)));
        }
        String joined = clauses.get(clauses.size() - 1);
        for (int i = clauses.size() - 2; i >= 0; i--) joined = m.get("verdict.join", clauses.get(i), joined);
        return m.get("verdict.line", variant, joined);
    }

    /** "a, b and c" in the bundle's language. */
    static String list(Messages m, List<String> items) {
        int n = items.size();
        if (n == 1) return items.get(0);
        String s = m.get("list.end", items.get(n - 2), items.get(n - 1));
        for (int i = n - 3; i >= 0; i--) s = m.get("list.start", items.get(i), s);
        return s;
    }

    private static ComparisonRow find(List<ComparisonRow> rows, String variant, String metric) {
        for (ComparisonRow r : rows) {
            if (r.variant().equals(variant) && r.scope().equals("network") && r.metric().equals(metric)) return r;
        }
        return null;
    }

    /** How a change is worded, by kind: a time gets shorter, a count fewer, anything else lower. */
    static String kindKey(String metric) {
        return switch (MetricFormat.kind(metric)) {
            case TIME -> "time";
            case COUNT -> "count";
            default -> "other";
        };
    }

    /** The direction word of a significant change. */
    private static String direction(Messages m, ComparisonRow r) {
        return m.get("verdict." + kindKey(r.metric()) + (r.diffMean() > 0 ? ".up" : ".down"));
    }
}
