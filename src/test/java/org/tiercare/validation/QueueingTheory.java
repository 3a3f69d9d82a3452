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

    /** Mean wait in queue of M/M/c. */
    static double mmcWait(int c, double lambda, double mu) {
        double a = lambda / mu;
        return erlangC(c, a) / (c * mu - lambda);
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
