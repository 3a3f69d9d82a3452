package org.tiercare.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.tiercare.report.MetricRow;
import org.tiercare.report.ScorecardRow;
import org.tiercare.report.ScorecardRow.Status;
import org.tiercare.scenario.RuleSet;
import org.tiercare.scenario.RuleSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.TargetSpec;
import org.tiercare.stats.StudentInterval;

/**
 * Checks each variant against its scenario's targets and the rule sets in force: structural and policy rules
 * from the scenario as bound (the active layout, each facility's resolved reservation), outcome targets from the
 * replications. An outcome is {@code met} when its 95 % interval lies entirely on the target's side,
 * {@code not_met} when entirely on the other, else {@code uncertain}; its probability of meeting the target is
 * P(T &gt; (value − mean) / se) for {@code >=} under the Student t distribution of the mean (n − 1 degrees of
 * freedom), the same model the interval rests on.
 */
public final class Scorecard {
    private Scorecard() {}

    /** Every variant's scorecard, in variant order: rule sets' rules first, then the scenario's own targets. */
    public static List<ScorecardRow> of(List<Variant> variants, List<RuleSet> extraRules, List<MetricRow> rows) {
        List<ScorecardRow> out = new ArrayList<>();
        for (Variant v : variants) {
            Scenario s = v.scenario();
            Map<String, RuleSet> sets = new LinkedHashMap<>();
            for (RuleSet r : s.rules()) sets.putIfAbsent(r.id(), r);
            for (RuleSet r : extraRules) sets.putIfAbsent(r.id(), r);
            List<MetricRow> mine = rows.stream().filter(r -> r.variant().equals(v.id())).toList();
            for (RuleSet set : sets.values()) {
                for (RuleSpec rule : set.rules()) {
                    String source = rule.source().isEmpty() ? set.source() : rule.source();
                    if (rule.check() == RuleSpec.Check.OUTCOME) {
                        out.addAll(outcome(v.id(), set.id(), rule.id(), source, rule.target(), rule.clauseZh(),
                                rule.summaryEn(), mine, s));
                    } else {
                        out.addAll(Structure.check(v.id(), set.id(), rule, source, s));
                    }
                }
            }
            for (TargetSpec t : s.targets()) {
                out.addAll(outcome(v.id(), "", t.id(), t.source(), t, t.nameZh(), t.nameEn(), mine, s));
            }
        }
        return out;
    }

    /** One row per scope the target covers (every grid, every facility of a tier, or the one named). */
    static List<ScorecardRow> outcome(String variant, String set, String rule, String source, TargetSpec t, String zh,
                                      String en, List<MetricRow> rows, Scenario s) {
        Map<String, List<Double>> byScope = new LinkedHashMap<>();
        for (MetricRow r : rows) {
            if (!r.metric().equals(t.metric()) || !r.scope().equals(t.scope())) continue;
            if (t.scopeId() != null && !r.scopeId().equals(t.scopeId())) continue;
            byScope.computeIfAbsent(r.scopeId(), k -> new ArrayList<>()).add(r.value());
        }
        if (t.tier() != null) {
            byScope.keySet().removeIf(id -> s.facility(id).map(f -> f.tier() != t.tier()).orElse(true));
        }
        List<ScorecardRow> out = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : byScope.entrySet()) {
            List<Double> values = e.getValue().stream().filter(Double::isFinite).toList();
            StudentInterval ci = values.isEmpty() ? null : StudentInterval.of(values);
            double mean = ci == null ? Double.NaN : ci.mean();
            double low = ci == null || values.size() < 2 ? Double.NaN : ci.low();
            double high = ci == null || values.size() < 2 ? Double.NaN : ci.high();
            Status status = status(t.op(), t.value(), low, high);
            out.add(new ScorecardRow(variant, set, rule, source, t.scope(), e.getKey(), t.metric(), t.op().symbol,
                    number(t.value()), number(mean), mean, low, high, values.size(), status,
                    probability(t.op(), t.value(), values), zh, en));
        }
        return out;
    }

    /** Status from the 95 % interval; no interval (one replication, or no value) is uncertain. */
    static Status status(TargetSpec.Op op, double target, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) return Status.UNCERTAIN;
        if (op.meets(low, target) && op.meets(high, target)) return Status.MET;
        if (!op.meets(low, target) && !op.meets(high, target)) return Status.NOT_MET;
        return Status.UNCERTAIN;
    }

    /** P(true mean meets the target) under the t model of the mean; NaN with fewer than 2 values. */
    static double probability(TargetSpec.Op op, double target, List<Double> values) {
        List<Double> v = values.stream().filter(Double::isFinite).toList();
        if (v.size() < 2) return Double.NaN;
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        double se = Math.sqrt(ss / (v.size() - 1) / v.size());
        if (se == 0) return op.meets(mean, target) ? 1 : 0;
        double p = new TDistribution(null, v.size() - 1).cumulativeProbability((mean - target) / se);
        return op == TargetSpec.Op.AT_LEAST ? p : 1 - p;
    }

    /** A number as scorecard.csv writes it: shortest exact form. */
    static String number(double v) {
        if (!Double.isFinite(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
