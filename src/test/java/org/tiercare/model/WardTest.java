package org.tiercare.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.dist.Distribution;
import org.tiercare.engine.Simulation;
import org.tiercare.scenario.BedSpec;
import org.tiercare.scenario.PatientSource;
import org.tiercare.scenario.ReservationSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.WhenFull;

/**
 * Ward: beds in use, waiting versus diversion when full, beds reserved for referrals, referred-first admission,
 * the wait for a bed by patient source and the time spent at each occupancy.
 */
class WardTest {
    private static final String YAML = """
            name: ward fixture
            horizon: 1 d
            facilities:
              - {id: W1, tier: secondary, beds: {count: 2, length_of_stay: 5 h}}
            arrivals:
              - {facility: W1, rate_per_hour: 1, entry: admission}
            """;

    @TempDir
    Path dir;
    private Simulation sim;
    private Facility facility;

    @BeforeEach
    void setUp() throws Exception {
        Scenario s = ModelFixtures.scenario(dir, YAML);
        // The model is only there for the pathway a discharge or a diversion reports to; its own clock never runs.
        facility = new Facility(s.facilities().get(0), ModelFixtures.model(s), 0);
        sim = new Simulation();
    }

    private Ward ward(int beds, WhenFull whenFull, boolean referredFirst, ReservationSpec reservation) {
        return new Ward(sim, facility, new BedSpec(beds, new Distribution.Deterministic(5), whenFull, referredFirst), reservation);
    }

    private static ReservationSpec reserveBeds(double share) {
        return new ReservationSpec(0, share, 0, 0, false);
    }

    private static Patient self() { return new Patient(PatientSource.SELF, null, -1, -1, 0); }

    private static Patient referred() { return new Patient(PatientSource.REFERRED, null, -1, -1, 0); }

    private Measures m() { return facility.measures; }

    @Test
    void bedsAreHeldForTheStayThenReleased() {
        Ward w = ward(3, WhenFull.WAIT, false, ReservationSpec.NONE);
        w.admit(self(), 4);
        w.admit(self(), 6);
        assertEquals(2, w.beds.inUse());
        assertEquals(0, w.beds.waiting());
        assertEquals(2, w.inside());
        assertEquals(2, m().admissionRequests);
        assertEquals(2, m().admissions);
        sim.runUntil(5); // the 4 h stay ended at 4
        assertEquals(1, w.beds.inUse());
        assertEquals(1, m().lengthOfStay.count());
        sim.runUntil(7); // the 6 h stay ended at 6
        assertEquals(0, w.inside());
        assertEquals(5.0, m().lengthOfStay.mean(), 1e-12, "(4 + 6) / 2");
    }

    @Test
    void whenFullAndWaitingThePatientQueuesForTheNextBed() {
        Ward w = ward(2, WhenFull.WAIT, false, ReservationSpec.NONE);
        w.admit(self(), 3);
        w.admit(self(), 8);
        w.admit(self(), 1); // both beds taken: waits
        assertEquals(2, w.beds.inUse());
        assertEquals(1, w.beds.waiting());
        assertEquals(3, w.inside());
        assertEquals(2, m().admissions);
        sim.runUntil(3.5); // the 3 h stay ends at 3: the waiting patient takes that bed
        assertEquals(0, w.beds.waiting());
        assertEquals(3, m().admissions);
        assertEquals(0, m().diverted);
        // Admission waits 0, 0 and 3 h: mean 1 h.
        assertEquals(1.0, m().waitAdmission.mean(), 1e-12);
        sim.runUntil(4.5); // admitted at 3 for 1 h: out at 4
        assertEquals(1, w.beds.inUse());
    }

    /**
     * Two beds. At 0: A (self, 3 h) and B (referred, 8 h) get beds, C (referred, 1 h) waits until A leaves at 3,
     * stays to 4; B leaves at 8. Beds in use: 2 on [0, 4), 1 on [4, 8), 0 on [8, 10).
     */
    @Test
    void waitsAreCountedBySourceAndOccupancyByTime() {
        Ward w = ward(2, WhenFull.WAIT, false, ReservationSpec.NONE);
        w.admit(self(), 3);
        w.admit(referred(), 8);
        w.admit(referred(), 1);
        sim.runUntil(10);
        assertEquals(3, m().admissions);
        assertEquals(1, m().admissionsWaited, "only C waited");
        assertEquals(1.5, m().waitAdmissionReferred.mean(), 1e-12, "B 0 h, C 3 h");
        assertEquals(0.0, m().waitAdmissionSelf.mean(), 1e-12);
        assertEquals(2, m().waitAdmissionReferred.count());
        assertArrayEquals(new double[] {2, 4, 4}, w.occupancy.hoursAt(10), 1e-12,
                "the bed A left at 3 was taken by C at the same instant: no time at 1 bed then");
        m().hasBeds = true; // set by Facility.finish at the end of a run
        var indicators = m().indicators();
        assertEquals(1.0 / 3, indicators.get("admission_waited_share"), 1e-12);
        assertEquals(1.5, indicators.get("wait_admission_referred_mean_h"), 1e-12);
        assertEquals(0.0, indicators.get("wait_admission_self_mean_h"), 1e-12);
        assertEquals(0.0, indicators.get("wait_admission_p50_h"), 1e-12, "waits 0, 0, 3: median 0");
        // Quantiles come from a 3-significant-digit histogram: within a few thousandths of an hour.
        assertEquals(3.0, indicators.get("wait_admission_p90_h"), 0.005);
    }

