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
import org.tiercare.scenario.EmergencyDepartmentSpec;
import org.tiercare.scenario.OpeningHours;
import org.tiercare.scenario.Scenario;

/** {@code facilities[].emergency_department} and conditions' {@code triage}: values, defaults and located mistakes. */
@ExtendWith(EnglishMessages.class)
class EmergencyDepartmentSectionTest {
    @TempDir
    Path tmp;

    private Path write(String yaml) throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void departmentFromTierDefaultsWithItsDefaults() throws Exception {
        Scenario s = ScenarioLoader.load(write("""
                name: ED
                horizon: 30 d
                zones:
                  - {id: Z1, x: 0, y: 0, residents: 1000}
                tier_defaults:
                  tertiary:
                    emergency: true
                    emergency_department: {doctors: 6, consult_time: 30 min}
                facilities:
                  - {id: H1, tier: tertiary, zone: Z1}
                  - {id: H2, tier: tertiary, zone: Z1, emergency_department: {doctors: 2, triage: {levels: 3}}}
                  - {id: H3, tier: secondary, zone: Z1, emergency: true}
                demand: {contacts_per_resident_year: 1}
                conditions:
                  - {id: a, share: 0.5, severity: 4, emergency: true, triage: 2}
                  - {id: b, share: 0.5, severity: 1, emergency: true}
                """));
        var d = new Distribution.Deterministic(0.5);
        assertEquals(new EmergencyDepartmentSpec(6, d, OpeningHours.ALWAYS, 5), s.facility("H1").get().emergencyDepartment());
        // The facility's own keys win, key by key; what it omits comes from the tier's defaults.
        assertEquals(new EmergencyDepartmentSpec(2, d, OpeningHours.ALWAYS, 3), s.facility("H2").get().emergencyDepartment());
        assertNull(s.facility("H3").get().emergencyDepartment());
        assertEquals(2, s.conditions().get(0).triage());
        assertEquals(0, s.conditions().get(1).triage());
        // Triage: the condition's own level, else from severity (5 levels: severity 1 → level 5), within the levels.
        EmergencyDepartmentSpec five = s.facility("H1").get().emergencyDepartment();
        EmergencyDepartmentSpec three = s.facility("H2").get().emergencyDepartment();
        assertEquals(2, five.level(s.conditions().get(0)));
        assertEquals(5, five.level(s.conditions().get(1)));
        assertEquals(3, three.level(s.conditions().get(1)));
    }

    @Test
    void everyMistakeIsReportedAtItsLineAndColumn() throws Exception {
        Path file = write("""
                name: ED mistakes
                horizon: 30 d
                zones:
                  - {id: Z1, x: 0, y: 0, residents: 1000}
                tier_defaults:
                  secondary:
                    emergency_department: {doctors: 0, consult_time: 20 min}
                facilities:
                  - id: H1
                    tier: tertiary
                    zone: Z1
                    emergency_department: {doctors: 3, consult_time: 20 min}
                  - id: H2
                    tier: secondary
                    zone: Z1
                    emergency: true
                  - id: H3
                    tier: tertiary
                    zone: Z1
                    emergency: true
                    emergency_department: {doctors: 2, triage: {levels: 11}, rooms: 3}
                demand: {contacts_per_resident_year: 1}
                conditions:
                  - {id: a, share: 0.5, emergency: true, triage: 0}
                  - {id: b, share: 0.5, triage: 2}
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        Object[][] expected = {
            {7, 37, "facilities[H2].emergency_department.doctors: 0 is less than 1"},
            {12, 27, "facilities[H1].emergency_department: an emergency department needs a facility that takes emergencies"},
            {21, 27, "facilities[H3].emergency_department: missing required key 'consult_time'"},
            {21, 57, "facilities[H3].emergency_department.triage.levels: 11 is above 10"},
            {21, 62, "unknown key 'rooms' in facilities[H3].emergency_department"},
            {24, 50, "conditions[a].triage: 0 is less than 1"},
            {25, 33, "conditions[b].triage: triage orders the queue of an emergency department, and this condition is not an emergency"},
        };
        List<Problem> ps = e.problems();
        assertEquals(expected.length, ps.size(), e::getMessage);
        for (Object[] x : expected) {
            assertTrue(ps.stream().anyMatch(p -> p.file().equals(file.toString()) && p.line() == (int) x[0]
                    && p.column() == (int) x[1] && p.message().contains((String) x[2])), () -> "wanted " + List.of(x) + " in " + ps);
        }
    }
}
