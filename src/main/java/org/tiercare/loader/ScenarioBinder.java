package org.tiercare.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.scenario.ArrivalStream;
import org.tiercare.scenario.ChoiceSpec;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.DemandSpec;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.LeversSpec;
import org.tiercare.scenario.MoneySpec;
import org.tiercare.scenario.NetworkSpec;
import org.tiercare.scenario.PolicySpec;
import org.tiercare.scenario.Referral;
import org.tiercare.scenario.ReservationSpec;
import org.tiercare.scenario.RuleSet;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.TargetSpec;
import org.tiercare.scenario.ZoneSpec;

/**
 * Binds the top level: run settings here, each section in its own class. Sections are bound in
 * dependency order (policy, zones, facilities, then what refers to them), and all of them always
 * run, so a mistake in one section never hides those in the next. Adding a section means adding
 * its key to {@link #KEYS} and one bind call.
 */
final class ScenarioBinder {

    /**
     * 10,000 replications: intervals stop narrowing usefully long before (the README trusts 5), and a
     * count in the millions is a typo that would keep a machine busy for weeks.
     */
    static final int MAX_REPLICATIONS = 10_000;
    private static final List<String> SETTINGS = List.of("name", "description", "seed", "replications", "warmup", "horizon");
    static final List<String> KEYS;

    static {
        List<String> k = new ArrayList<>(SETTINGS);
        k.addAll(List.of(TierDefaults.KEY, ZonesSection.KEY, FacilitiesSection.KEY, NetworkSection.KEY, LayoutsSection.KEY,
                LayoutsSection.ACTIVE, DemandSection.KEY, ConditionsSection.KEY, ChoiceSection.KEY, PolicySection.KEY,
                ArrivalsSection.KEY, ReferralsSection.KEY, OutreachSection.KEY, TeleconsultationSection.KEY,
                DiagnosticsSection.KEY, UpliftSection.KEY, VariantsSection.KEY, TargetsSection.KEY, RuleSets.KEY,
                MoneySection.KEY, GroupsSection.KEY, AlliancesSection.KEY));
        KEYS = List.copyOf(k);
    }

    private ScenarioBinder() {}

