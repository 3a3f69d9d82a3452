package org.tiercare.validation;

/** Closed-form queueing results the simulator is checked against. */
final class QueueingTheory {
    private QueueingTheory() {}

    /** Erlang B blocking probability for c servers and offered load a (erlangs), by the stable recursion. */
    static double erlangB(int c, double a) {
        double b = 1;
        for (int k = 1; k <= c; k++) b = a * b / (k + a * b);
        return b;
    }

    /** Erlang C probability of waiting for c servers and offered load a = lambda / mu (a < c). */
    static double erlangC(int c, double a) {
        double b = erlangB(c, a);
        double rho = a / c;
        return b / (1 - rho * (1 - b));
    }

    /** P(0 in system) of M/M/c with offered load a < c; P(n) = P(0) a^n / n! for n < c. */
    static double mmcEmptyProbability(int c, double a) {
        double term = 1, sum = 1;
        for (int k = 1; k < c; k++) {
            term *= a / k;
            sum += term;
        }
        term *= a / c; // a^c / c!
        return 1 / (sum + term / (1 - a / c));
    }

    /** Mean wait in queue of M/M/c. */
    static double mmcWait(int c, double lambda, double mu) {
        double a = lambda / mu;
        return erlangC(c, a) / (c * mu - lambda);
    }

    /**
     * The p-quantile of the wait in queue of M/M/c (FCFS), zero included for those who do not wait:
     * P(W > t) = C(c, a) e^{-(c mu - lambda) t}, so t_p = ln(C / (1 - p)) / (c mu - lambda) when C > 1 - p, else 0.
     */
    static double mmcWaitQuantile(int c, double lambda, double mu, double p) {
        double waitProbability = erlangC(c, lambda / mu);
        if (waitProbability <= 1 - p) return 0;
        return Math.log(waitProbability / (1 - p)) / (c * mu - lambda);
    }

    /**
     * Stationary probability of n busy servers in the Erlang loss system M/M/c/c with offered load a: the
     * truncated Poisson (a^n / n!) / sum_{k <= c} a^k / k!, computed by ratios (no factorials to overflow).
     */
    static double lossSystemOccupancy(int c, double a, int n) {
        double term = 1, sum = 1, at = n == 0 ? 1 : 0;
        for (int k = 1; k <= c; k++) {
            term *= a / k;
            sum += term;
            if (k == n) at = term;
        }
        return at / sum;
    }

    /**
     * Mean waits of non-preemptive priority classes in M/M/c with a common service rate (Cobham):
     * W_k = C(c, a) / (c mu) / ((1 - sigma_{k-1}) (1 - sigma_k)), sigma_k = sum of rho_i for classes i <= k.
     */
    static double[] priorityWaits(int c, double mu, double... lambdas) {
        double total = 0;
        for (double l : lambdas) total += l;
        double w0 = erlangC(c, total / mu) / (c * mu);
        double[] w = new double[lambdas.length];
        double sigmaPrev = 0;
        for (int k = 0; k < lambdas.length; k++) {
            double sigma = sigmaPrev + lambdas[k] / (c * mu);
            w[k] = w0 / ((1 - sigmaPrev) * (1 - sigma));
            sigmaPrev = sigma;
        }
        return w;
    }
}
