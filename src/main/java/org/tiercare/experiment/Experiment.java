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
    }

    /**
     * Rows in replication order; {@code completed} < requested when the run was interrupted;
     * {@code detail} is replication 1's time series and flows (null if it did not finish).
     */
    public record Outcome(List<MetricRow> rows, int completed, long events, RunDetail detail) {}

    private Experiment() {}

    public static Outcome run(Scenario scenario, String variant, int replications, int threads, Progress progress)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, replications)), r -> {
            Thread t = new Thread(r, "tiercare-replication");
            t.setDaemon(true);
            return t;
        });
        AtomicLong events = new AtomicLong();
        try {
            List<Future<List<MetricRow>>> futures = new ArrayList<>();
            RunDetail[] detail = new RunDetail[1];
            for (int r = 1; r <= replications; r++) {
                int rep = r;
                futures.add(pool.submit(() -> {
                    Model model = new Model(scenario, new RandomStreams(scenario.seed(), rep));
                    List<ScopeResult> results = model.run(progress == null ? null : f -> progress.step(), PROGRESS_STEPS);
                    events.addAndGet(model.eventsFired());
                    if (rep == 1) detail[0] = model.detail();
                    return rows(variant, rep, results);
                }));
            }
            List<MetricRow> rows = new ArrayList<>();
            int completed = 0;
            for (Future<List<MetricRow>> f : futures) {
                try {
                    rows.addAll(f.get());
                    completed++;
                } catch (InterruptedException e) {
                    // Ctrl-C: keep the replications that finished, in order, and stop the rest.
                    pool.shutdownNow();
                    for (Future<List<MetricRow>> g : futures.subList(completed + 1, futures.size())) {
                        if (g.isDone() && !g.isCancelled()) {
                            try {
                                rows.addAll(g.get());
                                completed++;
                            } catch (ExecutionException ignored) {
                                // a failed replication is not a result
                            }
                        } else break;
                    }
                    return new Outcome(rows, completed, events.get(), completed > 0 ? detail[0] : null);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) throw re;
                    if (cause instanceof Error er) throw er;
                    throw new IllegalStateException(cause);
                }
            }
            return new Outcome(rows, completed, events.get(), detail[0]);
        } finally {
            pool.shutdownNow();
        }
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