    @Test
    void whenFullAndDivertingThePatientIsLost() {
        Ward w = ward(2, WhenFull.DIVERT, false, ReservationSpec.NONE);
        w.admit(self(), 5);
        w.admit(self(), 5);
        w.admit(self(), 5);
        assertEquals(2, w.beds.inUse());
        assertEquals(0, w.beds.waiting(), "a diverted patient does not queue");
        assertEquals(2, w.inside());
        assertEquals(3, m().admissionRequests);
        assertEquals(2, m().admissions);
        assertEquals(1, m().diverted);
        assertEquals(1, m().unserved);
        sim.runUntil(5); // both out at 5: a new patient gets a bed
        w.admit(self(), 5);
        assertEquals(1, w.beds.inUse());
        assertEquals(1, m().diverted);
    }

    @Test
    void reservedBedsAreNeverHeldBySelfPresentingPatients() {
        // 4 beds, share 1/4 → round(1) = 1 reserved: self-presenting patients hold at most 3.
        Ward w = ward(4, WhenFull.WAIT, false, reserveBeds(0.25));
        for (int i = 0; i < 4; i++) w.admit(self(), 5);
        assertEquals(3, w.beds.inUse());
        assertEquals(1, w.beds.waiting(), "the 4th self-presenting patient waits although a bed is free");
        w.admit(referred(), 5); // the reserved bed goes to a referred patient, past the waiting one
        assertEquals(4, w.beds.inUse());
        assertEquals(1, w.beds.waiting());
    }

    @Test
    void reservedBedsWithDiversionTurnAwaySelfPresentingPatients() {
        // 6 beds, share 1/2 → 3 reserved; self-presenting patients hold at most 3.
        Ward w = ward(6, WhenFull.DIVERT, false, reserveBeds(0.5));
        for (int i = 0; i < 4; i++) w.admit(self(), 5);
        assertEquals(3, w.beds.inUse());
        assertEquals(1, m().diverted);
        for (int i = 0; i < 3; i++) w.admit(referred(), 5);
        assertEquals(6, w.beds.inUse());
        assertEquals(1, m().diverted);
    }

    @Test
    void aShareRoundingToZeroBedsReservesNothing() {
        // 4 beds × 0.1 = 0.4 → round to 0 reserved: all 4 beds open to self-presenting patients.
        Ward w = ward(4, WhenFull.WAIT, false, reserveBeds(0.1));
        for (int i = 0; i < 4; i++) w.admit(self(), 5);
        assertEquals(4, w.beds.inUse());
        assertEquals(0, w.beds.waiting());
    }

    /**
     * One bed. At 0: A (self, 10 h) is admitted, B (self, 100 h) waits, then C (referred, 1 h) waits.
     * Referred first: C gets the bed at 10 (wait 10), leaves at 11, then B (wait 11): longest wait 11 h.
     * First come first served: B gets it at 10 (wait 10) and keeps it; C is still waiting at 11.5.
     */
    private double longestAdmissionWait(boolean bedsReferredFirst, ReservationSpec reservation) {
        Ward w = ward(1, WhenFull.WAIT, bedsReferredFirst, reservation);
        w.admit(self(), 10);
        w.admit(self(), 100);
        w.admit(referred(), 1);
        sim.runUntil(11.5);
        return m().waitAdmission.max();
    }

    @Test
    void referredFirstAdmitsReferredPatientsAheadOfEarlierSelfPresentingOnes() {
        assertEquals(11.0, longestAdmissionWait(true, ReservationSpec.NONE), 1e-12);
        assertEquals(2, m().lengthOfStay.count(), "A and C discharged by 11.5");
    }

    @Test
    void referredFirstMayComeFromTheReservation() {
        assertEquals(11.0, longestAdmissionWait(false, new ReservationSpec(0, 0, 0, 0, true)), 1e-12);
    }

    @Test
    void withoutReferredFirstAdmissionIsFirstComeFirstServed() {
        assertEquals(10.0, longestAdmissionWait(false, ReservationSpec.NONE), 1e-12);
        assertEquals(1, m().lengthOfStay.count(), "only A discharged; B holds the bed");
    }
}
