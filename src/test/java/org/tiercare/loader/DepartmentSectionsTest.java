package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.scenario.AllianceSpec;
import org.tiercare.scenario.DepartmentSpec;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.FacilityType;
import org.tiercare.scenario.ReservationSpec;
import org.tiercare.scenario.Scenario;

/** Facility types, departments, condition departments and facility types, cross_grid_types, alliances, department targets. */
@ExtendWith(EnglishMessages.class) // these tests read the wording of the messages
class DepartmentSectionsTest {

    @TempDir Path dir;

    private static final String VALID = """
            name: county
            horizon: 1 d
            zones: [{id: Z1, residents: 1000}]
            demand: {contacts_per_resident_year: 1}
            policy: {cross_grid_types: [rehabilitation, mch], reserved_slot_share: 0.1}
            conditions:
              - {id: htn, share: 0.7, department: internal}
              - {id: birth, share: 0.3, department: obgyn, facility_types: [mch]}
            tier_defaults:
              secondary:
                type: general
                outpatient: {doctors: 1, access: appointment, slots_per_day: 40, consult_time: 10 min}
                beds: {count: 10, length_of_stay: 3 d}
            facilities:
              - id: H
                name: 县人民医院
                tier: secondary
                zone: Z1
                departments:
                  - {id: internal, name: 内科, outpatient: {doctors: 8, slots_per_day: 300}, capability: 4}
                  - {id: obgyn, name: 妇产科, outpatient: {}, beds: {count: 30}, reservation: {slot_share: 0.2}}
                  - {id: rehab, name: 康复科, beds: {count: 12}}
              - {id: M, name: 妇幼保健院, tier: secondary, zone: Z1, type: mch}
              - {id: T, tier: township, zone: Z1, outpatient: {doctors: 2, consult_time: 10 min}}
            layouts:
              - {id: L, grids: [{id: G, lead: H, zones: [Z1], members: [M, T]}]}
            alliances:
              - {id: htn-dm, name: 高血压糖尿病专科联盟, conditions: [htn], lead: H, members: [T], department: internal, slot_share: 0.3}
            targets:
              - {id: t1, metric: visits, scope: department, scope_id: H/internal, op: ">=", value: 1}
            """;

    @Test
    void aCountyWithDepartmentsTypesAndAnAllianceLoads() throws Exception {
        Scenario s = ScenarioLoader.load(write("valid.yaml", VALID));
        FacilitySpec h = s.facility("H").orElseThrow();
        assertEquals(FacilityType.GENERAL, h.type());
        assertEquals(FacilityType.MCH, s.facility("M").orElseThrow().type());
        assertEquals(3, h.departments().size());
        DepartmentSpec internal = h.departments().get(0);
        DepartmentSpec obgyn = h.departments().get(1);
        DepartmentSpec rehab = h.departments().get(2);
        // Tier defaults fill in the sections a department writes: internal's doctors and slots are its own (its
        // consult time the tier's), obgyn's outpatient all the tier's; internal and rehab offer only what they write.
        assertEquals(8, internal.outpatient().doctors());
        assertEquals(300, internal.outpatient().slotsPerDay());
        assertEquals(10.0 / 60, internal.outpatient().consultTime().mean(), 1e-12);
        assertEquals(null, internal.beds());
        assertEquals(1, obgyn.outpatient().doctors());
        assertEquals(30, obgyn.beds().count());
        assertEquals(72, obgyn.beds().lengthOfStay().mean(), 1e-9);
        assertEquals(null, rehab.outpatient());
        assertEquals(12, rehab.beds().count());
        assertEquals(4, internal.capability());
        assertEquals(3, obgyn.capability(), "the facility's (the tier's default) unless written");
        // The lead's reservation is the policy's; obgyn's own section wins for the keys it writes.
        assertEquals(0.1, internal.reservation().slotShare());
        assertEquals(0.2, obgyn.reservation().slotShare());
        // The facility's outpatient and beds are the departments' totals.
        assertEquals(9, h.outpatient().doctors());
        assertEquals(340, h.outpatient().slotsPerDay());
        assertEquals(42, h.beds().count());
        assertEquals("internal", s.conditions().get(0).department());
        assertEquals(List.of(FacilityType.MCH), s.conditions().get(1).facilityTypes());
        assertEquals(Set.of(FacilityType.REHABILITATION, FacilityType.MCH), s.policy().crossGridTypes());
        assertEquals(List.of(new AllianceSpec("htn-dm", "高血压糖尿病专科联盟", List.of("htn"), "H", List.of("T"), "internal", true, 0.3)),
                s.levers().alliances());
        assertEquals("H/internal", s.targets().get(0).scopeId());
        assertEquals(ReservationSpec.NONE, s.facility("T").orElseThrow().reservation());
    }

