package org.tiercare.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiercare.dist.Distribution;
import org.tiercare.dist.Sampler;
import org.tiercare.engine.Resource;
import org.tiercare.engine.Simulation;
import org.tiercare.random.RandomStreams;
import org.tiercare.stats.Tally;

/**
 * Throughput of the engine on an M/M/10 queue at rho = 0.9 (arrivals 9/h, exponential consults of
 * mean 1 h), built exactly as a model builds it: Simulation + Resource + Exponential samplers on named
 * streams, one closure per patient. Prints the simulated mean wait next to queueing theory so a reader
 * can see the run did real work. Not a test: run {@code java -cp target/tiercare.jar
 * org.tiercare.bench.EngineBenchmark [mmc|mmc-priority|all] [patients]}.
 */
public final class EngineBenchmark {
    static final int SERVERS = 10;
    static final double ARRIVAL_RATE = 9.0;
    static final double SERVICE_MEAN = 1.0;
    /** Share of arrivals in the high-priority class (referred patients) in {@code mmc-priority}. */
    static final double REFERRED_SHARE = 0.3;

    public record Check(String label, double simulated, double theory) {}

    public record Result(String workload, long patients, long events, double wallSeconds, double eventsPerSecond,
                         double peakHeapMiB, List<Check> checks) {
        /** Mean wait over all patients, hours. */
        public double meanWait() { return checks.get(0).simulated(); }
    }

    private EngineBenchmark() {}

    public static Result run(String workload, long patients) {
        boolean priority = switch (workload) {
            case "mmc" -> false;
            case "mmc-priority" -> true;
            default -> throw new IllegalArgumentException("unknown workload " + workload + " (mmc, mmc-priority)");
        };
        System.gc();
        List<MemoryPoolMXBean> heap = heapPools();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();

        Queue q = new Queue(new RandomStreams(12345, 1), priority, patients);
        q.start();
        q.sim.runUntil(Double.POSITIVE_INFINITY);

        double wall = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : heap) peak += p.getPeakUsage().getUsed();
        long events = q.sim.eventsFired();
        return new Result(workload, patients, events, wall, events / wall, peak / (1024.0 * 1024.0), q.checks());
    }

    /** The model: one or two Poisson arrival streams into one Resource with priority classes. */
    private static final class Queue {
        final Simulation sim = new Simulation();
        final Resource doctors;
        final Sampler consult;
        final Sampler[] arrivals;
        final double[] rates;
        final Tally all = new Tally(false);
        final Tally[] byClass;
        final long patients;
        long arrived;

        Queue(RandomStreams streams, boolean priority, long patients) {
            this.patients = patients;
            rates = priority ? new double[] {ARRIVAL_RATE * REFERRED_SHARE, ARRIVAL_RATE * (1 - REFERRED_SHARE)}
                             : new double[] {ARRIVAL_RATE};
            doctors = new Resource(sim, SERVERS, rates.length);
            consult = new Distribution.Exponential(SERVICE_MEAN).sampler(streams.stream("consult"));
            arrivals = new Sampler[rates.length];
            byClass = new Tally[rates.length];
            for (int k = 0; k < rates.length; k++) {
                arrivals[k] = new Distribution.Exponential(1 / rates[k]).sampler(streams.stream("arrivals/" + k));
                byClass[k] = sim.register(new Tally(false));
            }
            sim.register(all);
        }

        void start() {
            for (int k = 0; k < rates.length; k++) scheduleArrival(k);
        }

        private void scheduleArrival(int k) {
            sim.schedule(arrivals[k].sample(), () -> arrive(k));
        }

        private void arrive(int k) {
            if (arrived >= patients) return; // the other class's stream stops too once N have come
            arrived++;
            double at = sim.now();
            doctors.request(k, () -> {
                double wait = sim.now() - at;
                all.add(wait);
                byClass[k].add(wait);
                sim.schedule(consult.sample(), () -> doctors.release(k));
            });
            if (arrived < patients) scheduleArrival(k);
        }

        List<Check> checks() {
            double c = erlangC(SERVERS, ARRIVAL_RATE * SERVICE_MEAN);
            double cmu = SERVERS / SERVICE_MEAN;
            List<Check> out = new ArrayList<>();
            out.add(new Check("wait", all.mean(), c / (cmu - ARRIVAL_RATE)));
            if (rates.length > 1) {
                // Non-preemptive priority, equal service rates (Cobham): W_k = (C / c mu) / ((1 - s_{k-1})(1 - s_k)).
                double sigmaBefore = 0;
                for (int k = 0; k < rates.length; k++) {
                    double sigma = sigmaBefore + rates[k] / cmu;
                    out.add(new Check("wait class " + k, byClass[k].mean(), (c / cmu) / ((1 - sigmaBefore) * (1 - sigma))));
                    sigmaBefore = sigma;
                }
            }
            return out;
        }
    }

    /** Probability of waiting in M/M/c with offered load {@code a} = lambda / mu, via the Erlang B recursion. */
    static double erlangC(int c, double a) {
        double b = 1;
        for (int k = 1; k <= c; k++) b = a * b / (k + a * b);
        double rho = a / c;
        return b / (1 - rho * (1 - b));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) pools.add(p);
        }
        return pools;
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "all";
        long patients = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        List<String> workloads = which.equals("all") ? List.of("mmc", "mmc-priority") : List.of(which);
        // Let the JIT compile the hot path before anything is timed.
        for (String w : workloads) run(w, Math.min(patients, 1_000_000L));

        System.out.printf(Locale.ROOT, "%-13s %12s %12s %8s %10s %9s  %s%n",
                "workload", "patients", "events", "wall s", "events/s", "heap MiB", "simulated vs theory (h)");
        for (String w : workloads) {
            Result r = run(w, patients);
            StringBuilder checks = new StringBuilder();
            for (Check c : r.checks()) {
                checks.append(String.format(Locale.ROOT, "%s %.4f vs %.4f  ", c.label(), c.simulated(), c.theory()));
            }
            System.out.printf(Locale.ROOT, "%-13s %12d %12d %8.2f %9.2fM %9.1f  %s%n", r.workload(), r.patients(),
                    r.events(), r.wallSeconds(), r.eventsPerSecond() / 1e6, r.peakHeapMiB(), checks.toString().trim());
        }
    }
}
