package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tiercare.dist.Distribution;
import org.tiercare.scenario.Scenario;

@ExtendWith(EnglishMessages.class) // these tests read the wording of the messages
class OverridesTest {

    static final Path VALID = ScenarioLoaderTest.DIR.resolve("valid.yaml");

    @Test
    void changesScalarsByIdAndIndexAndAddsAbsentKeys() throws Exception {
        List<String> sets = List.of("facilities.H1.outpatient.doctors=12", "arrivals.0.rate_per_hour=3",
                "replications=3", "facilities.C1.capability=3", "facilities.C1.outpatient.consult_time=20 min",
                "facilities.H1.outpatient.hours.1.close=22:00", "facilities.H1.outpatient.booking_horizon=7 d",
                "facilities.H1.beds.referred_first=true");
        Scenario s = ScenarioLoader.load(VALID, sets);
        assertEquals(12, s.facility("H1").orElseThrow().outpatient().doctors());
        assertEquals(3, s.arrivals().get(0).ratePerHour());
        assertEquals(3, s.replications());
        assertEquals(3, s.facility("C1").orElseThrow().capability());
        assertEquals(new Distribution.Deterministic(20 / 60.0), s.facility("C1").orElseThrow().outpatient().consultTime());
        assertEquals(22, s.facility("H1").orElseThrow().outpatient().hours().sessions().get(1).closeHour());
        assertEquals(7 * 24, s.facility("H1").orElseThrow().outpatient().bookingHorizonH());
        assertTrue(s.facility("H1").orElseThrow().beds().referredFirst());
        assertEquals(sets, s.overrides());
    }

    @Test
    void unknownPathsAndBadValuesAreReportedAgainstTheOverride() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(VALID, List.of(
                "facilities.H9.outpatient.doctors=3",
                "arrivals.5.rate_per_hour=1",
                "warmpu=3 d",
                "facilities.H1.outpatient.doctors=-2",
                "horizon",
                "facilities.H1.beds=4")));
        List<String> got = e.problems().stream().map(Problem::toString).toList();
        assertEquals(6, got.size(), () -> String.join("\n", got));
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals("--set") && p.line() == 0), got::toString);
        assertTrue(got.contains("--set: 'facilities.H9.outpatient.doctors=3': unknown path segment 'H9' in facilities; known ids: H1, C1"), got::toString);
        assertTrue(got.contains("--set: 'arrivals.5.rate_per_hour=1': unknown path segment '5' in arrivals; expected an index from 0 to 1"), got::toString);
        assertTrue(got.stream().anyMatch(p -> p.startsWith("--set: 'warmpu=3 d': unknown key 'warmpu' at the top level; expected one of: name,")
                && p.endsWith("(did you mean 'warmup'?)")), got::toString);
        assertTrue(got.contains("--set: 'facilities.H1.outpatient.doctors=-2': facilities[H1].outpatient.doctors: -2 is negative; expected a whole number >= 0"), got::toString);
        assertTrue(got.stream().anyMatch(p -> p.startsWith("--set: 'horizon': expected path=value")), got::toString);
        assertTrue(got.stream().anyMatch(p -> p.startsWith("--set: 'facilities.H1.beds=4': 'facilities.H1.beds' is a whole section")), got::toString);
    }

    @Test
    void laterOverrideWinsAndWarmupCanBeAdded() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioLoaderTest.DIR.resolve("minimal.yaml"), List.of("warmup=2 w", "warmup=1 w"));
        assertEquals(168, s.warmupH());
    }
}
