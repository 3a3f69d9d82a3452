package org.tiercare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiercare.metric.Metric;
import org.tiercare.report.ScorecardRow.Status;
import org.tiercare.text.Messages;

/**
 * How a scorecard reads, for the console and the report alike: each rule's name in the language, its target and
 * what was found in the planners' units, and one summary line per variant ("reserve-third meets 9 of 10 rules; not
 * met: …"). A rule is met when every scope it checks meets it, not met when any does not, else uncertain.
 */
public final class ScorecardText {
    private ScorecardText() {}

    /** The rule's clause or the target's name in the language, else its id. */
    public static String name(ScorecardRow r, Locale locale) {
        String n = Metric.isChinese(locale) ? r.nameZh() : r.nameEn();
        return n == null || n.isBlank() ? r.rule() : n;
    }

    /** Met, not met or uncertain, in the language. */
    public static String status(Status s, Locale locale) {
        return Messages.of("report", locale).get("scorecard.status." + s.csv());
    }

    /** The target as shown: "≥ 33.3 %", "≤ 7.00 d", "= tertiary hospital". */
    public static String target(ScorecardRow r, Locale locale) {
        return r.op().replace("<=", "≤").replace(">=", "≥") + " " + shown(r, r.target(), locale);
    }

    /** What was found as shown: an outcome's mean, a structural rule's value ("2", "33.3 %", "yes"). */
    public static String found(ScorecardRow r, Locale locale) {
        return r.outcome() ? MetricFormat.format(r.metric(), r.value(), locale) : shown(r, r.found(), locale);
    }

    private static String shown(ScorecardRow r, String raw, Locale locale) {
        Messages m = Messages.of("report", locale);
        if (r.outcome() || Metric.byName(r.metric()).isPresent()) {
            try {
                return MetricFormat.format(r.metric(), Double.parseDouble(raw), locale);
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        if (r.metric().endsWith("_share")) {
            try {
                return LeverNames.value(100 * Double.parseDouble(raw)) + " %";
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        if (raw.equals("yes") || raw.equals("no")) return m.get("scorecard." + raw);
        if (m.has("tier." + raw)) return m.get("tier." + raw);
        if (raw.equals("secondary|rehab")) return m.get("scorecard.continuingCare");
        return raw.isEmpty() ? "–" : raw;
    }

    /** Each rule's overall status for a variant, rules in order. */
    public static Map<String, Status> byRule(String variant, List<ScorecardRow> rows) {
        Map<String, Status> out = new LinkedHashMap<>();
        for (ScorecardRow r : rows) {
            if (!r.variant().equals(variant)) continue;
            String key = r.ruleSet() + "/" + r.rule();
            Status s = out.get(key);
            out.put(key, s == null ? r.status() : worse(s, r.status()));
        }
        return out;
    }

    private static Status worse(Status a, Status b) {
        if (a == Status.NOT_MET || b == Status.NOT_MET) return Status.NOT_MET;
        if (a == Status.UNCERTAIN || b == Status.UNCERTAIN) return Status.UNCERTAIN;
        return Status.MET;
    }

    /** "reserve-third meets 9 of 10 rules; not met: a, b; uncertain: c", or null when the variant has no rows. */
    public static String summary(String variant, List<ScorecardRow> rows, Locale locale) {
        Map<String, Status> rules = byRule(variant, rows);
        if (rules.isEmpty()) return null;
        Messages m = Messages.of("report", locale);
        List<String> notMet = new ArrayList<>(), uncertain = new ArrayList<>();
        int met = 0;
        for (Map.Entry<String, Status> e : rules.entrySet()) {
            String id = e.getKey().substring(e.getKey().indexOf('/') + 1);
            switch (e.getValue()) {
                case MET -> met++;
                case NOT_MET -> notMet.add(id);
                case UNCERTAIN -> uncertain.add(id);
            }
        }
        String s = m.get("scorecard.summary", variant, Integer.toString(met), Integer.toString(rules.size()));
        if (!notMet.isEmpty()) s = m.get("scorecard.summaryNotMet", s, Verdicts.list(m, notMet));
        if (!uncertain.isEmpty()) s = m.get("scorecard.summaryUncertain", s, Verdicts.list(m, uncertain));
        return s;
    }
}
