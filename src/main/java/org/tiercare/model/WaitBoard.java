package org.tiercare.model;

import java.util.List;
import org.tiercare.engine.Simulation;

/**
 * What patients believe about waiting times: each facility's mean consult wait over the last day,
 * published with a delay (hearsay, apps, the news), so that choice reacts to queues with the lag
 * it has in life. Kept apart from the measures, which the warm-up resets.
 */
final class WaitBoard {
    private final List<Facility> facilities;
    private final double[] daySum;
    private final long[] dayCount;
    private final double[][] history;
    private final int delayDays;
    private int day;

    WaitBoard(Simulation sim, List<Facility> facilities, double delayH, Runnable onPublish) {
        this.facilities = facilities;
        int n = facilities.size();
        daySum = new double[n];
        dayCount = new long[n];
        delayDays = Math.max(0, (int) Math.round(delayH / 24));
        history = new double[delayDays + 1][n];
        for (double[] h : history) java.util.Arrays.fill(h, Double.NaN);
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            close();
            onPublish.run();
            sim.schedule(24, -2, tick[0]);
        };
        sim.schedule(24, -2, tick[0]);
    }

    void observe(int facility, double wait) {
        daySum[facility] += wait;
        dayCount[facility]++;
    }

    private void close() {
        double[] today = history[day % history.length];
        for (int f = 0; f < today.length; f++) {
            // A day without consults keeps the last known figure.
            if (dayCount[f] > 0) today[f] = daySum[f] / dayCount[f];
            else today[f] = history[(day + history.length - 1) % history.length][f];
            daySum[f] = 0;
            dayCount[f] = 0;
        }
        day++;
    }

    /** Mean waits as patients know them now: measured {@code delayDays} ago. */
    double[] published() {
        return history[(day + history.length - 1 - delayDays) % history.length].clone();
    }
}
