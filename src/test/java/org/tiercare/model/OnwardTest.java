package org.tiercare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.random.RandomStreams;
import org.tiercare.scenario.Scenario;

/**
 * Onward diversion on hand-checked wards. A has one bed, a deterministic 5 h stay and Poisson admissions at
 * 1 per hour: an Erlang loss system with offered load 5, so it turns away B(1, 5) = 5/(1+5) = 5/6 of its
 * requests (Erlang B does not depend on the stay's distribution). B stands at the same place (no travel) with
 * 100 beds for a load of at most 5 erlangs: it never fills, so every patient A turns away is admitted there.
 * Every run also checks flow conservation (Model.checkConservation throws otherwise).
 */
class OnwardTest {
    private static final String TWO = """
            name: onward fixture
            seed: 7
            warmup: 0 h
            horizon: 20000 h
            facilities:
              - {id: A, tier: secondary, x: 0, y: 0, beds: {count: 1, length_of_stay: 5 h, when_full: %s}}
              - {id: B, tier: secondary, x: 0, y: 0, beds: {count: 100, length_of_stay: 5 h}}
            arrivals:
              - {facility: A, rate_per_hour: 1, entry: admission}
            """;

    /**
     * Three one-bed wards, all sending on, for 2 admissions per hour at A with 5 h stays: 0.6 patients an hour fit,
     * so most are turned away everywhere. B is nearer A than C is.
     */
    private static final String CHAIN = """
            name: onward chain
            seed: 7
            warmup: 0 h
            horizon: 5000 h
            tier_defaults:
              secondary: {beds: {count: 1, length_of_stay: 5 h, when_full: onward, max_onward: %d}}
            facilities:
              - {id: A, tier: secondary, x: 0, y: 0}
              - {id: B, tier: secondary, x: 1, y: 0}
              - {id: C, tier: secondary, x: 5, y: 0}
            arrivals:
              - {facility: A, rate_per_hour: 2, entry: admission}
            """;

    /**
     * A one-bed rehabilitation unit R with 5 h stays and 1 admission an hour from zone Z, the only rehabilitation unit:
     * it turns away B(1, 5) = 5/6 of its requests and has no other unit to send them to. Continuing care after a
     * hospital stay has an option left, the patient's primary clinic C (walk-in, never full): so no one is lost.
     */
    private static final String REHAB = """
            name: full rehabilitation unit
            seed: 7
            warmup: 0 h
            horizon: 20000 h
            zones:
              - {id: Z, x: 0, y: 0}
            facilities:
              - {id: R, tier: rehab, zone: Z, beds: {count: 1, length_of_stay: 5 h, when_full: %s}}
              - {id: C, tier: community, zone: Z, outpatient: {doctors: 50, consult_time: 1 min}}
            arrivals:
              - {zone: Z, facility: R, rate_per_hour: 1, entry: admission}
            """;

    @TempDir
    Path dir;

    private List<ScopeResult> run(String yaml) throws Exception {
        Scenario s = ModelFixtures.scenario(dir, yaml);
        return new Model(s, new RandomStreams(s.seed(), 0)).run();
    }

    private static Map<String, Double> at(List<ScopeResult> r, String scope, String id) {
        return r.stream().filter(x -> x.scope().equals(scope) && x.scopeId().equals(id)).findFirst().orElseThrow().indicators();
    }

    @Test
    void theSecondHospitalAdmitsExactlyTheFirstOnesOverflow() throws Exception {
        List<ScopeResult> r = run(TWO.formatted("onward"));
        Map<String, Double> a = at(r, "facility", "A"), b = at(r, "facility", "B");
        double overflow = a.get("admissions_diverted_onward");
        assertTrue(overflow > 1000, "A is overloaded: " + overflow);
        assertEquals(overflow, b.get("admissions_received_onward"));
        assertEquals(overflow, b.get("admissions"), "B never fills, so each patient sent on is admitted");
        assertEquals(overflow, b.get("admission_requests"), "B has no patients of its own");
        assertEquals(a.get("admission_requests"), a.get("admissions") + b.get("admissions"), "no one is lost");
        assertEquals(5.0 / 6, a.get("admissions_diverted_share"), 0.02, "Erlang B(1, 5)");
        assertEquals(a.get("admissions_diverted_share"), a.get("admissions_diverted_onward_share"));
        assertEquals(0.0, a.get("admissions_diverted_lost_share"));
        assertEquals(0.0, at(r, "network", "all").get("unserved"));
        assertEquals(0.0, b.get("admissions_diverted_onward"), "B is never full");
    }