    /**
     * @param sha256   hash of the scenario file's bytes followed by those of each CSV file it reads
     * @param pristine the tree before tier defaults were merged, to check variants on; null when
     *                 binding a variant (variants are not checked recursively)
     * @return the scenario, or null when any problem was recorded
     */
    static Scenario bind(YamlNode root, Problems problems, Path file, String sha256, List<String> overrides, MapNode pristine) {
        Fields top = Fields.of(problems, root, "", KEYS);
        if (!top.isMap()) return null;
        String name = top.string("name", true, null);
        if (name != null && name.isBlank()) top.problem("name", Text.get("name.empty"));
        String description = top.string("description", false, "");
        Long seed = top.whole("seed", false, 1, Long.MIN_VALUE);
        Integer replications = top.count("replications", false, 10, 1, MAX_REPLICATIONS);
        // Warm-up and horizon, like every duration, are at most 50 years (Range.MAX_DURATION_H).
        Double warmup = top.duration("warmup", false, 0, Range.NON_NEGATIVE);
        Double horizon = top.duration("horizon", true, 0, Range.POSITIVE);

        Ids ids = new Ids();
        Map<String, Loc> locations = new LinkedHashMap<>();
        PolicySpec policy = PolicySection.bind(top);
        List<ZoneSpec> zones = ZonesSection.bind(top, ids);
        List<FacilitySpec> facilities = FacilitiesSection.bind(top, ids, policy);
        locations.putAll(ids.declared());
        NetworkSpec network = NetworkSection.bind(top, ids);
        LayoutsSection.Bound layouts = LayoutsSection.bind(top, ids, locations);
        List<ArrivalStream> arrivals = ArrivalsSection.bind(top, ids);
        List<Referral> referrals = ReferralsSection.bind(top, ids);
        DemandSpec demand = DemandSection.bind(top, ids);
        List<ConditionSpec> conditions = ConditionsSection.bind(top, locations, ids);
        int beforeGroups = problems.size();
        List<org.tiercare.scenario.GroupSpec> groups = GroupsSection.bind(top, locations);
        GroupsSection.checkZones(top, zones, groups, problems.size() == beforeGroups);
        ChoiceSpec choice = ChoiceSection.bind(top);
        LeversSpec levers = new LeversSpec(List.copyOf(OutreachSection.bind(top, ids, facilities)),
                TeleconsultationSection.bind(top), List.copyOf(DiagnosticsSection.bind(top, ids, locations)),
                List.copyOf(UpliftSection.bind(top, ids, facilities)), AlliancesSection.bind(top, ids));
        List<VariantsSection.Bound> variants = VariantsSection.bind(top, locations);
        List<TargetSpec> targets = TargetsSection.bind(top, ids, layouts.layouts(), TargetsSection.seen(),
                GroupsSection.writtenIds(top, GroupsSection.KEY));
        List<RuleSet> rules = RuleSets.bind(top, file);
        MoneySpec money = MoneySection.bind(top, conditions, facilities);
        if (choice != null && choice.pricePerYuan() != 0 && top.node(MoneySection.KEY) == null) MoneySection.priceWithoutMoney(top);
        Checks.run(top, ids, arrivals, demand, conditions, network);
        if (pristine != null) skippedNote(top, ids);
        if (pristine != null && !variants.isEmpty()) VariantsSection.check(variants, pristine, problems, file, sha256, overrides);

        if (!problems.isEmpty()) return null;
        // Plain ids first come first (zones and facilities, then grids, layouts, conditions, variants); since
        // those kinds have namespaces of their own, each is also under "layout/ID", "LAYOUT/GRID",
        // "condition/ID" and "variant/ID".
        Map<String, String> where = new LinkedHashMap<>();
        locations.forEach((id, l) -> where.put(id, l.override() != null ? "--set '" + l.override() + "'"
                : l.file() + ":" + l.line() + ":" + l.column()));
        facilities = withReservations(facilities, layouts.layouts(), layouts.active(), policy);
        return new Scenario(name, description, file, sha256, List.copyOf(overrides), seed, replications, warmup, horizon,
                List.copyOf(zones), List.copyOf(facilities), List.copyOf(arrivals), List.copyOf(referrals),
                network, List.copyOf(layouts.layouts()), layouts.active(), demand, List.copyOf(conditions), choice, policy, levers,
                variants.stream().map(VariantsSection.Bound::spec).toList(), Collections.unmodifiableMap(where), targets, rules,
                money, groups);
    }

    /**
     * One line saying what an unreadable CSV file cost: the references to its zones or facilities
     * were accepted unchecked rather than each reported as unknown (one cause, one message).
     */
    private static void skippedNote(Fields top, Ids ids) {
        if (ids.skipped() == 0) return;
        List<String> files = new ArrayList<>();
        Loc at = null;
        for (String key : List.of(ZonesSection.KEY, FacilitiesSection.KEY)) {
            if (top.node(key) instanceof YamlNode.ListNode l && l.unreadable != null) {
                files.add(l.unreadable);
                if (at == null) at = l.loc();
            }
        }
        if (at != null) top.problems.add(at, Text.get("csv.skipped", Text.join(files), ids.skipped()));
    }

    /**
     * Decides each facility's referral reservation once, for the active layout: its own section if it has
     * one (keys it omits took the policy's values), else the policy's when it leads a grid, else none.
     * So the model reads a facility's reservation without knowing where the default came from.
     */
    private static List<FacilitySpec> withReservations(List<FacilitySpec> facilities, List<LayoutSpec> layouts,
                                                       String active, PolicySpec policy) {
        java.util.Set<String> leads = new java.util.HashSet<>();
        for (LayoutSpec l : layouts) {
            if (l.id().equals(active)) l.grids().forEach(g -> leads.add(g.lead()));
        }
        List<FacilitySpec> out = new ArrayList<>(facilities.size());
        for (FacilitySpec f : facilities) {
            ReservationSpec r = f.reservation() != null ? f.reservation()
                    : leads.contains(f.id()) ? policy.reservation() : ReservationSpec.NONE;
            out.add(f.withReservation(r));
        }
        return out;
    }
}
