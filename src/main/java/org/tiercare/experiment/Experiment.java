package org.tiercare.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.tiercare.model.Model;
import org.tiercare.model.RunDetail;
import org.tiercare.model.ScopeResult;
import org.tiercare.random.RandomStreams;
import org.tiercare.report.MetricRow;
import org.tiercare.scenario.Scenario;

/**
 * Independent replications of one scenario variant, in parallel. Replication r always uses the
 * streams of (seed, r), whichever thread runs it and whatever the variant, so results do not depend
 * on the thread count and variants share random numbers (common random numbers).
 */
public final class Experiment {
    /** Steps each replication reports to the progress listener. */
    public static final int PROGRESS_STEPS = 50;

    /** Called from worker threads: one step of one replication's simulated time is done. */
    public interface Progress {
        void step();

        /**
         * Called on the study's thread once no more replications will run and files are about to be written: an
         * interrupt after this would break the writing (NIO channels refuse interrupted threads), so a listener
         * that interrupts on Ctrl-C stops doing so here.
         */
        default void simulationDone() {}
    }

    /**
     * Rows in replication order; {@code completed} < requested when the run was interrupted (the
     * finished replications are 1..completed); {@code details} holds each finished replication's time
     * series and flows, in order.
     */
    public record Outcome(List<MetricRow> rows, int completed, long events, List<RunDetail> details) {
        /** Replication 1's detail, or null. */
        public RunDetail detail() { return details.isEmpty() ? null : details.get(0); }
    }

    private record Replication(List<MetricRow> rows, RunDetail detail) {}

    private Experiment() {}

    public static Outcome run(Scenario scenario, String variant, int replications, int threads, Progress progress)
            throws InterruptedException {
        return run(scenario, variant, 1, replications, threads, progress);
    }

    /**
     * Replications {@code first} … {@code first + count − 1} (each on the streams of its own number, so a batch
     * added later draws exactly what it would have drawn in one long run).
     */
    public static Outcome run(Scenario scenario, String variant, int first, int count, int threads, Progress progress)
            throws InterruptedException {
        List<Integer> numbers = new ArrayList<>();
        for (int r = first; r < first + count; r++) numbers.add(r);
        return run(scenario, variant, numbers, threads, progress);
    }

    /**
     * The replications numbered {@code numbers} (ascending, not necessarily contiguous: one shard of a study,
     * {@link Shard}); the outcome's rows and details follow that order.
     */
    static Outcome run(Scenario scenario, String variant, List<Integer> numbers, int threads, Progress progress)
            throws InterruptedException {
        return run(scenario, variant, numbers, threads, progress, null);
    }

    /** As above, writing each replication's patient events to {@code log} (null: none). */
    static Outcome run(Scenario scenario, String variant, List<Integer> numbers, int threads, Progress progress, EventLog log)
            throws InterruptedException {
        int replications = numbers.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, replications)), r -> {
            Thread t = new Thread(r, "tiercare-replication");
            t.setDaemon(true);
            return t;
        });
        AtomicLong events = new AtomicLong();
        List<Future<Replication>> futures = new ArrayList<>();
        for (int rep : numbers) {
            futures.add(pool.submit(() -> {
                Model model = new Model(scenario, new RandomStreams(scenario.seed(), rep));
                EventLog.Replication patientEvents = log == null ? null : log.open(rep);
                if (patientEvents != null) model.logEvents(patientEvents, log.share());
                List<ScopeResult> results;
                try {
                    results = model.run(progress == null ? null : f -> progress.step(), PROGRESS_STEPS);
                } finally {
                    if (patientEvents != null) patientEvents.close();
                }
                events.addAndGet(model.eventsFired());
                return new Replication(rows(variant, rep, results), model.detail());
            }));
        }
        List<MetricRow> rows = new ArrayList<>();
        List<RunDetail> details = new ArrayList<>();
        try {
            for (Future<Replication> f : futures) {
                Replication done = f.get();
                rows.addAll(done.rows());
                details.add(done.detail());
            }
        } catch (InterruptedException e) {
            // Ctrl-C: stop what runs, keep the replications that finished, contiguous from the first.
            pool.shutdownNow();
            for (Future<Replication> g : futures.subList(details.size(), futures.size())) {
                if (!g.isDone() || g.isCancelled()) break;
                try {
                    Replication done = g.get();
                    rows.addAll(done.rows());
                    details.add(done.detail());
                } catch (ExecutionException failed) {
                    break;
                }
            }
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error er) throw er;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(rows, details.size(), events.get(), details);
    }

    /**
     * Replications {@code first} … {@code first + count − 1}, taking those that {@code done} (replications 1 … k of
     * the same scenario and variant, or null) already holds and running only the rest. The reused part's event
     * count is its share of {@code done}'s, which counts its replications together.
     */
    static Outcome reusing(Outcome done, Scenario scenario, String variant, int first, int count, int threads,
                           Progress progress, EventLog log) throws InterruptedException {
        int have = done == null ? 0 : done.completed();
        if (have < first) {
            List<Integer> numbers = new ArrayList<>();
            for (int r = first; r < first + count; r++) numbers.add(r);
            return run(scenario, variant, numbers, threads, progress, log);
        }
        int last = first + count - 1, upTo = Math.min(have, last);
        List<MetricRow> rows = new ArrayList<>();
        for (MetricRow r : done.rows()) if (r.replication() >= first && r.replication() <= upTo) rows.add(r);
        List<RunDetail> details = new ArrayList<>(done.details().subList(first - 1, upTo));
        long events = Math.round((double) done.events() * (upTo - first + 1) / have);
        if (upTo == last) return new Outcome(rows, details.size(), events, details);
        Outcome rest = run(scenario, variant, upTo + 1, last - upTo, threads, progress);
        rows.addAll(rest.rows());
        details.addAll(rest.details());
        return new Outcome(rows, details.size(), events + rest.events(), details);
    }

    /** {@code a} then {@code b}, replications in order: b continues a. */
    static Outcome concat(Outcome a, Outcome b) {
        if (a == null) return b;
        List<MetricRow> rows = new ArrayList<>(a.rows());
        rows.addAll(b.rows());
        List<RunDetail> details = new ArrayList<>(a.details());
        details.addAll(b.details());
        return new Outcome(rows, details.size(), a.events() + b.events(), details);
    }

    static List<MetricRow> rows(String variant, int replication, List<ScopeResult> results) {
        List<MetricRow> rows = new ArrayList<>();
        for (ScopeResult s : results) {
            for (Map.Entry<String, Double> e : s.indicators().entrySet()) {
                rows.add(new MetricRow(variant, replication, s.scope(), s.scopeId(), e.getKey(), e.getValue()));
            }
        }
        return rows;
    }
}
