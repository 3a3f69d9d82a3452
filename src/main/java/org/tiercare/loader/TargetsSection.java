package org.tiercare.loader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.metric.Kind;
import org.tiercare.metric.Metric;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.TargetSpec;
import org.tiercare.scenario.Tier;

/**
 * {@code targets}: outcome targets the plan must meet, each a registry metric at a scope compared with a value.
 * The value is in the metric's unit and may be written the way planners write it: a share as {@code 0.65},
 * {@code 65 %} or {@code 2/3}; a time as hours or with a unit ({@code 7 d}). Rule sets write their outcome rules
 * with the same keys ({@link RuleSets}).
 */
final class TargetsSection {

    static final String KEY = "targets";
    static final List<String> KEYS = List.of("id", "metric", "scope", "scope_id", "tier", "op", "value", "name_zh",
            "name_en", "source");
    static final List<String> SCOPES = List.of("network", "grid", "tier", "facility", "department", "group");

    private TargetsSection() {}

    static List<TargetSpec> bind(Fields top, Ids ids, List<LayoutSpec> layouts, Map<String, Loc> seen) {
        return bind(top, ids, layouts, seen, null);
    }

    /** @param groups the scenario's population group ids, for {@code scope: group} (null: not checked) */
    static List<TargetSpec> bind(Fields top, Ids ids, List<LayoutSpec> layouts, Map<String, Loc> seen, List<String> groups) {
        ListNode list = top.list(KEY, false, Text.get("items.targets"));
        List<TargetSpec> out = new ArrayList<>();
        if (list == null) return out;
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            String id = Sections.uniqueId(f, "kind.target", seen);
            TargetSpec t = target(f, id, ids, layouts, groups);
            if (t != null) out.add(t);
        }
        return out;
    }

    /**
     * One target from {@code f}'s keys (all of {@link #KEYS} but {@code id}); null after reporting a problem.
     * {@code ids} and {@code layouts} check scope ids; a rule set, which knows no scenario, passes null.
     */
    static TargetSpec target(Fields f, String id, Ids ids, List<LayoutSpec> layouts) {
        return target(f, id, ids, layouts, null);
    }

    /** @param groups population group ids for {@code scope: group}, or null (a rule set: not checked) */
    static TargetSpec target(Fields f, String id, Ids ids, List<LayoutSpec> layouts, List<String> groups) {
        int before = f.problems.size();
        String metricName = f.string("metric", true, null);
        Metric metric = null;
        if (metricName != null) {
            metric = Metric.byName(metricName).orElse(null);
            if (metric == null) {
                List<String> known = java.util.Arrays.stream(Metric.values()).map(Metric::csvName).toList();
                f.problem("metric", Text.get("target.metric", metricName, Names.didYouMean(metricName, known)));
            }
        }
        String scope = f.string("scope", false, "network");
        if (!SCOPES.contains(scope)) {
            f.problem("scope", Text.get("target.scope", scope, Text.join(SCOPES)));
            scope = null;
        }
        String scopeId = f.string("scope_id", false, null);
        Tier tier = f.choice("tier", "choice.tier", Tier.class, null);
        if (scope != null) checkScope(f, scope, scopeId, tier, ids, layouts, groups);
        TargetSpec.Op op = null;
        String opText = f.string("op", true, null);
        if (opText != null) {
            op = TargetSpec.Op.of(opText);
            if (op == null) f.problem("op", Text.get("target.op", opText));
        }
        Double value = metric == null ? null : value(f, metric);
        String nameZh = f.string("name_zh", false, "");
        String nameEn = f.string("name_en", false, "");
        String source = f.string("source", false, "");
        if (f.problems.size() != before || id == null || metric == null || op == null || value == null) return null;
        String sid = "network".equals(scope) ? "all" : "tier".equals(scope) && tier != null ? tier.yamlName : scopeId;
        return new TargetSpec(id, metric.csvName(), scope, sid, "facility".equals(scope) ? tier : null, op, value, nameZh,
                nameEn, source);
    }

    private static void checkScope(Fields f, String scope, String scopeId, Tier tier, Ids ids, List<LayoutSpec> layouts,
                                   List<String> groups) {
        switch (scope) {
            case "group" -> {
                if (tier != null) f.problem("tier", Text.get("target.tierHere", scope));
                // "other" is the residents in no group, reported like a group.
                if (scopeId != null && groups != null && !groups.contains(scopeId) && !scopeId.equals(GroupsSection.REST)) {
                    f.problem("scope_id", Text.get("groups.unknown", scopeId,
                            groups.isEmpty() ? Text.get("groups.none") : Text.join(groups), Names.didYouMean(scopeId, groups)));
                }
            }
            case "network" -> {
                if (scopeId != null && !scopeId.equals("all")) f.problem("scope_id", Text.get("target.networkId", scopeId));
                if (tier != null) f.problem("tier", Text.get("target.tierHere", scope));
            }
            case "tier" -> {
                if (scopeId != null) {
                    f.problem("scope_id", Text.get("target.tierScope"));
                } else if (tier == null) {
                    f.missing("tier", Text.get("choice.tier"));
                }
            }
            case "grid" -> {
                if (tier != null) f.problem("tier", Text.get("target.tierHere", scope));
                if (scopeId != null && layouts != null) {
                    Set<String> grids = new java.util.LinkedHashSet<>();
                    for (LayoutSpec l : layouts) for (GridSpec g : l.grids()) grids.add(g.id());
                    if (!grids.contains(scopeId)) {
                        f.problem("scope_id", Text.get("target.grid", scopeId, Text.join(grids), Names.didYouMean(scopeId, grids)));
                    }
                }
            }
            case "department" -> {
                if (tier != null) f.problem("tier", Text.get("target.tierHere", scope));
                if (scopeId == null) f.missing("scope_id", Text.get("target.departmentId"));
                else if (ids != null) checkDepartment(f, scopeId, ids);
            }
            default -> { // facility
                if (scopeId != null && ids != null) ids.facilityRef(f, "scope_id", false);
                if (scopeId != null && tier != null) f.problem("tier", Text.get("target.tierAndId"));
            }
        }
    }

    /** {@code facility/department}: a facility with that department. */
    private static void checkDepartment(Fields f, String scopeId, Ids ids) {
        int slash = scopeId.indexOf('/');
        String facility = slash < 0 ? scopeId : scopeId.substring(0, slash);
        String department = slash < 0 ? null : scopeId.substring(slash + 1);
        if (!ids.isFacility(facility)) {
            f.problem("scope_id", Ids.notFacility(facility, ids.facilities().keySet()));
            return;
        }
        List<String> known = ids.departmentsOf(facility);
        if (ids.facilitiesKnown() && (department == null || !known.contains(department))) {
            List<String> all = known.stream().map(d -> facility + "/" + d).toList();
            f.problem("scope_id", known.isEmpty() ? Text.get("target.noDepartments", scopeId, facility)
                    : Text.get("target.department", scopeId, Names.list(all), Names.didYouMean(scopeId, all)));
        }
    }

    /** The target value in the metric's unit: a number, {@code a/b}, {@code 65 %} for shares, a duration for times. */
    static Double value(Fields f, Metric metric) {
        YamlNode n = f.node("value");
        if (n == null) {
            f.missing("value", Text.get("target.valueExpected"));
            return null;
        }
        if (metric.kind() == Kind.TIME) return f.duration("value", true, 0, Range.NON_NEGATIVE);
        if (n instanceof Scalar s && s.kind() == Scalar.Kind.STRING) {
            Double v = parse(s.text(), metric.kind() == Kind.SHARE);
            if (v == null) {
                f.problem("value", Text.get("target.value", s.text()));
                return null;
            }
            return v;
        }
        return f.number("value", true, 0, metric.kind() == Kind.SHARE ? Range.PROBABILITY : Range.ANY);
    }

    /** {@code a/b} or, for a share, {@code x %}; null otherwise. */
    static Double parse(String text, boolean share) {
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                BigDecimal den = new BigDecimal(t.substring(slash + 1).strip());
                if (den.signum() == 0) return null;
                return new BigDecimal(t.substring(0, slash).strip()).doubleValue() / den.doubleValue();
            }
            if (share && t.endsWith("%")) return new BigDecimal(t.substring(0, t.length() - 1).strip()).doubleValue() / 100;
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Ids seen so far among targets and rules, so that a scorecard's rows stay unique. */
    static Map<String, Loc> seen() { return new HashMap<>(); }
}
