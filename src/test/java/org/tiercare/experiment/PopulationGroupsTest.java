package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.MetricRow;

/**
 * Population groups: the group scope adds up to the network, a demand factor multiplies needs per resident, a group's
 * (and a zone's) condition mix shows in the admissions it causes, the steady start seeds the groups' follow-ups, and a
 * group of nobody leaves every other figure as it was.
 */
class PopulationGroupsTest {
    private static final int REPS = 8;

    @TempDir
    Path dir;

    /**
     * Two zones of 30,000; elderly are 30 % of Z1 (the zone's own share) and 20 % of Z2 (the default), with demand
     * factor 2: 15,000 residents; children 10 % of each: 6,000; the rest 39,000. A small diverting hospital ward makes
     * some needs unserved, a choice model and contracts spread visits over the tiers.
     */
    private static final String SUMS = """
            name: group sums
            seed: 5
            warmup: 2 d
            horizon: 20 d
            network: {local_access: 0 min}
            zones:
              - {id: Z1, x: 0, y: 0, residents: 30000, groups: {elderly: 0.3}}
              - {id: Z2, x: 4, y: 0, residents: 30000}
            facilities:
              - {id: C1, tier: community, zone: Z1, outpatient: {doctors: 4, consult_time: 10 min}, beds: {count: 60, length_of_stay: 2 d}}
              - {id: C2, tier: community, zone: Z2, outpatient: {doctors: 4, consult_time: 10 min}, beds: {count: 60, length_of_stay: 2 d}}
              - {id: H1, tier: secondary, zone: Z1, capability: 3, outpatient: {doctors: 4, consult_time: 10 min},
                 beds: {count: 6, length_of_stay: 3 d, when_full: divert}}
            demand: {contacts_per_resident_year: 4}
            policy: {contract_coverage: 0.4}
            choice: {tier_constants: {community: 0, secondary: -1.5}, travel_per_hour: -1}
            conditions:
              - {id: minor, share: 0.85, severity: 1}
              - {id: serious, share: 0.1, severity: 1, admission_probability: 0.4}
              - {id: complex, share: 0.05, severity: 2, admission_probability: 0.5}
            groups:
              - {id: elderly, name: 老年人, share: 0.2, demand_factor: 2, contract_coverage: 0.8,
                 conditions: {minor: 0.6, serious: 0.25, complex: 0.15}}
              - {id: children, name: 儿童, share: 0.1, choice: {tier_constants: {secondary: 1}}}
            """;

    private List<MetricRow> run(String yaml, String... set) throws Exception {
        Path f = dir.resolve("g" + System.nanoTime() + ".yaml");
        Files.writeString(f, yaml);
        return Experiment.run(ScenarioLoader.load(f, List.of(set)), "base", REPS, 2, null).rows();
    }

    private static double value(List<MetricRow> rows, int rep, String scope, String id, String metric) {
        return rows.stream().filter(r -> r.replication() == rep && r.scope().equals(scope) && r.scopeId().equals(id)
                && r.metric().equals(metric)).findFirst().orElseThrow(() -> new AssertionError(scope + "/" + id + "/" + metric))
                .value();
    }

    @Test
    void groupsAndTheRestAddUpToTheNetworkInEveryReplication() throws Exception {
        List<MetricRow> rows = run(SUMS);
        boolean someUnserved = false;
        for (int rep = 1; rep <= REPS; rep++) {
            for (String m : List.of("needs", "visits", "admissions", "unserved", "referrals_up")) {
                double sum = 0;
                for (String g : List.of("elderly", "children", "other")) sum += value(rows, rep, "group", g, m);
                assertEquals(value(rows, rep, "network", "all", m), sum, 0, m + " in replication " + rep);
            }
            someUnserved |= value(rows, rep, "network", "all", "unserved") > 0;
        }
        assertTrue(someUnserved, "the small ward was meant to lose some needs");
        // The group's own coverage (0.8) against the policy's (0.4): drawn per need, so the shares are near those.
        assertTrue(value(rows, 1, "group", "elderly", "contracted_share") > 0.75);
        assertTrue(value(rows, 1, "group", "other", "contracted_share") < 0.45);
    }

