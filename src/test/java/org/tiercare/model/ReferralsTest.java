package org.tiercare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.scenario.PatientSource;
import org.tiercare.scenario.Scenario;

/** Referrals: up within the grid (secondary first or lead), beyond the lead, the fixed table, nearest emergency. */
class ReferralsTest {
    /** Every tier sees patients; capabilities by tier: tertiary 4, secondary 3, community/township 2, village 1. */
    private static final String OUTPATIENTS = """
            tier_defaults:
              tertiary: {outpatient: {doctors: 1, consult_time: 10 min}}
              secondary: {outpatient: {doctors: 1, consult_time: 10 min}}
              community: {outpatient: {doctors: 1, consult_time: 10 min}}
              township: {outpatient: {doctors: 1, consult_time: 10 min}}
              village: {outpatient: {doctors: 1, consult_time: 10 min}}
            """;

    /**
     * One grid led by T1; all on the x axis (km). S3 is the nearest secondary to C1 and V1 but outside the
     * grid; P1 is a collaborating centre of capability 5. V1 is nearer the community centre C1 than the township W1.
     */
    private static final String GRID = """
            name: grid fixture
            horizon: 1 d
            %s
            zones:
              - {id: Z1, x: 0, y: 0}
            facilities:
              - {id: T1, tier: tertiary, x: 0, y: 0}
              - {id: S1, tier: secondary, x: 6, y: 0}
              - {id: S2, tier: secondary, x: 3, y: 0}
              - {id: S3, tier: secondary, x: 1.5, y: 0}
              - {id: C1, tier: community, x: 1, y: 0}
              - {id: W1, tier: township, x: 8, y: 0}
              - {id: V1, tier: village, x: 2, y: 0}
              - {id: P1, tier: tertiary, x: 50, y: 0, capability: 5}
            layouts:
              - id: L
                grids: [{id: G1, lead: T1, zones: [Z1], members: [S1, S2, C1, W1, V1]}]
                collaborating: [P1]
            policy: {referral_rule: %s}
            arrivals: [{facility: C1, rate_per_hour: 1}]
            """;

    /** No grids; a referral table at A; emergency departments C (near Z1) and E (near Z2); D a capable community centre. */
    private static final String TABLE = """
            name: table fixture
            horizon: 1 d
            %s
            zones:
              - {id: Z1, x: 0, y: 0}
              - {id: Z2, x: 30, y: 0}
            facilities:
              - {id: A, tier: community, x: 0, y: 0}
              - {id: B, tier: secondary, x: 10, y: 0}
              - {id: C, tier: tertiary, x: 20, y: 0, emergency: true}
              - {id: E, tier: secondary, x: 31, y: 0, emergency: true}
              - {id: D, tier: community, x: 5, y: 0, capability: 3}
            referrals:
              - {from: A, to: B, probability: 0.3}
              - {from: A, to: C, probability: 0.2}
            arrivals: [{facility: A, rate_per_hour: 1}]
            """;

    @TempDir
    Path dir;
    private List<Facility> facilities;

    private Referrals referrals(String yaml) throws Exception {
        Scenario s = ModelFixtures.scenario(dir, yaml);
        Network network = new Network(s);
        Grids grids = Grids.of(s, s.activeLayout(), network);
        facilities = ModelFixtures.facilities(s, grids);
        return new Referrals(s, facilities, network, grids);
    }

    private Facility f(String id) {
        return facilities.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private String up(Referrals r, String from, int severity) {
        Facility to = r.upFrom(f(from), new Patient(PatientSource.SELF, null, -1, 0, 0), severity);
        return to == null ? null : to.id();
    }

    @Test
    void secondaryFirstSendsPrimaryCareToTheNearestCapableSecondaryOfTheGrid() throws Exception {
        Referrals r = referrals(GRID.formatted(OUTPATIENTS, "secondary_first"));
        // From C1 (x = 1): S2 is 2 km away, S1 5 km; S3 (0.5 km) is outside the grid.
        assertEquals("S2", up(r, "C1", 3));
        // Severity 4 is beyond every secondary (capability 3): the lead T1 (capability 4).
        assertEquals("T1", up(r, "C1", 4));
        // A secondary member refers severity 4 to the lead, a level above it.
        assertEquals("T1", up(r, "S2", 4));
    }

    @Test
    void leadRuleSendsPrimaryCareStraightToTheLead() throws Exception {
        Referrals r = referrals(GRID.formatted(OUTPATIENTS, "lead"));
        assertEquals("T1", up(r, "C1", 3));
        assertEquals("T1", up(r, "V1", 3), "village: no township/community resolves 3, so the lead");
    }

    @Test
    void villageDoctorsReferToTheTownshipFirst() throws Exception {
        Referrals r = referrals(GRID.formatted(OUTPATIENTS, "secondary_first"));
        // From V1 (x = 2): C1 is 1 km away, W1 6 km; the township still comes first.
        assertEquals("W1", up(r, "V1", 2));
        // Severity 3 is beyond township and community (2): secondary first, nearest in the grid is S2 (1 km).
        assertEquals("S2", up(r, "V1", 3));
    }

    @Test
    void casesBeyondTheLeadGoToACollaboratingUnit() throws Exception {
        Referrals r = referrals(GRID.formatted(OUTPATIENTS, "secondary_first"));
        // Severity 5: T1 resolves up to 4, P1 up to 5.
        assertEquals("P1", up(r, "C1", 5));
        assertEquals("P1", up(r, "T1", 5), "the lead itself refers beyond");
        // Severity 6: nobody can take it.
        assertNull(up(r, "C1", 6));
    }

    @Test
    void withoutGridsTheNearestHigherLevelThatResolvesTheCase() throws Exception {
        Referrals r = referrals(TABLE.formatted(OUTPATIENTS));
        // From A (x = 0): B (secondary, 10 km, capability 3), C (tertiary, 20 km, 4), E (secondary, 31 km, 3);
        // D (5 km, capability 3) is nearer but of A's own level, so not "up".
        assertEquals("B", up(r, "A", 3));
        assertEquals("C", up(r, "A", 4));
        assertEquals("C", up(r, "B", 4), "from a secondary, only a higher level: C");
        assertNull(up(r, "C", 5));
    }

    @Test
    void fixedTableDrawsTargetsByCumulativeProbability() throws Exception {
        Referrals r = referrals(TABLE.formatted(OUTPATIENTS));
        assertTrue(r.hasTable(f("A")));
        assertFalse(r.hasTable(f("B")));
        assertNull(r.fromTable(f("B"), ModelFixtures.fixed(0.0)), "no table: no referral");
        // Rows A→B 0.3, A→C 0.2: u in [0, 0.3) → B, [0.3, 0.5) → C, [0.5, 1) → none.
        var rng = ModelFixtures.fixed(0.0, 0.29, 0.31, 0.49, 0.5, 0.99);
        String[] expected = {"B", "B", "C", "C", null, null};
        for (String id : expected) {
            Facility to = r.fromTable(f("A"), rng);
            assertEquals(id, to == null ? null : to.id());
        }
    }

    @Test
    void emergenciesGoToTheNearestEmergencyDepartment() throws Exception {
        Referrals r = referrals(TABLE.formatted(OUTPATIENTS));
        // Z1 (x = 0): C at 20 km, E at 31 km. Z2 (x = 30): E at 1 km, C at 10 km. A and B have none.
        assertEquals("C", r.nearestEmergency(0).id());
        assertEquals("E", r.nearestEmergency(1).id());
    }
}
