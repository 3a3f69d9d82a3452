package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.dist.Distribution;
import org.tiercare.scenario.DiagnosticsSpec;
import org.tiercare.scenario.Scenario;

/** Diagnostics {@code modalities} and {@code policy.pooled_slot_share}: values, defaults and located mistakes. */
@ExtendWith(EnglishMessages.class)
class ModalitiesAndPooledSlotsTest {
    @TempDir
    Path tmp;

    private static final String BASE = """
            name: levers
            horizon: 30 d
            zones:
              - {id: Z1, x: 0, y: 0, residents: 1000}
            facilities:
              - {id: C1, tier: community, zone: Z1, outpatient: {doctors: 2, consult_time: 10 min}}
            arrivals: [{facility: C1, rate_per_hour: 1}]
            """;

    private Path write(String yaml) throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void modalitiesTakeWhatTheyOmitFromTheCentre() throws Exception {
        Scenario s = ScenarioLoader.load(write(BASE + """
                policy: {pooled_slot_share: 0.2}
                diagnostics:
                  - id: D1
                    stations: 3
                    test_time: 20 min
                    turnaround: 6 h
                    modalities:
                      - {id: lab, share: 0.7}
                      - {id: imaging, name: CT and X-ray, stations: 1, test_time: 30 min, turnaround: 1 d, share: 0.3}
                  - {id: D2, modalities: [{id: ecg, test_time: 15 min, share: 1}]}
                """));
        DiagnosticsSpec d1 = s.levers().diagnostics().get(0);
        assertEquals(List.of(new DiagnosticsSpec.Modality("lab", "lab", 3, new Distribution.Deterministic(20 / 60.0), 6, 0.7),
                new DiagnosticsSpec.Modality("imaging", "CT and X-ray", 1, new Distribution.Deterministic(0.5), 24, 0.3)),
                d1.modalities());
        DiagnosticsSpec d2 = s.levers().diagnostics().get(1);
        assertNull(d2.testTime(), "a centre whose modalities give their own test times needs none");
        assertEquals(List.of(new DiagnosticsSpec.Modality("ecg", "ecg", 1, new Distribution.Deterministic(0.25), 24, 1)),
                d2.modalities());
        assertEquals(0.2, s.policy().pooledSlotShare());
        assertEquals(0.0, ScenarioLoader.load(write(BASE)).policy().pooledSlotShare());
    }

    @Test
    void everyMistakeIsReportedAtItsLineAndColumn() throws Exception {
        Path file = write(BASE + """
                policy: {pooled_slot_share: 1.5}
                diagnostics:
                  - id: D1
                    modalities:
                      - {id: lab, stations: 0, share: 0.7}
                      - {id: lab, test_time: 10 min, share: 0.3}
                  - {id: D2, test_time: 10 min, modalities: []}
                  - {id: D3, test_time: 10 min, modalities: [{id: a, share: 0.5}, {id: b, share: 0.5, turnaround: -1 h}]}
                  - {id: D4, test_time: 10 min, modalities: [{id: a, share: 0.5}, {id: b, share: 0.4}]}
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        Object[][] expected = {
            {8, 29, "policy.pooled_slot_share: 1.5 is outside [0, 1]"},
            {12, 9, "diagnostics[D1].modalities[lab]: missing required key 'test_time'"},
            {12, 29, "diagnostics[D1].modalities[lab].stations: 0 is less than 1"},
            {13, 14, "diagnostics[D1].modalities[lab].id: duplicate modality id 'lab'"},
            {14, 45, "diagnostics[D2].modalities: the list is empty"},
            {15, 99, "diagnostics[D3].modalities[b].turnaround: -1 h is negative"},
            {16, 45, "diagnostics[D4].modalities: the modalities' shares sum to 0.9; expected them to sum to 1"},
        };
        List<Problem> ps = e.problems();
        assertEquals(expected.length, ps.size(), e::getMessage);
        for (Object[] x : expected) {
            assertTrue(ps.stream().anyMatch(p -> p.file().equals(file.toString()) && p.line() == (int) x[0]
                    && p.column() == (int) x[1] && p.message().contains((String) x[2])), () -> "wanted " + List.of(x) + " in " + ps);
        }
    }
}
