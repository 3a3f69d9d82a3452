package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.Comparison;
import org.tiercare.report.ComparisonRow;
import org.tiercare.report.MetricRow;

/**
 * Departments, specialty alliances and facility types through the normal scenario path: a facility split into one
 * department with all its capacity is the same facility; departments add up to their facility; an alliance's
 * priority shortens its referrals' wait (paired intervals under common random numbers); a rehabilitation unit of a
 * cross-grid type takes another grid's patients; a condition's facility type draws its referrals to that type.
 */
class DepartmentsTest {
    private static final Path DEMO = Path.of("scenarios/demo-district.yaml");
    private static final List<String> SHORT = List.of("warmup=7 d", "horizon=28 d", "replications=3");
    private static final int REPS = 3;

    @TempDir
    Path dir;

    private Path demoWith(String from, String to) throws Exception {
        String yaml = Files.readString(DEMO);
        assertTrue(yaml.contains(from), "demo changed: update this test");
        Files.createDirectories(dir.resolve("data"));
        if (!Files.exists(dir.resolve("data/demo-zones.csv"))) {
            Files.copy(Path.of("scenarios/data/demo-zones.csv"), dir.resolve("data/demo-zones.csv"));
        }
        Path p = dir.resolve("demo-" + Integer.toHexString(to.hashCode()) + ".yaml");
        Files.writeString(p, yaml.replace(from, to));
        return p;
    }

    @Test
    void oneDepartmentWithTheWholeCapacityIsTheFacilityItself() throws Exception {
        // H1 (a lead: it takes the policy's reservation) and S1: outpatient by appointment and beds, tier defaults merged
        // into the department rather than the facility.
        String h1 = "{id: H1, name: City No.1 People's Hospital, tier: tertiary, zone: Z02, "
                + "outpatient: {doctors: 120, slots_per_day: 4000}, beds: {count: 2300}}";
        String s1 = "{id: S1, name: West Suburb Hospital, tier: secondary, zone: Z03, "
                + "outpatient: {doctors: 56, slots_per_day: 2700}, beds: {count: 1450}}";
        Path plain = demoWith("variants:", "variants:");
        Path split = demoWith(h1, "{id: H1, name: City No.1 People's Hospital, tier: tertiary, zone: Z02, departments: "
                + "[{id: all, name: 全院, outpatient: {doctors: 120, slots_per_day: 4000}, beds: {count: 2300}}]}");
        String yaml = Files.readString(split);
        assertTrue(yaml.contains(s1));
        Files.writeString(split, yaml.replace(s1, "{id: S1, name: West Suburb Hospital, tier: secondary, zone: Z03, type: general, "
                + "departments: [{id: whole, outpatient: {doctors: 56, slots_per_day: 2700}, beds: {count: 1450}}]}"));
        List<MetricRow> without = Experiment.run(ScenarioLoader.load(plain, SHORT), "v", REPS, 2, null).rows();
        List<MetricRow> with = Experiment.run(ScenarioLoader.load(split, SHORT), "v", REPS, 2, null).rows();
        List<MetricRow> withoutDepartments = with.stream().filter(r -> !r.scope().equals("department")).toList();
        assertEquals(without.size(), withoutDepartments.size());
        for (int i = 0; i < without.size(); i++) assertEquals(without.get(i), withoutDepartments.get(i));
        // The single department's rows are its facility's.
        for (MetricRow r : with) {
            if (!r.scope().equals("department")) continue;
            String facility = r.scopeId().substring(0, r.scopeId().indexOf('/'));
            MetricRow f = with.stream().filter(x -> x.scope().equals("facility") && x.scopeId().equals(facility)
                    && x.replication() == r.replication() && x.metric().equals(r.metric())).findFirst().orElseThrow();
            assertEquals(f.value(), r.value(), 0.0, () -> "" + r);
        }
        assertTrue(with.stream().anyMatch(r -> r.scopeId().equals("H1/all")) && with.stream().anyMatch(r -> r.scopeId().equals("S1/whole")));
    }

