package org.tiercare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.scenario.Scenario;

/** The workload estimate against figures worked out by hand from small scenarios. */
class WorkloadTest {
    @TempDir
    Path dir;

    /**
     * One zone of 36,500 residents × 1 contact a year = 100 needs a day, one chronic condition of severity 1 (the clinic
     * resolves it: no referral) with 3 follow-ups 30 d apart, or 60 d with probability 0.3 (mean gap 39 d = 936 h).
     */
    private static final String CHRONIC = """
            name: chronic
            seed: 11
            replications: 4
            warmup: 10 d
            horizon: 30 d
            zones: [{id: Z1, x: 0, y: 0, residents: 36500}]
            facilities:
              - {id: C1, tier: community, zone: Z1, outpatient: {doctors: 50, consult_time: 10 min}}
            demand: {contacts_per_resident_year: 1}
            conditions:
              - id: chronic
                share: 1
                severity: 1
                follow_up: {visits: 3, interval: 30 d, long_prescription_share: 0.3, long_prescription_interval: 60 d}
            """;

    private Scenario load(String yaml, String... set) throws Exception {
        Path f = dir.resolve("s" + System.nanoTime() + ".yaml");
        Files.writeString(f, yaml);
        return ScenarioLoader.load(f, List.of(set));
    }

    @Test
    void chronicDemandByHand() throws Exception {
        Workload w = Workload.of(load(CHRONIC));
        // 40 days (warm-up and horizon) × 100 needs a day; each need makes 1 + 3 consults.
        assertEquals(4_000, w.needs(), 1e-6);
        assertEquals(16_000, w.consults(), 1e-6);
        assertEquals(0, w.admissions(), 1e-9);
        assertEquals(Workload.EVENTS_PER_CONSULT * 16_000, w.events(), 1e-6);
        // Little's law: 100/24 chains an hour × 3 gaps × 936 h = 11,700 patients between visits (no season, no beds,
        // no booking), the figure SteadyStartTest checks the model's steady start against.
        assertEquals(11_700, w.peakInSystem(), 1e-6);
        assertEquals(100.0 * 4 / 24, w.consultsPerHour(), 1e-9);
    }

    @Test
    void referralUpAndAdmissions() throws Exception {
        // Severity 2 beyond the clinic's capability 1: one more consult at the hospital; admitted there with
        // probability 0.5 (the highest of its tiers) for the ward's 4 d.
        String yaml = """
                name: up
                seed: 1
                warmup: 0 h
                horizon: 10 d
                zones: [{id: Z1, x: 0, y: 0, residents: 87600}]
                facilities:
                  - {id: C1, tier: community, zone: Z1, capability: 1, outpatient: {doctors: 20, consult_time: 10 min}}
                  - {id: H1, tier: tertiary, zone: Z1, capability: 4, outpatient: {doctors: 20, consult_time: 10 min},
                     beds: {count: 1000, length_of_stay: 4 d}}
                demand: {contacts_per_resident_year: 1}
                conditions:
                  - {id: serious, share: 1, severity: 2, admission_probability: {default: 0, tertiary: 0.5}}
                """;
        Workload w = Workload.of(load(yaml));
        // 87,600 × 1 / 8,760 = 10 needs an hour, 240 hours.
        assertEquals(2_400, w.needs(), 1e-6);
        assertEquals(2 * 2_400, w.consults(), 1e-6);
        assertEquals(0.5 * 2_400, w.admissions(), 1e-6);
        assertEquals(96, w.meanStayH(), 1e-9);
        // Nobody between follow-ups and no booking (walk-in): the peak inside is the 1,000 beds.
        assertEquals(1_000, w.peakInSystem(), 1e-6);
    }

    /**
     * The Jackson network of scenarios/validation/jackson-network.yaml solved by hand: λC = 1.62 + 0.2 λS + 0.3 λH,
     * λS = 0.81 + 0.3 λC, λH = 0.4 λC + 0.5 λS, so λH = 0.55 λC + 0.405 and λC = 1.9035 / 0.775.
     */
    @Test
    void fixedStreamsFollowTheReferralTable() throws Exception {
        Workload w = Workload.of(ScenarioLoader.load(Path.of("scenarios/validation/jackson-network.yaml")));
        double c = 1.9035 / 0.775, sec = 0.81 + 0.3 * c, h = 0.55 * c + 0.405;
        assertEquals(c, w.facilityConsultsPerHour().get("C1"), 1e-9);
        assertEquals(sec, w.facilityConsultsPerHour().get("S1"), 1e-9);
        assertEquals(h, w.facilityConsultsPerHour().get("H1"), 1e-9);
        assertEquals((c + sec + h) * 20_500, w.consults(), 1e-5);
        assertEquals((1.62 + 0.81) * 20_500, w.needs(), 1e-6);
        // Every facility serves more than it is offered (ρ < 1): nothing piles up, and nobody sits in a bed.
        assertEquals(0, w.peakInSystem(), 1e-9);
    }

    @Test
    void anUnservedStreamPilesUpForTheWholeRun() throws Exception {
        // 2 doctors × 3 an hour = 6 served an hour against 7.2 arriving: 1.2 an hour more in the queue, 10,200 h.
        Workload w = Workload.of(ScenarioLoader.load(Path.of("scenarios/validation/mmc-rho08.yaml"),
                List.of("arrivals.0.rate_per_hour=7.2")));
        assertEquals(1.2 * 10_200, w.peakInSystem(), 1e-6);
    }

    @Test
    void heapAndTimeScaleWithThreadsAndReplications() throws Exception {
        Workload w = Workload.of(load(CHRONIC));
        List<Workload> one = List.of(w);
        long h1 = Workload.peakHeapBytes(one, 5, 1), h2 = Workload.peakHeapBytes(one, 5, 2);
        assertEquals(w.inFlightBytes(), h2 - h1, "a second thread holds a second replication in flight");
        assertEquals(Workload.peakHeapBytes(one, 5, 5), Workload.peakHeapBytes(one, 5, 16), "no more in flight than replications");
        assertEquals(w.keptBytes(), Workload.peakHeapBytes(one, 6, 1) - h1, "each replication's results are kept");
        assertTrue(w.inFlightBytes() >= 11_700 * Workload.BYTES_PER_PATIENT);
        // 5 replications on 2 cores: 3 rounds of a replication's events.
        double[] t = Workload.seconds(one, 5, 4, 2);
        assertEquals(3 * w.events() / Workload.EVENTS_PER_SECOND_HIGH, t[0], 1e-9);
        assertEquals(3 * w.events() / Workload.EVENTS_PER_SECOND_LOW, t[1], 1e-9);
    }
}
