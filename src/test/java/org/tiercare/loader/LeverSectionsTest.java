package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.dist.Distribution;
import org.tiercare.scenario.DiagnosticsSpec;
import org.tiercare.scenario.LeversSpec;
import org.tiercare.scenario.OutreachSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.TeleconsultationSpec;
import org.tiercare.scenario.UpliftSpec;

/** outreach, teleconsultation, diagnostics, uplift; and the hash over the CSV files. */
@ExtendWith(EnglishMessages.class) // these tests read the wording of the messages
class LeverSectionsTest {

    static final Path DIR = ScenarioLoaderTest.DIR;
    static final Path LEVERS = DIR.resolve("levers.yaml");

    @TempDir Path dir;

    @Test
    void allFourLeversLoadIntoTheirRecords() throws Exception {
        LeversSpec l = ScenarioLoader.load(LEVERS).levers();
        assertEquals(List.of(
                new OutreachSpec("H1", 10, List.of("C04", "C05", "C06"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        8, 17, 3, 3, null),
                new OutreachSpec("H2", 2.5, List.of("C06"), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        13, 18.5, 2.5, 2, new Distribution.Exponential(20 / 60.0))), l.outreach());
        assertEquals(new TeleconsultationSpec(0.3, 2, 2, new Distribution.Deterministic(20 / 60.0), 0.5), l.teleconsultation());
        assertEquals(List.of(new DiagnosticsSpec("D1", "Z04", 4, new Distribution.Exponential(20 / 60.0), 12, 0.6, false, 48)),
                l.diagnostics());
        assertEquals(List.of(new UpliftSpec("C04", 3, 10 * 24, 90 * 24), new UpliftSpec("C05", 2, 0, 0)), l.uplift());
        assertEquals(LEVERS + ":31:9", ScenarioLoader.load(LEVERS).where("D1"));
    }

    @Test
    void absentLeversAreNone() throws Exception {
        assertEquals(LeversSpec.NONE, ScenarioLoader.load(DIR.resolve("valid.yaml")).levers());
        assertEquals(LeversSpec.NONE, ScenarioLoader.load(NewSectionsTest.FULL).levers());
    }

    @Test
    void defaultsOfDiagnostics() throws Exception {
        Path f = write("d.yaml", minimal("diagnostics: [{id: D1, test_time: 20 min}]"));
        assertEquals(List.of(new DiagnosticsSpec("D1", null, 1, new Distribution.Deterministic(20 / 60.0), 24, 0.5, true, 24)),
                ScenarioLoader.load(f).levers().diagnostics());
    }

    @Test
    void everyLeverMistakeIsReportedAtItsLineAndColumn() {
        Path file = DIR.resolve("levers-mistakes.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        Object[][] expected = {
            {11, 15, "outreach[0].hospital: 'C1' is a community facility; expected a tertiary or secondary hospital"},
            {12, 31, "outreach[0].specialist_days_per_week: -1 is negative; expected a number >= 0"},
            {13, 19, "outreach[0].clinics[1]: 'H1' is a tertiary facility; expected primary clinics with outpatient service"},
            {13, 23, "outreach[0].clinics[2]: 'V1' has no outpatient service"},
            {13, 27, "outreach[0].clinics[3]: 'C9' is not a facility; known facilities: H1, H3, C1, V1"},
            {13, 31, "outreach[0].clinics[4]: 'C1' is listed twice (first at line 13, column 15)"},
            {14, 11, "outreach[0].days: 'mon-fry' is not a day or range of days"},
            {15, 36, "outreach[0].window.close: the window 08:00–07:00 ends before it starts; expected close after open"},
            {16, 17, "outreach[0].capability: 0 is less than 1; expected a whole number >= 1"},
            {17, 5, "outreach[1]: missing required key 'specialist_days_per_week'; expected a number >= 0"},
            {17, 16, "outreach[1].hospital: 'H3' has no outpatient service"},
            {17, 29, "outreach[1].clinics: the list is empty; expected at least one clinic"},
            {19, 31, "outreach[2].specialist_days_per_week: 6 specialist-days per week is more than H1 has: 1 doctor × 5 outreach days = 5"},
            {22, 14, "outreach[2].session: 3 h does not fit in the window 08:00–10:00 (2 h)"},
            {23, 17, "outreach[2].capability: 5 is above H1's own capability 4"},
            {24, 19, "outreach[2].consult_time: missing required key 'mean'"},
            {26, 3, "teleconsultation: missing required key 'share'; expected a probability between 0 and 1"},
            {26, 10, "teleconsultation.delay: -1 h is negative; expected a duration >= 0"},
            {27, 12, "teleconsultation.experts: 0 is less than 1"},
            {28, 19, "teleconsultation.resolved_share: 2 is outside [0, 1]"},
            {29, 3, "unknown key 'sharing' in teleconsultation"},
            {31, 5, "diagnostics[C1]: missing required key 'test_time'"},
            {31, 10, "diagnostics[C1].id: duplicate id 'C1': already used by the facility at line 7, column 10"},
            {31, 20, "diagnostics[C1].zone: 'Z9' is not a zone; known zones: Z1"},
            {31, 34, "diagnostics[C1].stations: 0 is less than 1"},
            {31, 49, "diagnostics[C1].turnaround: -1 h is negative"},
            {31, 67, "diagnostics[C1].test_share: 1.5 is outside [0, 1]"},
            {31, 85, "diagnostics[C1].recognition: 'maybe' is not true or false"},
            {32, 42, "diagnostics[D2].serves[0]: 'Z9' is not a zone"},
            {32, 50, "diagnostics[D2].serves[2]: zone 'Z1' is already served by the centre at line 32, column 46"},
            {34, 16, "uplift[0].facility: 'C9' is not a facility"},
            {35, 16, "uplift[1].facility: 'H3' is neither a primary clinic nor has outpatient service"},
            {35, 41, "uplift[1].ramp: -1 d is negative"},
            {36, 32, "uplift[2].capability: 1 is below C1's capability 2"},
            {37, 16, "uplift[3].facility: 'C1' is uplifted twice (first at line 36, column 16)"},
            {37, 42, "uplift[3].start: 'soon' is not a duration"},
        };
        List<Problem> ps = e.problems();
        assertEquals(expected.length, ps.size(), e::getMessage);
        for (int i = 0; i < expected.length; i++) {
            Problem p = ps.get(i);
            Object[] x = expected[i];
            assertEquals(file.toString(), p.file());
            assertTrue(p.line() == (int) x[0] && p.column() == (int) x[1] && p.message().contains((String) x[2]),
                    () -> "wanted " + List.of(x) + ", got " + p);
        }
    }

    @Test
    void setReachesIntoTheLevers() throws Exception {
        Scenario s = ScenarioLoader.load(LEVERS, List.of("outreach.0.specialist_days_per_week=20", "outreach.1.clinics.0=C05",
                "outreach.0.window.close=16:00", "teleconsultation.share=0.4", "diagnostics.D1.stations=2", "uplift.1.capability=3"));
        assertEquals(20, s.levers().outreach().get(0).specialistDaysPerWeek());
        assertEquals(16, s.levers().outreach().get(0).windowCloseHour());
        assertEquals(List.of("C05"), s.levers().outreach().get(1).clinics());
        assertEquals(0.4, s.levers().teleconsultation().share());
        assertEquals(2, s.levers().diagnostics().get(0).stations());
        assertEquals(3, s.levers().uplift().get(1).capability());
        // 0 turns outreach off but keeps the entry valid, so a sweep may start from it
        assertEquals(0, ScenarioLoader.load(LEVERS, List.of("outreach.0.specialist_days_per_week=0")).levers().outreach().get(0)
                .specialistDaysPerWeek());

        // an empty value removes a section: teleconsultation off
        assertNull(ScenarioLoader.load(LEVERS, List.of("teleconsultation=")).levers().teleconsultation());

        // a section the file omits is created when its other keys have defaults
        Path valid = DIR.resolve("valid.yaml");
        assertEquals(new TeleconsultationSpec(0.4, 2, 2, new Distribution.Deterministic(20 / 60.0), 0.5),
                ScenarioLoader.load(valid, List.of("teleconsultation.share=0.4")).levers().teleconsultation());
        // ... but not when a required key is then missing
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(valid, List.of("teleconsultation.delay=1h")));
        assertEquals(List.of("--set: 'teleconsultation.delay=1h': teleconsultation: missing required key 'share'; expected a"
                + " probability between 0 and 1"), e.problems().stream().map(Problem::toString).toList());

        // problems in an override point at it
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(LEVERS, List.of("outreach.0.clinics.2=H1",
                "outreach.5.capability=2")));
        List<String> got = e.problems().stream().map(Problem::toString).toList();
        assertEquals(2, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("--set: 'outreach.5.capability=2': unknown path segment '5' in outreach; expected an index from 0 to 1"), got::toString);
        assertTrue(got.get(1).startsWith("--set: 'outreach.0.clinics.2=H1': outreach[0].clinics[2]: 'H1' is a tertiary facility"), got::toString);
    }

    @Test
    void variantsReachTheLevers() throws Exception {
        Scenario base = ScenarioLoader.load(LEVERS);
        Scenario v = ScenarioLoader.load(LEVERS, base.variants().get(0).overrides());
        assertEquals(20, v.levers().outreach().get(0).specialistDaysPerWeek());
        assertEquals(0.6, v.levers().teleconsultation().share());
    }

    @Test
    void hashCoversTheCsvFiles() throws Exception {
        Scenario s = ScenarioLoader.load(NewSectionsTest.FULL);
        assertEquals(ScenarioLoader.sha256(List.of(Files.readAllBytes(NewSectionsTest.FULL), Files.readAllBytes(DIR.resolve("full-zones.csv")))),
                s.sha256());

        Path yaml = write("s.yaml", "name: csv\nhorizon: 1 d\nzones: {csv: z.csv}\nfacilities: {csv: f.csv}\n"
                + "arrivals: [{facility: C1, rate_per_hour: 1}]\n");
        write("z.csv", "id\nZ1\n");
        write("f.csv", "id,tier,zone,doctors\nC1,community,Z1,2\n");
        String before = ScenarioLoader.load(yaml, List.of("facilities.C1.outpatient.consult_time=10 min")).sha256();
        assertEquals(ScenarioLoader.sha256(List.of(Files.readAllBytes(yaml), "id\nZ1\n".getBytes(), "id,tier,zone,doctors\nC1,community,Z1,2\n".getBytes())),
                before);
        write("f.csv", "id,tier,zone,doctors\nC1,community,Z1,3\n");
        assertNotEquals(before, ScenarioLoader.load(yaml, List.of("facilities.C1.outpatient.consult_time=10 min")).sha256());
    }

    @Test
    void leverExampleInReadmeLoads() throws Exception {
        String readme = Files.readString(Path.of("scenarios/README.md"));
        String gridded = block(readme, "## A district with grids");
        String levers = block(readme, "## Resource-sinking levers");
        Scenario s = ScenarioLoader.load(write("r.yaml", gridded + "\n" + levers));
        assertEquals(1, s.levers().outreach().size());
        assertEquals(List.of("C1", "C2", "C3"), s.levers().outreach().get(0).clinics());
        assertEquals(0.3, s.levers().teleconsultation().share());
        assertEquals(1, s.levers().diagnostics().size());
        assertEquals(2, s.levers().uplift().size());
        assertNull(s.levers().outreach().get(0).consultTime());
    }

    private static String block(String readme, String heading) {
        int start = readme.indexOf("```yaml\n", readme.indexOf(heading)) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    private static String minimal(String extra) {
        return """
                name: m
                horizon: 1 d
                zones: [{id: Z1}]
                facilities: [{id: C1, tier: community, zone: Z1, outpatient: {doctors: 1, consult_time: 10 min}}]
                arrivals: [{facility: C1, rate_per_hour: 1}]
                """ + extra + "\n";
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