    /** A community centre with two departments, each condition in its own: visits, requests and beds add up. */
    private static final String TWO_DEPARTMENTS = """
            name: two departments
            seed: 5
            warmup: 50 h
            horizon: 1500 h
            zones: [{id: Z1, x: 0, y: 0, residents: 50000}]
            demand: {contacts_per_resident_year: 1, start: empty}
            conditions:
              - {id: a, share: 0.6, department: general, admission_probability: 0.1, length_of_stay: 10 h}
              - {id: b, share: 0.4, department: tcm, admission_probability: 0.2, length_of_stay: 20 h}
            tier_defaults:
              township:
                outpatient: {hours: always, consult_time: {dist: exponential, mean: 20 min}}
                beds: {count: 4, length_of_stay: 10 h, when_full: divert}
            facilities:
              - id: T
                name: 乡镇卫生院
                tier: township
                x: 0
                y: 0
                departments:
                  - {id: general, name: 全科, outpatient: {doctors: 2}}
                  - {id: tcm, name: 中医科, outpatient: {doctors: 2}, beds: {count: 6}}
            """;

    @Test
    void departmentsAddUpToTheirFacilityAndServeTheirOwnConditions() throws Exception {
        Path file = dir.resolve("two.yaml");
        Files.writeString(file, TWO_DEPARTMENTS);
        List<MetricRow> rows = Experiment.run(ScenarioLoader.load(file, List.of()), "v", 2, 2, null).rows();
        for (int rep = 1; rep <= 2; rep++) {
            for (String metric : List.of("visits", "outpatient_requests", "admission_requests", "admissions")) {
                double facility = value(rows, rep, "facility", "T", metric);
                double sum = valueOr0(rows, rep, "T/general", metric) + valueOr0(rows, rep, "T/tcm", metric);
                assertEquals(facility, sum, 1e-9, metric);
            }
            // Each department sees its own condition: 60 % and 40 % of some 5.7 needs an hour.
            double general = value(rows, rep, "department", "T/general", "visits");
            double tcm = value(rows, rep, "department", "T/tcm", "visits");
            assertEquals(0.6 / 0.4, general / tcm, 0.1);
            // Only TCM has beds (general writes none, so the tier's default beds do not apply to it): the general
            // department's admissions are in TCM's ward, which counts them.
            assertTrue(value(rows, rep, "department", "T/tcm", "admissions") > 0);
            assertTrue(rows.stream().noneMatch(r -> r.scopeId().equals("T/general") && r.metric().equals("admissions")));
        }
    }

    /** A department's value, 0 when it does not report the metric (a department without beds has no admissions). */
    private static double valueOr0(List<MetricRow> rows, int rep, String id, String metric) {
        return rows.stream().filter(r -> r.replication() == rep && r.scope().equals("department") && r.scopeId().equals(id)
                && r.metric().equals(metric)).mapToDouble(MetricRow::value).findFirst().orElse(0);
    }

    @Test
    void namesListEachDepartmentAfterItsFacilitysName() throws Exception {
        Path file = dir.resolve("names.yaml");
        Files.writeString(file, TWO_DEPARTMENTS);
        var s = ScenarioLoader.load(file, List.of());
        List<org.tiercare.report.NameRow> names = Study.names(List.of(new Variant("v", "", s, java.util.Map.of())));
        assertTrue(names.contains(new org.tiercare.report.NameRow("T/general", org.tiercare.report.NameRow.DEPARTMENT, "乡镇卫生院 全科")),
                names::toString);
        assertTrue(names.contains(new org.tiercare.report.NameRow("T/tcm", org.tiercare.report.NameRow.DEPARTMENT, "乡镇卫生院 中医科")),
                names::toString);
    }

    private static double value(List<MetricRow> rows, int rep, String scope, String id, String metric) {
        return rows.stream().filter(r -> r.replication() == rep && r.scope().equals(scope) && r.scopeId().equals(id)
                && r.metric().equals(metric)).findFirst().orElseThrow(() -> new AssertionError(metric + " at " + id)).value();
    }