    @Test
    void aDemandFactorOfTwoDoublesTheNeedsPerResident() throws Exception {
        List<MetricRow> rows = run(SUMS);
        List<Double> elderly = new ArrayList<>(), children = new ArrayList<>();
        for (int rep = 1; rep <= REPS; rep++) {
            double perOther = value(rows, rep, "group", "other", "needs") / 39_000;
            elderly.add(value(rows, rep, "group", "elderly", "needs") / 15_000 / perOther);
            children.add(value(rows, rep, "group", "children", "needs") / 6_000 / perOther);
        }
        assertCovers(elderly, 2, "elderly needs per resident / the rest's");
        assertCovers(children, 1, "children needs per resident / the rest's");
        assertFalse(covers(elderly, 1), "a factor of 2 must be told from 1");
    }

    /**
     * One clinic per zone, beds to spare, a 10-minute consult: every admission follows its need at once. Minor needs
     * are never admitted, serious ones half the time. Elderly (40 % of Z1, none of Z2) have their own mix, 60 %
     * serious: admissions / needs = 0.6 × 0.5 = 0.30. The rest: in Z1 the scenario's 10 % serious (0.05), 6,000 of
     * them; in Z2 the zone's own mix, 50 % serious (0.25), 10,000: (6,000 × 0.05 + 10,000 × 0.25) / 16,000 = 0.175.
     */
    @Test
    void aGroupsAndAZonesConditionMixShowInTheAdmissionsTheyCause() throws Exception {
        String yaml = """
                name: group mix
                seed: 9
                warmup: 1 d
                horizon: 30 d
                network: {local_access: 0 min}
                zones:
                  - {id: Z1, x: 0, y: 0, residents: 10000, groups: {elderly: 0.4}}
                  - {id: Z2, x: 50, y: 0, residents: 10000, groups: {elderly: 0}, conditions: {minor: 0.5, serious: 0.5}}
                facilities:
                  - {id: C1, tier: community, zone: Z1, outpatient: {doctors: 10, consult_time: 10 min}, beds: {count: 300, length_of_stay: 1 d}}
                  - {id: C2, tier: community, zone: Z2, outpatient: {doctors: 10, consult_time: 10 min}, beds: {count: 300, length_of_stay: 1 d}}
                demand: {contacts_per_resident_year: 6}
                conditions:
                  - {id: minor, share: 0.9, severity: 1}
                  - {id: serious, share: 0.1, severity: 1, admission_probability: 0.5}
                groups:
                  - {id: elderly, share: 0.3, conditions: {minor: 0.4, serious: 0.6}}
                """;
        List<MetricRow> rows = run(yaml);
        List<Double> elderly = new ArrayList<>(), rest = new ArrayList<>();
        for (int rep = 1; rep <= REPS; rep++) {
            elderly.add(value(rows, rep, "group", "elderly", "admissions") / value(rows, rep, "group", "elderly", "needs"));
            rest.add(value(rows, rep, "group", "other", "admissions") / value(rows, rep, "group", "other", "needs"));
        }
        assertCovers(elderly, 0.30, "elderly admissions per need");
        assertCovers(rest, 0.175, "the rest's admissions per need");
        assertFalse(covers(rest, 0.05), "the zone's mix must show");
    }

