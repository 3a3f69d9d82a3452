package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.dist.Distribution;
import org.tiercare.scenario.GroupSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;
import org.tiercare.scenario.ZoneSpec;

/** {@code groups}, zones' {@code groups} and {@code conditions} (YAML and CSV columns), stays by stream and destination. */
@ExtendWith(EnglishMessages.class) // these tests read the wording of the messages
class GroupsSectionTest {

    static final Path DIR = ScenarioLoaderTest.DIR;

    @TempDir Path dir;

    @Test
    void groupsZonesAndStaysLoadIntoTheirRecords() throws Exception {
        Scenario s = ScenarioLoader.load(DIR.resolve("groups.yaml"));
        assertEquals(List.of(
                new GroupSpec("elderly", "老年人", 0.2, 2.5, Map.of("minor", 0.4, "serious", 0.6), 0.7, Map.of()),
                new GroupSpec("children", "儿童", 0.1, 1, Map.of(), Double.NaN, Map.of(Tier.SECONDARY, 0.5))), s.groups());
        // From the CSV's group.<id> and condition.<id> columns; blank cells say nothing.
        assertEquals(new ZoneSpec("Z1", "Old town", 0, 0, 10000, Double.NaN, Map.of("elderly", 0.25), Map.of()), s.zones().get(0));
        assertEquals(new ZoneSpec("Z2", "New town", 3, 0, 20000, Double.NaN, Map.of(), Map.of("minor", 0.9, "serious", 0.1)),
                s.zones().get(1));
        assertEquals(new Distribution.Exponential(48), s.arrivals().get(0).lengthOfStay());
        var down = s.conditions().get(1).lengthOfStayWhenReferredDown();
        assertEquals(new Distribution.Deterministic(12 * 24), down.get(Tier.REHAB));
        assertEquals(new Distribution.Deterministic(4 * 24), down.get(Tier.COMMUNITY));
        assertEquals(Map.of(), s.conditions().get(0).lengthOfStayWhenReferredDown());
        assertEquals("group", s.targets().get(0).scope());
        assertEquals("elderly", s.targets().get(0).scopeId());
    }

    @Test
    void withoutGroupsNothingChanges() throws Exception {
        Scenario s = ScenarioLoader.load(DIR.resolve("valid.yaml"));
        assertEquals(List.of(), s.groups());
        for (ZoneSpec z : s.zones()) {
            assertEquals(Map.of(), z.groupShares());
            assertEquals(Map.of(), z.conditionShares());
        }
    }

    @Test
    void everyGroupMistakeIsReportedAtItsLineAndColumn() {
        Path file = DIR.resolve("groups-mistakes.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        Object[][] expected = {
            {4, 54, "zones[Z1].groups: 'adults' is not a population group; known groups: elderly, other, kids, ill"},
            {5, 56, "zones[Z2].conditions: 'major' is not a condition; known conditions: minor, serious"},
            {6, 75, "zones[Z3].groups.elderly: 1.5 is outside [0, 1]"},
            {12, 46, "groups[elderly].demand_factor: -1 is negative"},
            {12, 75, "groups[elderly].conditions: 'serius' is not a condition; known conditions: minor, serious (did you mean 'serious'?)"},
            {13, 10, "groups[other].id: 'other' is reserved for the residents in no group"},
            {14, 47, "groups[kids].contract_coverage: 2 is outside [0, 1]"},
            {14, 58, "groups[kids].choice: a group's choice adjusts the choice model, but the scenario has no 'choice' section"},
            {14, 76, "groups[kids].choice.tier_constants: 'hospital' is not a tier"},
            {15, 39, "groups[ill].conditions: the condition shares sum to 0.7; expected them to sum to 1"},
            {17, 77, "conditions[minor].length_of_stay_when_referred_down: no patient of this condition is referred down"},
            {18, 112, "conditions[serious].length_of_stay_when_referred_down: 'home' is not a tier"},
            {20, 56, "arrivals[0].length_of_stay: the stream's patients never reach a bed"},
            {21, 74, "arrivals[1].length_of_stay: missing required key 'mean'"},
            {21, 74, "arrivals[1].length_of_stay: missing required key 'sd'"},
            {23, 53, "targets[t1].scope_id: 'elders' is not a population group"},
        };
        assertProblems(file, e, expected);
    }

