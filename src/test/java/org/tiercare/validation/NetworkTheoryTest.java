package org.tiercare.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Jackson network with feedback and non-preemptive priority, against product form and Cobham. */
class NetworkTheoryTest {
    @TempDir
    Path tmp;

    @Test
    void jacksonNetworkWithFeedbackMatchesProductForm() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/jackson-network.yaml", tmp);
        // Traffic equations lambda = gamma + P^T lambda, with P as in the scenario's referral table.
        RealMatrix p = new Array2DRowRealMatrix(new double[][] {{0, 0.3, 0.4}, {0.2, 0, 0.5}, {0.3, 0, 0}});
        RealVector gamma = new ArrayRealVector(new double[] {1.62, 0.81, 0});
        RealVector lambda = new LUDecomposition(MatrixUtils.createRealIdentityMatrix(3).subtract(p.transpose()))
                .getSolver().solve(gamma);
        String[] ids = {"C1", "S1", "H1"};
        int[] doctors = {3, 2, 4};
        double[] mu = {1, 1, 0.6};
        for (int i = 0; i < 3; i++) {
            double wq = QueueingTheory.mmcWait(doctors[i], lambda.getEntry(i), mu[i]);
            run.estimate("facility", ids[i], "wait_consult_mean_h").assertContains(wq, 0.05);
            run.estimate("facility", ids[i], "outpatient_utilization")
                    .assertContains(lambda.getEntry(i) / (doctors[i] * mu[i]), 0.05);
            assertLittle(run, ids[i], lambda.getEntry(i));
        }
    }

    @Test
    void referredFirstPriorityMatchesCobham() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/priority-mmc.yaml", tmp);
        double[] w = QueueingTheory.priorityWaits(5, 1.0, 1.5, 2.5);
        run.estimate("facility", "H1", "wait_consult_referred_mean_h").assertContains(w[0], 0.05);
        run.estimate("facility", "H1", "wait_consult_self_mean_h").assertContains(w[1], 0.05);
        // Non-preemptive priority with equal service times does not change the mean over all patients.
        run.estimate("facility", "H1", "wait_consult_mean_h").assertContains(QueueingTheory.mmcWait(5, 4.0, 1.0), 0.05);
        assertTrue(w[0] < w[1]);
    }

    /**
     * Little's law per facility, L_q = lambda W_q, on the paired difference: per replication, the time-average queue
     * minus the true arrival rate times that replication's mean wait. Queue and wait of one replication move
     * together, so adding their two half-widths (as this test once did) allowed a gap 15 to 26 times the paired
     * half-width; the paired difference's 95 % interval must contain 0 and be narrow next to L_q.
     */
    private static void assertLittle(ScenarioRun run, String id, double lambda) {
        double[] queue = run.values("facility", id, "consult_queue_mean");
        double[] wait = run.values("facility", id, "wait_consult_mean_h");
        assertTrue(queue.length >= 10 && queue.length == wait.length, "need paired replications");
        SummaryStatistics diff = new SummaryStatistics();
        for (int i = 0; i < queue.length; i++) diff.addValue(queue[i] - lambda * wait[i]);
        double t = new TDistribution(queue.length - 1).inverseCumulativeProbability(0.975);
        double half = t * diff.getStandardDeviation() / Math.sqrt(queue.length);
        double lq = run.estimate("facility", id, "consult_queue_mean").mean();
        assertTrue(Math.abs(diff.getMean()) <= half,
                () -> id + ": L_q - lambda W_q = " + diff.getMean() + " +- " + half + " (L_q = " + lq + ")");
        assertTrue(half < 0.05 * lq, () -> id + ": Little's law interval too wide: " + half + " vs L_q " + lq);
    }
}
