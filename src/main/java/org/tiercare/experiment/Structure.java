package org.tiercare.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tiercare.report.ScorecardRow;
import org.tiercare.report.ScorecardRow.Status;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.RuleSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;
import org.tiercare.scenario.ZoneSpec;

/**
 * The structural and policy rules of a rule set, checked on a scenario as bound: its active layout (grids,
 * leads, members) and each facility's resolved reservation. Each check gives one row per grid or lead
 * hospital it concerns (one for the network when it counts), with what it found.
 */
final class Structure {
    private Structure() {}

    static List<ScorecardRow> check(String variant, String set, RuleSpec rule, String source, Scenario s) {
        LayoutSpec layout = s.activeLayout();
        List<GridSpec> grids = layout == null ? List.of() : layout.grids();
        Row row = new Row(variant, set, rule, source);
        List<ScorecardRow> out = new ArrayList<>();
        switch (rule.check()) {
            case GRID_COVERAGE -> {
                // Zones with residents that no grid of the active layout covers.
                List<String> outside = new ArrayList<>();
                for (ZoneSpec z : s.zones()) {
                    if (z.residents() > 0 && grids.stream().noneMatch(g -> g.zones().contains(z.id()))) outside.add(z.id());
                }
                out.add(row.of("network", "all", "zones_outside_grids", "<=", "0", Integer.toString(outside.size()),
                        outside.isEmpty() && !s.zones().isEmpty()));
            }
            case MIN_GRIDS -> out.add(row.of("network", "all", "grids", rule.op().symbol, Scorecard.number(rule.value()),
                    Integer.toString(grids.size()), rule.op().meets(grids.size(), rule.value())));
            case ONE_LEAD_PER_GRID -> {
                Map<String, Integer> ledBy = new TreeMap<>();
                for (GridSpec g : grids) if (g.lead() != null) ledBy.merge(g.lead(), 1, Integer::sum);
                for (GridSpec g : grids) {
                    int leads = g.lead() == null ? 0 : 1;
                    // A hospital leading two grids leads no tight group of its own.
                    boolean ok = leads == 1 && ledBy.get(g.lead()) == 1;
                    out.add(row.of("grid", g.id(), "lead_hospitals", "=", "1", ok ? "1" : g.lead() == null ? "0" : g.lead(), ok));
                }
                if (grids.isEmpty()) out.add(row.of("network", "all", "grids", ">=", "1", "0", false));
            }
            case LEAD_TIER -> {
                for (GridSpec g : grids) {
                    Tier tier = s.facility(g.lead()).map(FacilitySpec::tier).orElse(null);
                    out.add(row.of("grid", g.id(), "lead_tier", "=", rule.tier().yamlName, tier == null ? "" : tier.yamlName,
                            tier == rule.tier()));
                }
                if (grids.isEmpty()) out.add(row.of("network", "all", "grids", ">=", "1", "0", false));
            }
            case CONTINUING_CARE_MEMBER -> {
                for (GridSpec g : grids) {
                    String member = g.members().stream().filter(id -> !id.equals(g.lead()))
                            .filter(id -> s.facility(id).map(f -> f.tier() == Tier.SECONDARY || f.tier() == Tier.REHAB).orElse(false))
                            .findFirst().orElse("");
                    out.add(row.of("grid", g.id(), "continuing_care_member", "=", "secondary|rehab", member, !member.isEmpty()));
                }
                if (grids.isEmpty()) out.add(row.of("network", "all", "grids", ">=", "1", "0", false));
            }
            case LEAD_RESERVED_SLOTS, LEAD_RESERVED_BEDS -> {
                boolean slots = rule.check() == RuleSpec.Check.LEAD_RESERVED_SLOTS;
                for (FacilitySpec f : leads(s, grids)) {
                    if (slots ? f.outpatient() == null : f.beds() == null) continue;
                    double share = slots ? f.reservation().slotShare() : f.reservation().bedShare();
                    // Shares are compared to 1e-9: 1/3 written as 0.333333333 meets "at least 1/3".
                    boolean ok = rule.op().meets(share + (rule.op() == org.tiercare.scenario.TargetSpec.Op.AT_LEAST ? 1e-9 : -1e-9), rule.value());
                    out.add(row.of("facility", f.id(), slots ? "reserved_slot_share" : "reserved_bed_share", rule.op().symbol,
                            Scorecard.number(rule.value()), Scorecard.number(share), ok));
                }
            }
            case REFERRED_FIRST_CONSULTS, REFERRED_FIRST_ADMISSIONS -> {
                boolean consults = rule.check() == RuleSpec.Check.REFERRED_FIRST_CONSULTS;
                for (FacilitySpec f : leads(s, grids)) {
                    if (consults ? f.outpatient() == null : f.beds() == null) continue;
                    boolean first = f.reservation().referredFirst()
                            || (consults ? f.outpatient().referredFirst() : f.beds().referredFirst());
                    out.add(row.of("facility", f.id(), consults ? "referred_first_consults" : "referred_first_admissions", "=",
                            "yes", first ? "yes" : "no", first));
                }
            }
            case MEMBER_TYPE -> {
                String type = rule.facilityType().yamlName;
                for (GridSpec g : grids) {
                    List<String> ids = new ArrayList<>(g.members());
                    if (g.lead() != null && !ids.contains(g.lead())) ids.add(0, g.lead());
                    String member = ids.stream().filter(id -> s.facility(id).map(f -> f.type() == rule.facilityType()).orElse(false))
                            .findFirst().orElse("");
                    out.add(row.of("grid", g.id(), "member_type", "=", type, member, !member.isEmpty()));
                }
                if (grids.isEmpty()) out.add(row.of("network", "all", "grids", ">=", "1", "0", false));
            }
            case OUTCOME -> throw new IllegalArgumentException("outcome rules are checked on results");
        }
        return out;
    }

    /** The lead hospitals of the grids, each once, in grid order. */
    private static List<FacilitySpec> leads(Scenario s, List<GridSpec> grids) {
        List<FacilitySpec> out = new ArrayList<>();
        for (GridSpec g : grids) {
            s.facility(g.lead()).filter(f -> !out.contains(f)).ifPresent(out::add);
        }
        return out;
    }

    /** A rule's rows for one variant. */
    private record Row(String variant, String set, RuleSpec rule, String source) {
        ScorecardRow of(String scope, String scopeId, String quantity, String op, String target, String found, boolean met) {
            return new ScorecardRow(variant, set, rule.id(), source, scope, scopeId, quantity, op, target, found, Double.NaN,
                    Double.NaN, Double.NaN, 0, met ? Status.MET : Status.NOT_MET, Double.NaN, rule.clauseZh(), rule.summaryEn());
        }
    }
}