    /**
     * {@code demand.start: steady} seeds the groups' chains too. As SteadyStartTest: 36,500 residents at 1 contact a
     * year, 3 follow-ups 30 d apart; here half are a group with demand factor 2, so needs arise at 50 + 100 = 150 a
     * day and consults in the first 30 days number 150 × 30 × (1 + 3) = 18,000. Seeding the rest alone would give
     * 50 × 30 × 4 + 100 × 30 = 9,000.
     */
    @Test
    void theSteadyStartSeedsTheGroupsFollowUps() throws Exception {
        String yaml = """
                name: steady groups
                seed: 11
                warmup: 0 h
                horizon: 30 d
                network: {local_access: 0 min}
                zones: [{id: Z1, x: 0, y: 0, residents: 36500}]
                facilities:
                  - {id: C1, tier: community, zone: Z1, outpatient: {doctors: 60, consult_time: 10 min}}
                demand: {contacts_per_resident_year: 1}
                conditions:
                  - {id: chronic, share: 1, severity: 1, follow_up: {visits: 3, interval: 30 d}}
                groups:
                  - {id: chronic-patients, share: 0.5, demand_factor: 2}
                """;
        List<MetricRow> rows = run(yaml);
        List<Double> visits = new ArrayList<>();
        for (int rep = 1; rep <= REPS; rep++) visits.add(value(rows, rep, "network", "all", "visits"));
        assertCovers(visits, 18_000, "consults in the first 30 days");
    }

    /**
     * {@code scope: group} targets are judged on the group's rows: 重点人群签约率超过65% on the elderly, whose coverage
     * is 0.8 (met), and on the rest, whose is the policy's 0.4 (not met). The group is named in names.csv.
     */
    @Test
    void targetsAtGroupScopeAreJudgedOnTheGroupsRows() throws Exception {
        String yaml = SUMS + """
                targets:
                  - {id: key-groups, metric: contracted_share, scope: group, scope_id: elderly, op: ">=", value: 65 %}
                  - {id: rest, metric: contracted_share, scope: group, scope_id: other, op: ">=", value: 65 %}
                """;
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, yaml);
        var s = ScenarioLoader.load(f);
        Study.Result r = Study.run(s, new Study.Options(4, 2, dir.resolve("out"), false, "test"), null);
        var rows = r.scorecard();
        assertEquals(2, rows.size(), rows::toString);
        assertEquals(org.tiercare.report.ScorecardRow.Status.MET, rows.get(0).status());
        assertEquals("elderly", rows.get(0).scopeId());
        assertEquals(org.tiercare.report.ScorecardRow.Status.NOT_MET, rows.get(1).status());
        assertTrue(Files.readString(r.folder().resolve("names.csv")).contains("elderly,group,老年人"));
        assertTrue(Files.readString(r.folder().resolve("summary.csv")).contains("base,group,children,visits,"));
    }

    /** A group of nobody: every facility, grid, tier and network figure is the one of the scenario without groups. */
    @Test
    void aGroupOfNobodyChangesNothingElse() throws Exception {
        String without = SUMS.substring(0, SUMS.indexOf("groups:\n  - {id: elderly"))
                .replace(", groups: {elderly: 0.3}", "");
        String with = without + "groups:\n  - {id: nobody, share: 0, demand_factor: 3, contract_coverage: 1}\n";
        Set<String> added = Set.of("needs", "contracted_share");
        List<MetricRow> a = run(without);
        List<MetricRow> b = run(with).stream().filter(r -> !r.scope().equals("group") && !added.contains(r.metric())).toList();
        assertEquals(a, b);
    }

    private static boolean covers(List<Double> values, double x) {
        var ci = org.tiercare.stats.StudentInterval.of(values);
        // 99.9 % rather than 95 %, as the validation tests: several checks here, none should fail by chance.
        var t = new TDistribution(ci.n() - 1);
        double half = (ci.high() - ci.low()) / 2 * t.inverseCumulativeProbability(0.9995) / t.inverseCumulativeProbability(0.975);
        return Math.abs(ci.mean() - x) <= half;
    }

    private static void assertCovers(List<Double> values, double x, String what) {
        assertTrue(covers(values, x), () -> what + ": " + org.tiercare.stats.StudentInterval.of(values) + " vs theory " + x);
    }
}