    /**
     * A township centre T refers its hypertension cases (severity 3, beyond its level 2) to the county hospital H,
     * whose two walk-in doctors also see 4 self-presenting patients an hour (fixed arrivals): about 0.83 of their time
     * is taken. With the alliance (referred first at H's department) the referred patients jump that queue.
     */
    private static final String ALLIANCE = """
            name: alliance
            seed: 9
            warmup: 100 h
            horizon: 2000 h
            zones: [{id: Z1, x: 0, y: 0, residents: 8760}]
            demand: {contacts_per_resident_year: 1, start: empty}
            conditions:
              - {id: hypertension, share: 1, severity: 3}
            tier_defaults:
              township: {outpatient: {doctors: 2, hours: always, consult_time: {dist: exponential, mean: 10 min}}}
              secondary: {outpatient: {doctors: 2, hours: always, consult_time: {dist: exponential, mean: 20 min}}}
            facilities:
              - {id: T, tier: township, x: 0, y: 0}
              - {id: H, tier: secondary, x: 1, y: 0}
            layouts:
              - id: L
                grids: [{id: G, lead: H, zones: [Z1], members: [T]}]
            arrivals:
              - {facility: H, rate_per_hour: 4}
            """;

    @Test
    void anAllianceShortensTheReferralWaitOfItsConditions() throws Exception {
        Path without = dir.resolve("without.yaml");
        Files.writeString(without, ALLIANCE);
        Path with = dir.resolve("with.yaml");
        Files.writeString(with, ALLIANCE + """
                alliances:
                  - {id: htn, name: 高血压专科联盟, conditions: [hypertension], lead: H, members: [T]}
                """);
        List<MetricRow> rows = new ArrayList<>(Experiment.run(ScenarioLoader.load(without, List.of()), "without", 5, 2, null).rows());
        List<MetricRow> allied = Experiment.run(ScenarioLoader.load(with, List.of()), "with", 5, 2, null).rows();
        rows.addAll(allied);
        List<ComparisonRow> d = Comparison.paired(rows, "without");
        ComparisonRow wait = at(d, "facility", "H", "wait_referral_mean_h");
        assertTrue(wait.diffHigh() < 0, () -> "" + wait);
        // Every referral went through the alliance, counted at T; its wait is the referral wait at H.
        for (int rep = 1; rep <= 5; rep++) {
            assertEquals(value(allied, rep, "facility", "T", "referrals_up"), value(allied, rep, "facility", "T", "alliance_referrals"));
            assertTrue(value(allied, rep, "facility", "T", "alliance_referrals") > 0);
            assertEquals(value(allied, rep, "facility", "H", "wait_referral_mean_h"),
                    value(allied, rep, "facility", "H", "wait_alliance_referral_mean_h"), 1e-9);
        }
        assertTrue(rows.stream().noneMatch(r -> r.variant().equals("without") && r.metric().startsWith("alliance")),
                "no alliance indicators without alliances");
    }

