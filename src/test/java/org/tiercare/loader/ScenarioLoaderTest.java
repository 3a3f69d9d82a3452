package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.tiercare.dist.Distribution;
import org.tiercare.scenario.Access;
import org.tiercare.scenario.ArrivalStream;
import org.tiercare.scenario.BedSpec;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.OpeningHours;
import org.tiercare.scenario.OutpatientSpec;
import org.tiercare.scenario.PatientSource;
import org.tiercare.scenario.Referral;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;
import org.tiercare.scenario.WhenFull;
import org.tiercare.scenario.ZoneSpec;

@ExtendWith(EnglishMessages.class) // these tests read the wording of the messages
class ScenarioLoaderTest {

    static final Path DIR = Path.of("src/test/resources/scenario");

    @Test
    void validScenarioLoadsWithUnitsAndDefaults() throws Exception {
        Scenario s = ScenarioLoader.load(DIR.resolve("valid.yaml"));
        assertEquals("Two clinics", s.name());
        assertEquals(7, s.seed());
        assertEquals(10, s.replications());
        assertEquals(30 * 24, s.warmupH(), 1e-9);
        assertEquals(365 * 24, s.horizonH(), 1e-9);
        assertEquals(64, s.sha256().length());
        assertEquals(ScenarioLoader.sha256(Files.readAllBytes(DIR.resolve("valid.yaml"))), s.sha256());
        assertEquals(List.of(), s.overrides());

        assertEquals(List.of(new ZoneSpec("Z1", "Old town", 1.5, 2, 120000, Double.NaN), new ZoneSpec("Z2", "Z2", 0, 0, 0, Double.NaN)), s.zones());

        FacilitySpec h1 = s.facility("H1").orElseThrow();
        assertEquals(Tier.TERTIARY, h1.tier());
        assertEquals(4, h1.capability());
        assertTrue(h1.emergency());
        OutpatientSpec op = h1.outpatient();
        assertEquals(5, op.doctors());
        assertEquals(Access.APPOINTMENT, op.access());
        assertEquals(new Distribution.Exponential(0.2), op.consultTime());
        assertEquals(200, op.slotsPerDay());
        assertEquals(14 * 24, op.bookingHorizonH(), 1e-9);
        assertTrue(op.referredFirst());
        List<OpeningHours.Session> sessions = op.hours().sessions();
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), sessions.get(0).days());
        assertEquals(8, sessions.get(0).openHour());
        assertEquals(12, sessions.get(0).closeHour());
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), sessions.get(1).days());
        assertEquals(13.5, sessions.get(1).openHour());
        assertEquals(24, sessions.get(1).closeHour());
        assertEquals(5 * 4 + 2 * 10.5, op.hours().hoursPerWeek(), 1e-9);
        assertEquals(new BedSpec(100, new Distribution.LogNormal(8.8 * 24, 6 * 24), WhenFull.DIVERT, false), h1.beds());

        FacilitySpec c1 = s.facility("C1").orElseThrow();
        assertEquals(2, c1.capability());
        assertEquals("C1", c1.name());
        assertEquals(new OutpatientSpec(2, Access.WALK_IN, OpeningHours.ALWAYS, new Distribution.Deterministic(0.25), 0, 0, false),
                c1.outpatient());
        assertNull(c1.beds());

        assertEquals(List.of(new ArrivalStream("Z2", "C1", 4.5, Entry.OUTPATIENT, PatientSource.SELF, 0),
                new ArrivalStream(null, "H1", 1, Entry.OUTPATIENT, PatientSource.REFERRED, 0.1)), s.arrivals());
        assertEquals(List.of(new Referral("C1", "H1", 0.2)), s.referrals());
    }

    @Test
    void everyMistakeIsReportedAtItsLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(DIR.resolve("mistakes.yaml")));
        List<Problem> ps = e.problems();
        String file = DIR.resolve("mistakes.yaml").toString();
        // line, column, a distinctive part of the message
        Object[][] expected = {
            {3, 15, "replications: 'many' is not a whole number; expected a whole number >= 1"},
            {6, 11, "facilities[H1].tier: 'tertary' is not a tier; expected one of: tertiary, secondary, community, township, village, rehab (did you mean 'tertiary'?)"},
            {8, 7, "unknown key 'doctorz' in facilities[H1].outpatient; expected one of: doctors, access, hours, consult_time, slots_per_day, booking_horizon, referred_first (did you mean 'doctors'?)"},
            {9, 16, "facilities[H1].outpatient.doctors: -3 is negative; expected a whole number >= 0"},
            {13, 5, "duplicate key 'tier' (first written at line 12, column 5)"},
            {17, 9, "duplicate id 'H1': already used by the facility at line 5, column 9"},
            {20, 15, "arrivals[0].facility: 'H9' is not a facility; known facilities: H1, C1"},
            {24, 28, "arrivals[1].admission_probability: 1.5 is outside [0, 1]; expected a probability between 0 and 1"},
        };
        assertEquals(expected.length, ps.size(), () -> "got:\n" + e.getMessage());
        for (int i = 0; i < expected.length; i++) {
            Problem p = ps.get(i);
            assertEquals(file, p.file());
            assertEquals(expected[i][0], p.line(), p::toString);
            assertEquals(expected[i][1], p.column(), p::toString);
            assertTrue(p.message().contains((String) expected[i][2]), p::toString);
            assertTrue(p.toString().startsWith(file + ":" + p.line() + ":" + p.column() + ": "));
        }
    }

    @Test
    void yamlSyntaxErrorIsAProblemWithLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(DIR.resolve("syntax.yaml")));
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals(5, p.line());
        assertEquals(9, p.column());
        assertTrue(p.message().startsWith("YAML syntax error: expected ',' or ']'"), p::toString);
        assertTrue(p.message().contains("flow sequence that starts at line 4, column 9"), p::toString);
    }

    @Test
    void missingFileAndEmptyFileAreProblems() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(DIR.resolve("nope.yaml")));
        assertTrue(e.problems().get(0).message().contains("no such file"));
        Path empty = Files.createTempFile("empty", ".yaml");
        try {
            e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(empty));
            assertTrue(e.problems().get(0).message().startsWith("the file is empty"));
        } finally {
            Files.delete(empty);
        }
    }
}
