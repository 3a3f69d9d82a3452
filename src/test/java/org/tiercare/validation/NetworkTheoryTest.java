package org.tiercare.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
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

    /** Little's law per facility: time-average queue = arrival rate × mean wait, within the interval. */
    private static void assertLittle(ScenarioRun run, String id, double lambda) {
        var lq = run.estimate("facility", id, "consult_queue_mean");
        var wq = run.estimate("facility", id, "wait_consult_mean_h");
        double predicted = lambda * wq.mean();
        double tolerance = lq.halfWidth() + lambda * wq.halfWidth();
        assertTrue(Math.abs(lq.mean() - predicted) <= tolerance,
                () -> id + ": L_q " + lq.mean() + " vs lambda W_q " + predicted + " (tolerance " + tolerance + ")");
    }
}
