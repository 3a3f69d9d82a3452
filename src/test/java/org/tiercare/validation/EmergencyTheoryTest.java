package org.tiercare.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Emergency departments that queue, against Erlang C, Cobham's priority waits and (feeding a ward) Burke's theorem. */
class EmergencyTheoryTest {
    @TempDir
    Path tmp;

    /** Emergencies per hour in both scenarios: 14016 residents × 4 contacts a year / 8760 h. */
    private static final double LAMBDA = 14016 * 4 / 8760.0;
    private static final double MU = 2; // consults of mean 30 min
    private static final int DOCTORS = 4;

    @Test
    void triagedEmergencyDepartmentMatchesErlangCAndCobham() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/ed-mmc.yaml", tmp);
        // Equal consult times: priority reorders the queue but not its mean over all patients (FCFS Erlang C).
        double all = QueueingTheory.mmcWait(DOCTORS, LAMBDA, MU);
        run.estimate("facility", "H1", "wait_emergency_mean_h").assertContains(all, 0.05);
        double[] w = QueueingTheory.priorityWaits(DOCTORS, MU, 0.3 * LAMBDA, 0.7 * LAMBDA);
        run.estimate("facility", "H1", "wait_emergency_triage1_mean_h").assertContains(w[0], 0.05);
        run.estimate("facility", "H1", "emergency_utilization").assertContains(LAMBDA / (DOCTORS * MU), 0.02);
        assertTrue(w[0] < all && all < w[1]);
        // Paired, replication by replication: level 1 waits less than the mean, so less than level 3.
        double[] one = run.values("facility", "H1", "wait_emergency_triage1_mean_h");
        double[] mean = run.values("facility", "H1", "wait_emergency_mean_h");
        SummaryStatistics diff = new SummaryStatistics();
        for (int i = 0; i < one.length; i++) diff.addValue(mean[i] - one[i]);
        double half = new TDistribution(one.length - 1).inverseCumulativeProbability(0.975)
                * diff.getStandardDeviation() / Math.sqrt(one.length);
        assertTrue(diff.getMean() - half > 0, () -> "level 1 does not wait less: " + diff.getMean() + " +- " + half);
    }

    @Test
    void emergencyAdmissionsWaitForBedsAsBurkeSays() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/ed-ward.yaml", tmp);
        run.estimate("facility", "H1", "wait_emergency_mean_h").assertContains(QueueingTheory.mmcWait(DOCTORS, LAMBDA, MU), 0.05);
        // The department's departures are Poisson (Burke); a quarter of them ask for one of 4 beds, stays of mean 2 h.
        double admissions = 0.25 * LAMBDA;
        run.estimate("facility", "H1", "wait_admission_mean_h").assertContains(QueueingTheory.mmcWait(4, admissions, 0.5), 0.1);
        run.estimate("facility", "H1", "bed_occupancy").assertContains(admissions / (4 * 0.5), 0.02);
    }

    /**
     * Doctors on duty 08:00–20:00 only: an emergency arriving in the closed half of the day waits for the opening, on
     * average 6 h, plus one 1-minute consult for each patient who came before it that night (λ × 6 h = 3 on average,
     * 0.05 h). By day one doctor with 1-minute consults at 0.5 an hour is busy under 1 % of the time (M/D/1 wait under
     * 0.01 min). Mean wait: 0.5 × (6 + 0.05) = 3.025 h, up to well under a minute.
     */
    @Test
    void emergenciesArrivingOffDutyWaitForTheDoctors() throws Exception {
        Path file = tmp.resolve("ed-hours.yaml");
        Files.writeString(file, """
                name: ED open by day
                seed: 77
                replications: 10
                warmup: 10 d
                horizon: 2000 d
                zones: [{id: Z1, x: 0, y: 0, residents: 1095}]
                facilities:
                  - id: H1
                    tier: secondary
                    zone: Z1
                    emergency: true
                    emergency_department:
                      doctors: 1
                      consult_time: 1 min
                      hours: [{days: daily, open: "08:00", close: "20:00"}]
                demand: {contacts_per_resident_year: 4}
                conditions:
                  - {id: e, share: 1, severity: 3, emergency: true}
                """);
        ScenarioRun run = ScenarioRun.of(file.toString(), tmp);
        run.estimate("facility", "H1", "wait_emergency_mean_h").assertContains(0.5 * (6 + 3 / 60.0), 0.02);
    }
}
