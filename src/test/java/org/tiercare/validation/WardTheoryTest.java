package org.tiercare.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bed-side outputs against queueing theory, run through the normal scenario path: the occupancy
 * distribution of occupancy.csv against the truncated Poisson of the Erlang loss ward, and the wait for a
 * bed of a ward that queues (its mean by patient source, the share who wait, its median and 90th
 * percentile) against Erlang C's waiting-time distribution and, with referred-first admission, Cobham.
 */
class WardTheoryTest {
    @TempDir
    Path tmp;

    @Test
    void theoryFormulasAgreeWithEachOther() {
        // The loss system's probability of all c beds taken is Erlang B; the shares add up to 1.
        assertEquals(QueueingTheory.erlangB(12, 10), QueueingTheory.lossSystemOccupancy(12, 10, 12), 1e-12);
        double sum = 0;
        for (int n = 0; n <= 12; n++) sum += QueueingTheory.lossSystemOccupancy(12, 10, n);
        assertEquals(1.0, sum, 1e-12);
        // The wait quantile solves P(W > t) = 1 - p.
        double t = QueueingTheory.mmcWaitQuantile(3, 0.48, 0.2, 0.9);
        assertEquals(0.1, QueueingTheory.erlangC(3, 2.4) * Math.exp(-(3 * 0.2 - 0.48) * t), 1e-12);
        assertEquals(0.0, QueueingTheory.mmcWaitQuantile(3, 0.48, 0.2, 0.3), "most patients do not wait: median 0");
    }

    /**
     * M/M/12/12, a = 10 erlangs: the time share with exactly n beds in use is (a^n / n!) / sum_{k <= 12} a^k / k!.
     * n = 8, 10 and 12 span the bulk and the top (n = 12 is Erlang B seen from the time side, where
     * admissions_diverted_share sees it from the arrivals' side); n = 4 checks a thin lower tail.
     */
    @Test
    void lossWardOccupancyIsTruncatedPoisson() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/mmcc-ward.yaml", tmp);
        for (int n : new int[] {8, 10, 12}) {
            run.occupancy("W1", n, "time_share").assertContains(QueueingTheory.lossSystemOccupancy(12, 10, n), 0.05);
        }
        run.occupancy("W1", 4, "time_share").assertContains(QueueingTheory.lossSystemOccupancy(12, 10, 4), 0.15);
        double atLeast10 = 0;
        for (int n = 10; n <= 12; n++) atLeast10 += QueueingTheory.lossSystemOccupancy(12, 10, n);
        run.occupancy("W1", 10, "p_at_least").assertContains(atLeast10, 0.05);
        assertEveryReplicationIsADistribution(run, "W1", 12);
    }

    /**
     * M/M/3 that queues, a = 2.4, FCFS over two sources: by PASTA both sources wait as long as everyone,
     * W_q = C / (c mu - lambda); the share who wait is C(3, 2.4); the median and 90th percentile solve
     * C e^{-(c mu - lambda) t} = 1 - p. All three beds are in use exactly when someone would have to wait,
     * so the time share of n = 3 is C as well.
     */
    @Test
    void queueingWardWaitsFollowErlangC() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/mmc-ward-wait.yaml", tmp);
        int c = 3;
        double lambda = 0.48, mu = 0.2;
        double erlangC = QueueingTheory.erlangC(c, lambda / mu);
        double wq = QueueingTheory.mmcWait(c, lambda, mu);
        run.estimate("facility", "W1", "wait_admission_mean_h").assertContains(wq, 0.05);
        run.estimate("facility", "W1", "wait_admission_referred_mean_h").assertContains(wq, 0.05);
        run.estimate("facility", "W1", "wait_admission_self_mean_h").assertContains(wq, 0.05);
        run.estimate("facility", "W1", "admission_waited_share").assertContains(erlangC, 0.05);
        run.estimate("facility", "W1", "wait_admission_p50_h").assertContains(QueueingTheory.mmcWaitQuantile(c, lambda, mu, 0.5), 0.05);
        run.estimate("facility", "W1", "wait_admission_p90_h").assertContains(QueueingTheory.mmcWaitQuantile(c, lambda, mu, 0.9), 0.05);
        run.occupancy("W1", c, "time_share").assertContains(erlangC, 0.05);
        run.occupancy("W1", 1, "time_share").assertContains(QueueingTheory.mmcEmptyProbability(c, lambda / mu) * lambda / mu, 0.05);
        // The network scope merges the one ward: the same numbers, the quantiles through merged histograms.
        run.estimate("network", "all", "wait_admission_p90_h").assertContains(QueueingTheory.mmcWaitQuantile(c, lambda, mu, 0.9), 0.05);
        assertEveryReplicationIsADistribution(run, "W1", c);
    }

    /** The same ward admitting referred patients first: each source's mean wait follows Cobham's formula. */
    @Test
    void referredFirstWardWaitsFollowCobham() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/mmc-ward-wait.yaml", tmp, "facilities.W1.beds.referred_first=true");
        double[] w = QueueingTheory.priorityWaits(3, 0.2, 0.18, 0.30);
        run.estimate("facility", "W1", "wait_admission_referred_mean_h").assertContains(w[0], 0.05);
        run.estimate("facility", "W1", "wait_admission_self_mean_h").assertContains(w[1], 0.05);
        // Priority does not change who waits at all, only in which order.
        run.estimate("facility", "W1", "admission_waited_share").assertContains(QueueingTheory.erlangC(3, 2.4), 0.05);
        assertTrue(w[0] < w[1]);
    }

    /**
     * In every replication the time shares of n = 0..c add up to 1, P(≥ n) falls with n from P(≥ 0) = 1, and
     * the distribution's mean is the replication's beds_occupied_mean (two ways of measuring the same time).
     */
    private static void assertEveryReplicationIsADistribution(ScenarioRun run, String facility, int beds) {
        double[] occupiedMean = run.values("facility", facility, "beds_occupied_mean");
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, Double> previous = new TreeMap<>();
        int rows = 0;
        for (Map<String, String> r : run.occupancy) {
            if (!r.get("facility").equals(facility)) continue;
            rows++;
            String rep = r.get("variant") + "/" + r.get("replication");
            int n = Integer.parseInt(r.get("beds_in_use"));
            double atLeast = Double.parseDouble(r.get("p_at_least"));
            if (n == 0) assertEquals(1.0, atLeast, 0.0, rep);
            else assertTrue(atLeast <= previous.get(rep), () -> rep + ": P(>= " + n + ") rises");
            previous.put(rep, atLeast);
            double share = Double.parseDouble(r.get("time_share"));
            double[] sum = sums.computeIfAbsent(rep, k -> new double[2]);
            sum[0] += share;
            sum[1] += n * share;
        }
        assertEquals(sums.size() * (beds + 1), rows, "one row per n = 0.." + beds + " per replication");
        assertEquals(occupiedMean.length, sums.size(), "one distribution per replication");
        sums.forEach((rep, s) -> {
            assertEquals(1.0, s[0], 1e-9, rep);
            int replication = Integer.parseInt(rep.substring(rep.indexOf('/') + 1));
            assertEquals(occupiedMean[replication - 1], s[1], 1e-9 * beds, rep + ": mean of the distribution");
        });
    }
}