    @Test
    void divertingLosesWhatOnwardDiversionPlaces() throws Exception {
        Map<String, Double> lost = at(run(TWO.formatted("divert")), "facility", "A");
        Map<String, Double> onward = at(run(TWO.formatted("onward")), "facility", "A");
        assertEquals(5.0 / 6, lost.get("admissions_diverted_share"), 0.02, "Erlang B(1, 5)");
        assertEquals(lost.get("admissions_diverted_share") * lost.get("admission_requests"), lost.get("unserved"), 1e-6,
                "diverted patients are the unserved");
        assertTrue(!lost.containsKey("admissions_diverted_lost_share"), "no onward indicators without onward diversion");
        assertEquals(0.0, onward.get("unserved"));
        assertEquals(0.0, onward.get("admissions_diverted_lost_share"));
    }

    @Test
    void thePatientStopsAfterMaxOnwardAttempts() throws Exception {
        List<ScopeResult> one = run(CHAIN.formatted(1));
        Map<String, Double> a = at(one, "facility", "A"), b = at(one, "facility", "B"), c = at(one, "facility", "C");
        assertEquals(0.0, a.get("unserved"), "A always has an untried ward to send to");
        assertEquals(0.0, b.get("admissions_diverted_onward"), "one attempt: a patient B turns away is lost");
        assertEquals(0.0, c.get("admissions_diverted_onward"));
        double travelling = a.get("admissions_diverted_onward") - b.get("admissions_received_onward") - c.get("admissions_received_onward");
        assertTrue(travelling >= 0 && travelling <= 2, "all arrive but those on the road when the run ends: " + travelling);
        assertEquals(b.get("admission_requests") - b.get("admissions"), b.get("unserved"));
        assertEquals(b.get("unserved") + c.get("unserved"), at(one, "network", "all").get("unserved"));
        // Nearest only, everything would go to B; the desk calls ahead and sends to C when B is full and C is not.
        assertTrue(c.get("admissions_received_onward") > 100, "" + c);

        List<ScopeResult> two = run(CHAIN.formatted(2));
        Map<String, Double> b2 = at(two, "facility", "B"), c2 = at(two, "facility", "C");
        assertTrue(b2.get("admissions_diverted_onward") + c2.get("admissions_diverted_onward") > 0, "a second attempt");
        // With three wards a third attempt has nowhere left to go: exactly the same run.
        assertEquals(two, run(CHAIN.formatted(3)));
    }

    @Test
    void aFullRehabilitationUnitWithNowhereToSendOnLeavesThePatientToTheirClinicNotLost() throws Exception {
        List<ScopeResult> r = run(REHAB.formatted("onward"));
        Map<String, Double> rehab = at(r, "facility", "R"), clinic = at(r, "facility", "C");
        assertEquals(5.0 / 6, rehab.get("admissions_diverted_share"), 0.02, "Erlang B(1, 5)");
        assertEquals(0.0, rehab.get("admissions_diverted_onward"), "no other rehabilitation unit");
        assertEquals(0.0, rehab.get("unserved"));
        assertEquals(0.0, rehab.get("admissions_diverted_lost_share"));
        double turnedAway = rehab.get("admission_requests") - rehab.get("admissions");
        assertEquals(turnedAway, clinic.get("visits"), 2, "each one turned away is seen at the clinic (bar those still on the way)");
        // With when_full: divert the unit loses them, as any diverting ward does.
        Map<String, Double> diverting = at(run(REHAB.formatted("divert")), "facility", "R");
        assertEquals(diverting.get("admission_requests") - diverting.get("admissions"), diverting.get("unserved"));
        assertTrue(diverting.get("unserved") > 1000, "" + diverting);
    }
}