    private static ComparisonRow at(List<ComparisonRow> rows, String scope, String id, String metric) {
        return rows.stream().filter(r -> r.scope().equals(scope) && r.scopeId().equals(id) && r.metric().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " at " + id));
    }

    /**
     * West's hospital W admits every case T refers (severity 3) and sends each on to rehabilitation at discharge;
     * West has no rehabilitation unit, East's R is one. Without cross-grid care the patients go home to their clinic.
     */
    private static final String REHAB = """
            name: rehabilitation across grids
            seed: 13
            warmup: 50 h
            horizon: 1500 h
            zones:
              - {id: Z1, x: 0, y: 0, residents: 8760}
              - {id: Z2, x: 10, y: 0, residents: 0}
            demand: {contacts_per_resident_year: 1, start: empty}
            conditions:
              - {id: stroke, share: 1, severity: 3, admission_probability: 1, down_referral_probability: 1, length_of_stay: 24 h}
            tier_defaults:
              township: {outpatient: {doctors: 2, hours: always, consult_time: {dist: exponential, mean: 10 min}}}
              secondary:
                outpatient: {doctors: 2, hours: always, consult_time: {dist: exponential, mean: 10 min}}
                beds: {count: 50, length_of_stay: 24 h}
            facilities:
              - {id: T, tier: township, x: 0, y: 0}
              - {id: W, tier: secondary, x: 1, y: 0}
              - {id: E, tier: secondary, x: 10, y: 0}
              - {id: R, tier: rehab, type: rehabilitation, x: 9, y: 0, beds: {count: 50, length_of_stay: 48 h}}
            layouts:
              - id: L
                grids:
                  - {id: West, lead: W, zones: [Z1], members: [T]}
                  - {id: East, lead: E, zones: [Z2], members: [R]}
            """;

    @Test
    void crossGridTypesLetARehabilitationUnitTakeAnotherGridsPatients() throws Exception {
        Path file = dir.resolve("rehab.yaml");
        Files.writeString(file, REHAB);
        List<MetricRow> closed = Experiment.run(ScenarioLoader.load(file, List.of()), "closed", 2, 2, null).rows();
        List<MetricRow> open = Experiment.run(ScenarioLoader.load(file, List.of("policy.cross_grid_types=[rehabilitation]")),
                "open", 2, 2, null).rows();
        for (int rep = 1; rep <= 2; rep++) {
            assertEquals(0.0, value(closed, rep, "facility", "R", "admission_requests"));
            double sent = value(open, rep, "facility", "W", "referrals_down");
            assertTrue(sent > 0);
            // Everyone W sends down goes to R (a few still on their way when the run ends).
            assertEquals(sent, value(open, rep, "facility", "R", "admission_requests"), 0.01 * sent + 3);
        }
    }

    @Test
    void theMemberTypeRuleFindsTheGridsWithARehabilitationFacility() throws Exception {
        Path file = dir.resolve("rehab-rule.yaml");
        Files.writeString(file, REHAB);
        var s = ScenarioLoader.load(file, List.of());
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/typed.yaml"), """
                id: typed
                rules:
                  - {id: rehab-in-grid, check: member_type, facility_type: rehabilitation, clause_zh: 每个网格有康复机构, summary_en: a rehabilitation facility in each grid}
                """);
        var set = org.tiercare.loader.RuleSets.load(List.of("typed"), file).get(0);
        var rule = set.rules().get(0);
        assertEquals(org.tiercare.scenario.FacilityType.REHABILITATION, rule.facilityType());
        var rows = Structure.check("v", "typed", rule, "", s);
        // West has none; East has R among its members.
        assertEquals(2, rows.size());
        assertEquals(org.tiercare.report.ScorecardRow.Status.NOT_MET, rows.get(0).status());
        assertEquals(org.tiercare.report.ScorecardRow.Status.MET, rows.get(1).status());
        assertEquals("R", rows.get(1).found());
    }

    @Test
    void aConditionsFacilityTypeDrawsItsReferralsToThatType() throws Exception {
        // M, an MCH hospital of the same grid, farther from T than the lead H.
        String yaml = ALLIANCE.replace("- {id: H, tier: secondary, x: 1, y: 0}",
                        "- {id: H, tier: secondary, x: 1, y: 0}\n  - {id: M, tier: secondary, type: mch, x: 3, y: 0}")
                .replace("members: [T]", "members: [T, M]")
                .replace("{id: hypertension, share: 1, severity: 3}",
                        "{id: hypertension, share: 0.5, severity: 3}\n  - {id: pregnancy, share: 0.5, severity: 3, facility_types: [mch]}");
        Path file = dir.resolve("mch.yaml");
        Files.writeString(file, yaml);
        List<MetricRow> rows = Experiment.run(ScenarioLoader.load(file, List.of()), "v", 1, 1, null).rows();
        double toM = value(rows, 1, "facility", "M", "visits");
        double referred = value(rows, 1, "facility", "T", "referrals_up");
        // Half the needs are pregnancies: all of them go to M (binomial sd about 0.011 of the referrals), the
        // hypertension cases to the nearer H; without the type, secondary_first would send every case to H.
        assertTrue(referred > 1000);
        assertEquals(referred / 2, toM, 0.05 * referred);
    }
}