    @Test
    void withoutTheNewKeysNothingChanges() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioLoaderTest.DIR.resolve("valid.yaml"));
        for (FacilitySpec f : s.facilities()) {
            assertEquals(FacilityType.GENERAL, f.type());
            assertTrue(f.departments().isEmpty());
        }
        assertTrue(s.policy().crossGridTypes().isEmpty());
        assertTrue(s.levers().alliances().isEmpty());
    }

    private static final String MISTAKES = """
            name: m
            horizon: 1 d
            zones: [{id: Z1, residents: 100}]
            demand: {contacts_per_resident_year: 1}
            tier_defaults:
              secondary: {outpatient: {doctors: 1, consult_time: 10 min}}
            facilities:
              - {id: C1, tier: community, zone: Z1, type: hospital, outpatient: {doctors: 1, consult_time: 10 min}}
              - id: H
                tier: secondary
                zone: Z1
                beds: {count: 2, length_of_stay: 1 d}
                departments:
                  - {id: internal, capability: -1, outpatient: {}}
                  - {id: internal, outpatient: {}}
              - id: R
                tier: rehab
                zone: Z1
                departments:
                  - {id: ward}
              - {id: E, tier: tertiary, zone: Z1, departments: []}
            conditions:
              - {id: htn, share: 1, department: surgery, facility_types: [mch, clinic]}
            policy: {cross_grid_types: [rehab]}
            alliances:
              - {id: A1, conditions: [htn, nope], lead: H, members: [C1, H], department: cardiology, slot_share: 2}
              - {id: A2, conditions: [], lead: X, members: [C1, C1]}
            targets:
              - {id: t1, metric: visits, scope: department, scope_id: H/nope, op: ">=", value: 1}
              - {id: t2, metric: visits, scope: department, scope_id: C1/x, op: ">=", value: 1}
            """;

    @Test
    void everyMistakeIsReportedAtItsLineAndColumn() throws Exception {
        Path file = write("mistakes.yaml", MISTAKES);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        Object[][] expected = {
            at("type: hospital", "hospital", "facilities[C1].type: 'hospital' is not a facility type; expected one of: general (general hospital or clinic), tcm (hospital of traditional Chinese medicine), mch (maternal and child health hospital)"),
            at("beds: {count: 2", "beds", "facilities[H].beds: a facility with departments has no beds of its own"),
            at("capability: -1", "-1", "capability: -1 is negative"),
            at("- {id: internal, outpatient", "internal", "duplicate department id 'internal'"),
            at("- {id: ward}", "ward", "department 'ward' has neither outpatient service nor beds"),
            at("departments: []", "[]", "facilities[E].departments: the list is empty; expected at least one department"),
            at("department: surgery", "surgery", "conditions[htn].department: 'surgery' is not a department of any facility; known departments: internal, ward"),
            at("clinic]", "clinic", "conditions[htn].facility_types[1]: 'clinic' is not a facility type"),
            at("cross_grid_types", "rehab", "policy.cross_grid_types[0]: 'rehab' is not a facility type; expected one of: general (general hospital or clinic), tcm (hospital of traditional Chinese medicine), mch (maternal and child health hospital), rehabilitation (rehabilitation hospital), nursing (nursing home or hospital), specialist (specialist hospital)"),
            at("nope]", "nope", "alliances[A1].conditions[1]: 'nope' is not a condition; known conditions: htn"),
            at("members: [C1, H]", "H]", "alliances[A1].members[1]: 'H' is the alliance's lead"),
            at("cardiology", "cardiology", "alliances[A1].department: 'cardiology' is not a department of 'H'; its departments: internal"),
            at("slot_share: 2", "2}", "alliances[A1].slot_share: 2 is outside [0, 1]"),
            at("conditions: []", "[]", "alliances[A2].conditions: conditions is empty"),
            at("lead: X", "X", "alliances[A2].lead: 'X' is not a facility"),
            at("members: [C1, C1]", "C1]", "alliances[A2].members[1]: 'C1' is listed twice"),
            at("H/nope", "H/nope", "targets[t1].scope_id: 'H/nope' is not a department; known departments: H/internal"),
            at("C1/x", "C1/x", "targets[t2].scope_id: 'C1/x': facility 'C1' has no departments"),
        };
        List<Problem> ps = e.problems();
        for (Object[] x : expected) {
            assertTrue(ps.stream().anyMatch(p -> p.line() == (int) x[0] && p.column() == (int) x[1] && p.message().contains((String) x[2])),
                    () -> "wanted " + List.of(x) + ", got\n" + e.getMessage());
        }
        assertEquals(expected.length, ps.size(), e::getMessage);
    }

    @Test
    void departmentsBesideTheFacilitysOwnOutpatientAreRefused() throws Exception {
        Path file = write("own.yaml", """
                name: m
                horizon: 1 d
                facilities:
                  - {id: H, tier: secondary, outpatient: {doctors: 1, consult_time: 10 min}, departments: [{id: a, outpatient: {doctors: 1, consult_time: 10 min}}]}
                arrivals: [{facility: H, rate_per_hour: 1}]
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(1, e.problems().size(), e::getMessage);
        Problem p = e.problems().get(0);
        assertEquals(4, p.line());
        assertEquals(30, p.column()); // "  - {" 5, "id: H, " 7, "tier: secondary, " 17: outpatient at 30
        assertTrue(p.message().contains("facilities[H].outpatient: a facility with departments has no outpatient of its own"), p::toString);
    }

    /** {line, column, message fragment} of {@code token} on the first line of {@link #MISTAKES} containing {@code line}. */
    private static Object[] at(String line, String token, String message) {
        String[] lines = MISTAKES.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(line)) {
                int from = lines[i].indexOf(line);
                int col = lines[i].indexOf(token, from) >= 0 ? lines[i].indexOf(token, from) : lines[i].indexOf(token);
                return new Object[] {i + 1, col + 1, message};
            }
        }
        throw new AssertionError("no line with " + line);
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
