package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plausibility limits sit exactly where they are declared: the limit itself is accepted, one step
 * beyond it is refused with the limit named (the corpus in cli/BadInputCorpusTest covers absurd values).
 */
@ExtendWith(EnglishMessages.class)
class LimitsTest {

    @TempDir Path dir;

    /** A valid scenario of one zone and one clinic; %s are the residents, doctors and horizon. */
    private static final String SCENARIO = """
            name: limits
            horizon: %s
            zones: [{id: Z1, residents: %s}]
            facilities: [{id: C1, tier: community, zone: Z1, outpatient: {doctors: %s, consult_time: 10 min}}]
            demand: {contacts_per_resident_year: 1}
            conditions: [{id: a, share: 1}]
            """;

    private List<String> problems(String horizon, String residents, String doctors) throws Exception {
        Path f = Files.writeString(dir.resolve("s.yaml"), SCENARIO.formatted(horizon, residents, doctors));
        try {
            ScenarioLoader.load(f);
            return List.of();
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::message).toList();
        }
    }

    @Test
    void theLimitIsAcceptedAndOneBeyondIsRefused() throws Exception {
        // 50 years = 18250 d = 438000 h; 1e8 residents; 10,000 doctors
        assertEquals(List.of(), problems("18250 d", "100000000", "10000"));
        assertEquals(List.of("horizon: 438001 h is above 18250 d, the most tiercare accepts here (far beyond any real plan; the limit"
                + " keeps a run finite); expected a duration of at most 18250 d (50 years)"), problems("438001 h", "1", "1"));
        assertEquals(List.of("zones[Z1].residents: 100000001 is above 100000000, the most tiercare accepts here (far beyond any real plan;"
                + " the limit keeps a run finite); expected a whole number >= 0 and <= 100000000"), problems("1 d", "100000001", "1"));
        List<String> doctors = problems("1 d", "1", "10001");
        assertEquals(1, doctors.size(), doctors::toString);
        assertTrue(doctors.get(0).startsWith("facilities[C1].outpatient.doctors: 10001 is above 10000"), doctors::toString);
    }

    @Test
    void limitsAreNamedOnlyWhenExceeded() throws Exception {
        // A negative count says what is expected without the limit, which would only be noise there.
        assertEquals(List.of("facilities[C1].outpatient.doctors: -1 is negative; expected a whole number >= 0"), problems("1 d", "1", "-1"));
    }

    @Test
    void populationIsBoundedInTotalToo() throws Exception {
        // 21 zones of 1e8 each: every zone is within its limit, together they exceed 2e9.
        StringBuilder zones = new StringBuilder("[");
        for (int i = 1; i <= 21; i++) zones.append(i > 1 ? ", " : "").append("{id: Z").append(i).append(", residents: 100000000}");
        String yaml = SCENARIO.formatted("1 d", "1", "1").replace("zones: [{id: Z1, residents: 1}]", "zones: " + zones + "]");
        Path f = Files.writeString(dir.resolve("s.yaml"), yaml);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertEquals(List.of("zones: the zones hold 2100000000 residents together, more than 2000000000 (more than China's population);"
                + " expected a total of at most 2000000000"), e.problems().stream().map(Problem::message).toList());
    }
}
