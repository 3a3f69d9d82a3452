package org.tiercare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.random.RandomStreams;
import org.tiercare.scenario.Scenario;

/** Choice: who is a candidate (tier constant, reach, outpatient service) and the logit probabilities of the draw. */
class ChoiceTest {
    private static final double LN3 = Math.log(3);
    private static final int H1 = 0, C1 = 1, C2 = 2;

    /**
     * Travel time = km / 10 (speed 10 km/h, no detour). From Z1 (origin) H1, C1, C2 and R1 are 6 km = 0.6 h
     * away, H9 10 h (beyond max_travel 2 h). From Z2 (x = -2) C1 is 0.4 h, C2 0.8 h. Z3 reaches nothing.
     * R1 (rehab) has beds but no outpatient service.
     */
    private static final String YAML = """
            name: choice fixture
            horizon: 1 d
            network: {speed_kmh: 10, detour_factor: 1}
            tier_defaults:
              tertiary: {outpatient: {doctors: 1, consult_time: 10 min}}
              community: {outpatient: {doctors: 1, consult_time: 10 min}}
            zones:
              - {id: Z1, x: 0, y: 0}
              - {id: Z2, x: -2, y: 0}
              - {id: Z3, x: 500, y: 0}
            facilities:
              - {id: H1, tier: tertiary, x: 0, y: 6}
              - {id: C1, tier: community, x: -6, y: 0}
              - {id: C2, tier: community, x: 6, y: 0}
              - {id: R1, tier: rehab, x: 0, y: -6, beds: {count: 5, length_of_stay: 5 d}}
              - {id: H9, tier: tertiary, x: 100, y: 0}
            choice:
              tier_constants: %s
              travel_per_hour: %s
              wait_per_hour: %s
              max_travel: 2 h
            arrivals: [{facility: C1, rate_per_hour: 1}]
            """;

    @TempDir
    Path dir;

    private Choice choice(String tierConstants, double travelPerHour, double waitPerHour) throws Exception {
        Scenario s = ModelFixtures.scenario(dir, YAML.formatted(tierConstants, travelPerHour, waitPerHour));
        return new Choice(s, s.choice(), new Network(s));
    }

    /** The facility chosen for each of the given uniform draws. */
    private static int[] draws(Choice c, int zone, double... u) {
        RandomGenerator rng = ModelFixtures.fixed(u);
        int[] out = new int[u.length];
        for (int i = 0; i < u.length; i++) out[i] = c.choose(zone, rng);
        return out;
    }

    @Test
    void theOnlyCandidateWithinReachIsCertain() throws Exception {
        // Tertiary and rehab have constants, community none: C1, C2 out; R1 has no outpatient; H9 is 10 h away.
        Choice c = choice("{tertiary: 0, rehab: 5}", -2, 0);
        RandomGenerator rng = new RandomStreams(11, 0).stream("choice");
        for (int i = 0; i < 1000; i++) assertEquals(H1, c.choose(0, rng));
        assertEquals(H1, draws(c, 0, 0.9999)[0]);
    }

    @Test
    void aZoneWithNothingWithinReachGetsMinusOne() throws Exception {
        Choice c = choice("{tertiary: 0, community: 0}", -2, 0);
        assertEquals(-1, c.choose(2, ModelFixtures.fixed(0.5)));
    }

    @Test
    void equalUtilitiesSplitEvenly() throws Exception {
        // C1 and C2 are both 0.6 h from Z1 with the same constant: p = 1/2 each.
        Choice c = choice("{community: 0}", -2, 0);
        RandomGenerator rng = new RandomStreams(42, 0).stream("choice");
        int n = 10_000, c1 = 0;
        for (int i = 0; i < n; i++) {
            int f = c.choose(0, rng);
            assertTrue(f == C1 || f == C2, "only C1 or C2: " + f);
            if (f == C1) c1++;
        }
        // Binomial(10 000, 1/2): mean 5 000, standard error sqrt(10 000 · 1/4) = 50; allow 4 standard errors.
        assertEquals(5000, c1, 200);
    }

    @Test
    void tierConstantsWeighTheChoiceByExpOfUtility() throws Exception {
        // Equal travel; utilities ln 3, 0, 0 → weights 3 : 1 : 1 → p = 0.6, 0.2, 0.2, cumulative 0.6, 0.8, 1.
        Choice c = choice("{tertiary: " + LN3 + ", community: 0}", -2, 0);
        int[] got = draws(c, 0, 0.0, 0.59, 0.61, 0.79, 0.81, 0.9999);
        assertEquals(List.of(H1, H1, C1, C1, C2, C2), Arrays.stream(got).boxed().toList());
    }

    @Test
    void fartherFacilitiesAreLessLikelyByTheTravelCoefficient() throws Exception {
        // From Z2: C1 0.4 h, C2 0.8 h. With travel_per_hour = -ln 3 / 0.4 the utilities differ by ln 3: p(C1) = 3/4.
        Choice c = choice("{community: 0}", -LN3 / 0.4, 0);
        int[] got = draws(c, 1, 0.74, 0.76);
        assertEquals(C1, got[0]);
        assertEquals(C2, got[1]);
        // From Z1 both are 0.6 h away: still even, u in [0, 1/2) → C1, [1/2, 1) → C2.
        got = draws(c, 0, 0.49, 0.5);
        assertEquals(C1, got[0]);
        assertEquals(C2, got[1]);
    }

    @Test
    void publishedWaitsShiftTheChoiceUntilCleared() throws Exception {
        // wait_per_hour -1 and C1's published wait ln 3 h: utilities -ln 3 and 0 → p(C1) = 1/4.
        Choice c = choice("{community: 0}", -2, -1);
        assertTrue(c.usesWaits());
        double[] waits = new double[5];
        waits[C1] = LN3;
        c.update(waits);
        int[] got = draws(c, 0, 0.24, 0.26);
        assertEquals(C1, got[0]);
        assertEquals(C2, got[1]);
        // A facility with no wait observed yet (NaN) is treated as no wait: back to 1/2.
        waits[C1] = Double.NaN;
        c.update(waits);
        got = draws(c, 0, 0.49, 0.51);
        assertEquals(C1, got[0]);
        assertEquals(C2, got[1]);
        // A 10·ln 3 h wait makes C1 very unlikely (p = 1/(1 + 3^10)); update(null) ignores waits: 1/2 again.
        waits[C1] = 10 * LN3;
        c.update(waits);
        assertEquals(C2, draws(c, 0, 0.1)[0]);
        c.update(null);
        assertEquals(C1, draws(c, 0, 0.49)[0]);
    }

    @Test
    void withoutAWaitCoefficientChoiceIgnoresWaits() throws Exception {
        assertFalse(choice("{community: 0}", -2, 0).usesWaits());
    }
}
