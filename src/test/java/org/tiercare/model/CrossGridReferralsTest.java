package org.tiercare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.scenario.PatientSource;
import org.tiercare.scenario.Scenario;

/**
 * {@code policy.cross_grid} on referrals. Grid G1 (led by the secondary S1, capability 3, 6 km from the community
 * centre C1) has no rehabilitation unit; grid G2 has the tertiary T2 (capability 4) 2 km from C1 and the rehab unit
 * R2; the collaborating centre P1 (capability 5) is 50 km away. No bed is taken (the model's clock never runs).
 */
class CrossGridReferralsTest {
    private static final String YAML = """
            name: cross-grid fixture
            horizon: 1 d
            tier_defaults:
              tertiary: {outpatient: {doctors: 1, consult_time: 10 min}}
              secondary: {outpatient: {doctors: 1, consult_time: 10 min}, beds: {count: 5, length_of_stay: 5 d}}
              community: {outpatient: {doctors: 1, consult_time: 10 min}}
            zones:
              - {id: Z1, x: 0, y: 0}
              - {id: Z2, x: 3, y: 0}
            facilities:
              - {id: C1, tier: community, x: 0, y: 0}
              - {id: S1, tier: secondary, x: 6, y: 0}
              - {id: T2, tier: tertiary, x: 2, y: 0}
              - {id: R2, tier: rehab, x: 3, y: 0, beds: {count: 5, length_of_stay: 10 d}}
              - {id: P1, tier: tertiary, x: 50, y: 0, capability: 5}
            layouts:
              - id: L
                grids:
                  - {id: G1, lead: S1, zones: [Z1], members: [C1]}
                  - {id: G2, lead: T2, zones: [Z2], members: [R2]}
                collaborating: [P1]
            policy: {cross_grid: %s}
            arrivals: [{facility: C1, rate_per_hour: 1}]
            """;

    @TempDir
    Path dir;
    private List<Facility> facilities;

    private Referrals referrals(String crossGrid) throws Exception {
        Scenario s = ModelFixtures.scenario(dir, YAML.formatted(crossGrid));
        Network network = new Network(s);
        Grids grids = Grids.of(s, s.activeLayout(), network);
        facilities = ModelFixtures.facilities(s, grids);
        // The fixture builds outpatient departments only; rehabilitation needs a ward to be found.
        org.tiercare.engine.Simulation sim = new org.tiercare.engine.Simulation();
        for (Facility f : facilities) {
            if (f.spec.beds() != null) f.ward = new Ward(sim, f, f.spec.beds(), org.tiercare.scenario.ReservationSpec.NONE);
        }
        return new Referrals(s, facilities, network, grids);
    }

    private Facility f(String id) { return facilities.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(); }

    private static Patient patient() { return new Patient(PatientSource.SELF, null, -1, 0, 0); }

    private String up(Referrals r, String from, int severity) {
        Facility to = r.upFrom(f(from), patient(), severity);
        return to == null ? null : to.id();
    }

    @Test
    void neverLooksBeyondTheGridExceptToCollaboratingUnits() throws Exception {
        Referrals r = referrals("never");
        assertEquals("S1", up(r, "C1", 3));
        assertEquals("P1", up(r, "C1", 4), "beyond the grid's lead: the collaborating centre, not T2 next door");
        assertNull(r.rehabFor(f("S1"), patient()), "G1 has no rehabilitation unit");
    }

    @Test
    void whenFullUsesAnotherGridWhereTheOwnHasNoOneAble() throws Exception {
        Referrals r = referrals("when_full");
        assertEquals("S1", up(r, "C1", 3), "S1 can take it and has free beds");
        assertEquals("T2", up(r, "C1", 4), "another grid's hospital before the collaborating centre");
        assertEquals("R2", r.rehabFor(f("S1"), patient()).id());
    }

    @Test
    void nearestTakesTheCloserFacilityWhateverItsGrid() throws Exception {
        Referrals r = referrals("nearest");
        assertEquals("T2", up(r, "C1", 3), "T2 is 2 km from C1, S1 6 km");
        assertEquals("T2", up(r, "C1", 4));
    }
}
