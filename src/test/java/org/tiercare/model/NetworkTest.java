package org.tiercare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.scenario.Scenario;

/** Network: travel times from coordinates, never shorter than the local access time from a zone. */
class NetworkTest {
    /**
     * Speed 30 km/h, detour factor 1.5, local access 10 min. Z1 at the origin; H stands in Z1 at 0.2 km,
     * F stands in Z2 at 1 km, G in no zone at 12 km.
     */
    private static final String GEOMETRY = """
            name: geometry
            horizon: 1 d
            zones:
              - {id: Z1, x: 0, y: 0}
              - {id: Z2, x: 1, y: 0}
            facilities:
              - {id: H, tier: community, zone: Z1, x: 0.2, y: 0, outpatient: {doctors: 1, consult_time: 10 min}}
              - {id: F, tier: community, zone: Z2, x: 1, y: 0, outpatient: {doctors: 1, consult_time: 10 min}}
              - {id: G, tier: community, x: 12, y: 0, outpatient: {doctors: 1, consult_time: 10 min}}
            network: {speed_kmh: 30, detour_factor: 1.5, local_access: 10 min}
            arrivals: [{facility: H, rate_per_hour: 1}]
            """;

    @TempDir
    Path dir;

    @Test
    void tripsFromAZoneTakeAtLeastTheLocalAccessTime() throws Exception {
        Scenario s = ModelFixtures.scenario(dir, GEOMETRY);
        Network n = new Network(s);
        int z1 = n.zoneIndex("Z1");
        // H in Z1: 0.2 km × 1.5 / 30 km/h = 0.01 h, raised to the 10 min (1/6 h) floor.
        assertEquals(1 / 6.0, n.zoneToFacility(z1, n.facilityIndex("H")), 1e-12);
        // F in another zone, 1 km away: 0.05 h, also raised to the floor (so H and F tie; the first listed wins).
        assertEquals(1 / 6.0, n.zoneToFacility(z1, n.facilityIndex("F")), 1e-12);
        // G: 12 × 1.5 / 30 = 0.6 h, beyond the floor.
        assertEquals(0.6, n.zoneToFacility(z1, n.facilityIndex("G")), 1e-12);
        // Between facilities there is no floor: H to F is 0.8 km → 0.04 h.
        assertEquals(0.04, n.facilityToFacility(n.facilityIndex("H"), n.facilityIndex("F")), 1e-12);
    }
}
