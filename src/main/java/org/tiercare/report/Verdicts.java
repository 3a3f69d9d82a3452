package org.tiercare.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tiercare.report.Comparison.Verdict;
import org.tiercare.metric.Kind;

/** One plain-language line per variant saying what changed against the baseline, e.g. for the HTML report. */
public final class Verdicts {
    private Verdicts() {}

    /** The indicators a verdict line speaks about, with the short noun it uses for each. */
    static final Map<String, String> NOUNS = orderedNouns();

    private static Map<String, String> orderedNouns() {
        var m = new java.util.LinkedHashMap<String, String>();
        m.put("wait_consult_mean_h", "mean waits");
        m.put("wait_consult_referred_mean_h", "referred waits");
        m.put("wait_consult_self_mean_h", "self-presenting waits");
        m.put("wait_admission_mean_h", "waits for a bed");
        m.put("primary_visit_share", "primary visit share");
        m.put("bypass_rate", "bypass rate");
        m.put("outpatient_utilization", "outpatient utilisation");
        m.put("bed_occupancy", "bed occupancy");
        m.put("admissions_diverted_share", "diverted admissions");
        m.put("unserved", "unserved needs");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * E.g. "three-grids: shorter referred waits (−3.1 h, 95 % CI −4.0 to −2.2); no significant change in bed
     * occupancy." Speaks only of the network-scope indicators in {@link #NOUNS} that the rows contain.
     */
    public static String line(String variant, List<ComparisonRow> rows) {
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Map.Entry<String, String> e : NOUNS.entrySet()) {
            ComparisonRow r = find(rows, variant, e.getKey());
            if (r == null) continue;
            if (Comparison.verdict(r) == Verdict.NO_SIGNIFICANT_DIFFERENCE) {
                unchanged.add(e.getValue());
            } else {
                changed.add(direction(r) + " " + e.getValue() + " (" + MetricFormat.formatDiff(r.metric(), r.diffMean())
                        + ", 95 % CI " + MetricFormat.formatNumber(r.metric(), r.diffLow(), false) + " to "
                        + MetricFormat.formatNumber(r.metric(), r.diffHigh(), false) + ")");
            }
        }
        StringBuilder sb = new StringBuilder(variant).append(": ");
        if (changed.isEmpty() && unchanged.isEmpty()) return sb.append("no comparable headline indicators.").toString();
        sb.append(String.join("; ", changed));
        if (!unchanged.isEmpty()) {
            if (!changed.isEmpty()) sb.append("; ");
            sb.append(changed.isEmpty() ? "no significant difference in " : "no significant change in ")
                    .append(joinAnd(unchanged));
        }
        return sb.append('.').toString();
    }

    private static ComparisonRow find(List<ComparisonRow> rows, String variant, String metric) {
        for (ComparisonRow r : rows) {
            if (r.variant().equals(variant) && r.scope().equals("network") && r.metric().equals(metric)) return r;
        }
        return null;
    }

    private static String direction(ComparisonRow r) {
        boolean up = r.diffMean() > 0;
        Kind kind = MetricFormat.kind(r.metric());
        return switch (kind) {
            case TIME -> up ? "longer" : "shorter";
            case COUNT -> up ? "more" : "fewer";
            default -> up ? "higher" : "lower";
        };
    }

    private static String joinAnd(List<String> items) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