    @Test
    void sharesOfAZoneOrOfAllGroupsAboveOneAreRefused() throws Exception {
        Path f = write("s.yaml", base("""
                  - {id: Z1, residents: 1000, groups: {elderly: 0.7}}
                  - {id: Z2, residents: 1000}
                """, """
                  - {id: elderly, share: 0.5}
                  - {id: kids, share: 0.4}
                """));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        // Z1: 0.7 + 0.4 (the kids' default); Z2 takes both defaults: 0.9, allowed.
        assertProblems(f, e, new Object[][] {{4, 39, "zones[Z1].groups: the shares of the population groups in this zone sum to 1.1"}});

        Path g = write("t.yaml", base("""
                  - {id: Z1, residents: 1000}
                """, """
                  - {id: elderly, share: 0.7}
                  - {id: kids, share: 0.4}
                """));
        ScenarioException e2 = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(g));
        assertProblems(g, e2, new Object[][] {{10, 3, "groups: the groups' shares sum to 1.1; expected at most 1"}});
    }

    @Test
    void aGroupsChoiceNeedsAChoiceModel() throws Exception {
        Path f = write("ch.yaml", base("  - {id: Z1, residents: 1000}\n", "  - {id: kids, share: 0.1, choice: {tier_constants: {community: 1}}}\n"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertProblems(f, e, new Object[][] {{10, 36, "groups[kids].choice: a group's choice adjusts the choice model, but the scenario has no 'choice' section"}});
    }

    @Test
    void aGroupWithoutShareLivesOnlyWhereZonesGiveItOne() throws Exception {
        Path f = write("ns.yaml", base("  - {id: Z1, residents: 1000, groups: {ltc-insured: 0.03}}\n  - {id: Z2, residents: 1000}\n",
                "  - {id: ltc-insured, name: 长护险对象, demand_factor: 3}\n"));
        Scenario s = ScenarioLoader.load(f);
        assertEquals(new GroupSpec("ltc-insured", "长护险对象", 0, 3, Map.of(), Double.NaN, Map.of()), s.groups().get(0));
        assertEquals(Map.of("ltc-insured", 0.03), s.zones().get(0).groupShares());
    }

    @Test
    void groupsNeedDemand() throws Exception {
        Path f = write("nd.yaml", base("  - {id: Z1, residents: 1000}\n", "  - {id: kids, share: 0.1}\n")
                .replace("demand: {contacts_per_resident_year: 3}\n", "arrivals: [{facility: C1, rate_per_hour: 1}]\n"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertProblems(f, e, new Object[][] {{8, 3, "conditions: conditions describe zone-based demand"},
            {10, 3, "groups: population groups divide the residents whose needs 'demand' generates"}});
    }

    @Test
    void anUnknownGroupColumnOfZonesCsvIsReportedAtItsCell() throws Exception {
        Files.writeString(dir.resolve("zones.csv"), "id,residents,group.elders,condition.minr\nZ1,1000,0.2,1\n");
        Path f = write("c.yaml", base("  csv: zones.csv\n", "  - {id: elderly, share: 0.1}\n"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        Path csv = dir.resolve("zones.csv");
        List<Problem> ps = e.problems();
        assertEquals(2, ps.size(), e::getMessage);
        assertEquals(csv.toString(), ps.get(0).file());
        assertEquals(2, ps.get(0).line());
        assertEquals(9, ps.get(0).column());
        assertTrue(ps.get(0).message().contains("'elders' is not a population group; known groups: elderly"), ps.get(0).message());
        assertEquals(13, ps.get(1).column());
        assertTrue(ps.get(1).message().contains("'minr' is not a condition"), ps.get(1).message());
    }

    /** Zones and groups in a small scenario whose other sections are right. */
    private static String base(String zones, String groups) {
        return "name: g\nhorizon: 1 d\nzones:\n" + zones + """
                facilities: [{id: C1, tier: community, zone: Z1, outpatient: {doctors: 1, consult_time: 10 min}}]
                demand: {contacts_per_resident_year: 3}
                conditions:
                  - {id: minor, share: 1, severity: 1}
                groups:
                """ + groups;
    }

    private void assertProblems(Path file, ScenarioException e, Object[][] expected) {
        List<Problem> ps = e.problems();
        assertEquals(expected.length, ps.size(), e::getMessage);
        for (int i = 0; i < expected.length; i++) {
            Problem p = ps.get(i);
            Object[] x = expected[i];
            assertEquals(file.toString(), p.file());
            assertTrue(p.line() == (int) x[0] && p.column() == (int) x[1] && p.message().contains((String) x[2]),
                    () -> "expected " + x[0] + ":" + x[1] + " " + x[2] + "\n got " + p.line() + ":" + p.column() + " " + p.message());
        }
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
