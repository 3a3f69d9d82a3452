package org.tiercare.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.tiercare.experiment.Study;
import org.tiercare.report.SummaryRow;
import org.tiercare.scenario.Scenario;

/** The short table of headline indicators printed at the end of a run. */
final class Headline {
    /** metric, English label, planners' Chinese name (last, so wide glyphs do not break the columns). */
    private static final String[][] HEADLINES = {
            {"visits", "visits", "诊疗人次"},
            {"primary_visit_share", "primary visit share", "基层诊疗量占比"},
            {"bypass_rate", "bypass rate", "越级就诊率"},
            {"in_grid_rate", "in-grid rate", "网格内就诊率"},
            {"referrals_up", "referrals up", "上转人次"},
            {"referrals_down", "referrals down", "下转人次"},
            {"wait_consult_mean_h", "consult wait, mean (h)", "平均等待时间"},
            {"wait_consult_p90_h", "consult wait, p90 (h)", ""},
            {"wait_consult_referred_mean_h", "  referred patients (h)", ""},
            {"wait_consult_self_mean_h", "  self-presenting (h)", ""},
            {"outpatient_utilization", "outpatient utilisation", ""},
            {"slot_utilization", "slot utilisation", ""},
            {"admissions", "admissions", "入院人次"},
            {"bed_occupancy", "bed occupancy", "病床使用率"},
            {"wait_admission_mean_h", "admission wait, mean (h)", ""},
            {"admissions_diverted_share", "admissions diverted", ""},
            {"length_of_stay_mean_h", "length of stay, mean (h)", "平均住院日"},
            {"unserved", "unserved", ""},
    };

    private Headline() {}

    static void print(PrintWriter out, Scenario s, Study.Result r) {
        out.printf(Locale.ROOT, "%n%s — %d replication%s%s, %.1f s wall, %.1f M events/s%n", s.name(), r.completed(),
                r.completed() == 1 ? "" : "s", r.partial() ? " (PARTIAL: interrupted, " + r.requested() + " requested)" : "",
                r.wallSeconds(), r.events() / r.wallSeconds() / 1e6);
        out.printf(Locale.ROOT, "%-28s %12s   %-26s%n", "network indicator", "mean", "95% CI");
        for (String[] h : HEADLINES) {
            row(r.summary(), h[0]).filter(x -> !Double.isNaN(x.mean())).ifPresent(x -> out.printf(Locale.ROOT,
                    "%-28s %12s   %-26s %s%n", h[1], fmt(x.mean()), "[" + fmt(x.ci95Low()) + ", " + fmt(x.ci95High()) + "]",
                    h[2]));
        }
        out.printf("%nResults: %s (open report.html)%n", r.folder());
        out.flush();
    }

    /** Network headline means side by side per variant, then a one-line verdict per variant. */
    static void printComparison(PrintWriter out, List<org.tiercare.experiment.Variant> variants, Study.Result r) {
        out.printf(Locale.ROOT, "%n%d variants x replications: %d done%s, %.1f s wall%n", variants.size(), r.completed(),
                r.partial() ? " (PARTIAL: interrupted, " + r.requested() + " requested)" : "", r.wallSeconds());
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-28s", "network indicator (mean)"));
        for (var v : variants) head.append(String.format(Locale.ROOT, " %14s", abbreviate(v.id(), 14)));
        out.println(head);
        for (String[] h : HEADLINES) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s", h[1]));
            boolean any = false;
            for (var v : variants) {
                var x = r.summary().stream().filter(y -> y.variant().equals(v.id()) && y.scope().equals("network")
                        && y.metric().equals(h[0])).findFirst();
                any |= x.isPresent() && !Double.isNaN(x.get().mean());
                line.append(String.format(Locale.ROOT, " %14s", x.map(y -> fmt(y.mean())).orElse("-")));
            }
            if (any) out.println(line);
        }
        out.println();
        for (var v : variants.subList(1, variants.size())) {
            var rows = r.comparison().stream().filter(c -> c.variant().equals(v.id())).toList();
            if (!rows.isEmpty()) out.println(org.tiercare.report.Verdicts.line(v.id(), rows));
        }
        out.printf("%nResults: %s (open report.html)%n", r.folder());
        out.flush();
    }

    private static String abbreviate(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }

    private static java.util.Optional<SummaryRow> row(List<SummaryRow> rows, String metric) {
        return rows.stream().filter(x -> x.scope().equals("network") && x.metric().equals(metric)).findFirst();
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) return "-";
        if (Math.abs(v) >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
