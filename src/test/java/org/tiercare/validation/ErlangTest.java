package org.tiercare.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator against Erlang C (M/M/c clinics), Erlang B (M/M/c/c ward) and Little's law, run
 * through the normal scenario path. The scenarios live in scenarios/validation/ for anyone to re-run.
 */
class ErlangTest {
    @TempDir
    Path tmp;

    @Test
    void theoryFormulasMatchTextbookValues() {
        // Sanity of the reference itself (values from standard Erlang tables).
        assertEquals(0.1197, QueueingTheory.erlangB(12, 10), 5e-4);
        assertEquals(0.7625, QueueingTheory.erlangC(5, 4.5), 5e-4);
        assertEquals(0.7111, QueueingTheory.erlangC(2, 1.6), 5e-4);
    }

    @Test
    void mm5ClinicAtRho09MatchesErlangC() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/mmc-rho09.yaml", tmp);
        double wq = QueueingTheory.mmcWait(5, 4.5, 1.0);
        run.estimate("facility", "C1", "wait_consult_mean_h").assertContains(wq, 0.05);
        run.estimate("facility", "C1", "outpatient_utilization").assertContains(0.9, 0.05);
        assertLittlesLaw(run, 4.5);
    }

    @Test
    void mm2ClinicAtRho08MatchesErlangC() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/mmc-rho08.yaml", tmp);
        double wq = QueueingTheory.mmcWait(2, 4.8, 3.0);
        run.estimate("facility", "C1", "wait_consult_mean_h").assertContains(wq, 0.05);
        run.estimate("network", "all", "wait_consult_mean_h").assertContains(wq, 0.05);
        assertLittlesLaw(run, 4.8);
    }

    @Test
    void wardAsLossSystemMatchesErlangB() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/mmcc-ward.yaml", tmp);
        double a = 2 * 5.0;
        double b = QueueingTheory.erlangB(12, a);
        run.estimate("facility", "W1", "admissions_diverted_share").assertContains(b, 0.05);
        run.estimate("facility", "W1", "bed_occupancy").assertContains(a * (1 - b) / 12, 0.05);
        run.estimate("facility", "W1", "length_of_stay_mean_h").assertContains(5.0, 0.05);
    }

    /**
     * Little's law L_q = lambda W_q: the time-average queue length against the known arrival rate
     * times the simulated mean wait, both from the same replications.
     */
    private static void assertLittlesLaw(ScenarioRun run, double lambda) {
        double[] queue = run.values("facility", "C1", "consult_queue_mean");
        double[] wait = run.values("facility", "C1", "wait_consult_mean_h");
        assertTrue(queue.length >= 10, "need replications");
        double[] diff = new double[queue.length];
        for (int i = 0; i < queue.length; i++) diff[i] = queue[i] - lambda * wait[i];
        var stats = new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
        for (double d : diff) stats.addValue(d);
        double t = new org.apache.commons.math3.distribution.TDistribution(diff.length - 1).inverseCumulativeProbability(0.975);
        double half = t * stats.getStandardDeviation() / Math.sqrt(diff.length);
        double lq = run.estimate("facility", "C1", "consult_queue_mean").mean();
        // lambda is the true rate, so the difference carries the arrival-count noise: its interval must contain 0.
        assertTrue(Math.abs(stats.getMean()) <= half,
                () -> "Little's law: L_q - lambda W_q = " + stats.getMean() + " +- " + half + " (L_q = " + lq + ")");
        assertTrue(half < 0.05 * lq, () -> "Little's law interval too wide: " + half + " vs L_q " + lq);
    }
}
