package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tiercare.loader.RuleSets;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.MetricRow;
import org.tiercare.report.ScorecardRow;
import org.tiercare.report.ScorecardRow.Status;
import org.tiercare.scenario.RuleSet;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.TargetSpec;
import org.tiercare.scenario.TargetSpec.Op;

/** Targets take their status from the interval; the nhc-2023 rules flag the layouts that break them. */
class ScorecardTest {
    private static final Path STRUCTURE = Path.of("src/test/resources/scorecard/structure.yaml");

    private static List<MetricRow> rows(String metric, double... values) {
        List<MetricRow> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) out.add(new MetricRow("v", i + 1, "network", "all", metric, values[i]));
        return out;
    }

    private static ScorecardRow one(Op op, double target, double... values) {
        TargetSpec t = new TargetSpec("t", "visits", "network", "all", null, op, target, "", "", "");
        List<ScorecardRow> r = Scorecard.outcome("v", "", "t", "", t, "", "", rows("visits", values), null);
        assertEquals(1, r.size());
        return r.get(0);
    }

    @Test
    void statusFollowsTheInterval() {
        // 10, 11, 12: mean 11, s = 1, n = 3, half-width t(0.975, 2) · 1/√3 = 4.303 · 0.577 = 2.48 → [8.52, 13.48].
        assertEquals(Status.MET, one(Op.AT_LEAST, 8.5, 10, 11, 12).status());
        assertEquals(Status.UNCERTAIN, one(Op.AT_LEAST, 8.6, 10, 11, 12).status());
        assertEquals(Status.UNCERTAIN, one(Op.AT_LEAST, 13.4, 10, 11, 12).status());
        assertEquals(Status.NOT_MET, one(Op.AT_LEAST, 13.5, 10, 11, 12).status());
        assertEquals(Status.MET, one(Op.AT_MOST, 13.5, 10, 11, 12).status());
        assertEquals(Status.NOT_MET, one(Op.AT_MOST, 8.5, 10, 11, 12).status());
        // One replication has no interval: never called met.
        assertEquals(Status.UNCERTAIN, one(Op.AT_LEAST, 1, 10).status());
    }

    @Test
    void probabilityOfMeetingComesFromTheTDistributionOfTheMean() {
        // t = (11 − 10) / (1/√3) = 1.732 with 2 degrees of freedom; for 2 df, F(t) = 1/2 + t / (2 √(2 + t²)).
        double t = Math.sqrt(3);
        double expected = 0.5 + t / (2 * Math.sqrt(2 + t * t));
        assertEquals(expected, one(Op.AT_LEAST, 10, 10, 11, 12).probability(), 1e-9);
        assertEquals(1 - expected, one(Op.AT_MOST, 10, 10, 11, 12).probability(), 1e-9);
        assertEquals(0.5, one(Op.AT_LEAST, 11, 10, 11, 12).probability(), 1e-9);
    }

    /** Rule id → statuses of its rows, in order. */
    private static Map<String, List<Status>> statuses(Scenario s) throws Exception {
        List<RuleSet> rules = RuleSets.load(List.of("nhc-2023"), s.file());
        Map<String, List<Status>> out = new LinkedHashMap<>();
        for (ScorecardRow r : Scorecard.of(List.of(new Variant("v", "", s, Map.of())), rules, List.of())) {
            out.computeIfAbsent(r.rule(), k -> new ArrayList<>()).add(r.status());
        }
        return out;
    }

    @Test
    void nhc2023FlagsEachStructuralBreach() throws Exception {
        // Layout "one": a single grid led by the tertiary H1 whose only other member is a community centre.
        Map<String, List<Status>> one = statuses(ScenarioLoader.load(STRUCTURE));
        assertEquals(List.of(Status.MET), one.get("grids-cover-residents"));
        assertEquals(List.of(Status.NOT_MET), one.get("at-least-two-grids"));
        assertEquals(List.of(Status.MET), one.get("one-group-per-grid"));
        assertEquals(List.of(Status.MET), one.get("tertiary-lead"));
        assertEquals(List.of(Status.NOT_MET), one.get("continuing-care-member"));
        assertEquals(List.of(Status.NOT_MET), one.get("third-of-slots-down"), "no reservation declared");
        assertEquals(List.of(Status.NOT_MET), one.get("quarter-of-beds-down"));
        assertEquals(List.of(Status.NOT_MET), one.get("referred-seen-first"));
        // Layout "two": grid A (H1 with S1) keeps the rules, grid B is led by the secondary S2 with no continuing care.
        Map<String, List<Status>> two = statuses(ScenarioLoader.load(STRUCTURE, List.of("layout=two",
                "policy.reserved_slot_share=1/3", "policy.reserved_bed_share=0.25", "policy.referred_first=true")));
        assertEquals(List.of(Status.MET), two.get("at-least-two-grids"));
        assertEquals(List.of(Status.MET, Status.NOT_MET), two.get("tertiary-lead"));
        assertEquals(List.of(Status.MET, Status.NOT_MET), two.get("continuing-care-member"));
        // Both leads reserve exactly a third (the fraction 1/3 from --set) and a quarter; S2 has no beds, so one row.
        assertEquals(List.of(Status.MET, Status.MET), two.get("third-of-slots-down"));
        assertEquals(List.of(Status.MET, Status.MET), two.get("referred-seen-first"));
        assertEquals(List.of(Status.MET), two.get("quarter-of-beds-down"));
        // 0.3333 is not a third.
        Map<String, List<Status>> almost = statuses(ScenarioLoader.load(STRUCTURE, List.of("layout=two",
                "policy.reserved_slot_share=0.3333")));
        assertEquals(List.of(Status.NOT_MET, Status.NOT_MET), almost.get("third-of-slots-down"));
    }

    @Test
    void withoutLayoutsNoGridRuleIsMet() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/validation/mmc-rho08.yaml"));
        Map<String, List<Status>> st = statuses(s);
        for (String rule : List.of("grids-cover-residents", "at-least-two-grids", "one-group-per-grid", "tertiary-lead",
                "continuing-care-member")) {
            assertTrue(st.containsKey(rule), rule);
            assertTrue(st.get(rule).stream().allMatch(x -> x == Status.NOT_MET), rule + " " + st.get(rule));
        }
    }

    @Test
    void badTargetsAndUnknownRuleSetsAreLocatedProblems() {
        Path demo = Path.of("scenarios/demo-district.yaml");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.tiercare.loader.ScenarioException.class,
                () -> ScenarioLoader.load(demo, List.of("targets.primary-share-65.op=<", "targets.in-grid-80.value=1/0")));
        String all = e.problems().toString();
        assertTrue(all.contains("targets[primary-share-65].op") && all.contains("'<='"), all);
        assertTrue(all.contains("targets[in-grid-80].value"), all);
        var unknown = org.junit.jupiter.api.Assertions.assertThrows(org.tiercare.loader.ScenarioException.class,
                () -> RuleSets.load(List.of("nhc-2024"), demo));
        assertTrue(unknown.problems().toString().contains("nhc-2024"), unknown.problems().toString());
        var path = org.junit.jupiter.api.Assertions.assertThrows(org.tiercare.loader.ScenarioException.class,
                () -> RuleSets.load(List.of("../../etc/passwd"), demo));
        assertTrue(path.problems().toString().contains("not a rule set name"), path.problems().toString());
    }

    @Test
    void variantsMayChangeATargetsValue() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/demo-district.yaml"), List.of("targets.primary-share-65.value=60 %"));
        assertEquals(0.6, s.targets().stream().filter(t -> t.id().equals("primary-share-65")).findFirst().orElseThrow().value(), 1e-12);
    }
}
