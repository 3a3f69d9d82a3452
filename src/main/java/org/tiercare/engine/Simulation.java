package org.tiercare.engine;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.stats.Resettable;

/**
 * The event loop. The clock is in hours. Knows nothing of healthcare: models schedule actions and
 * register statistics that must forget the warm-up period.
 */
public final class Simulation {
    /**
     * Buckets of six simulated hours, each dealt into sub-buckets of a few seconds when it comes up; a sub-bucket
     * is sorted once when it comes up, and only events scheduled into the current one go through a heap.
     */
    private final EventCalendar calendar = new EventCalendar(6.0);
    private final List<Resettable> statistics = new ArrayList<>();
    private double now;
    private long seq;
    private long eventsFired;

    public double now() { return now; }

    public long eventsFired() { return eventsFired; }

    /** Schedules {@code action} after {@code delay} hours with default priority 0. */
    public void schedule(double delay, Runnable action) { at(now + delay, 0, action); }

    public void schedule(double delay, int priority, Runnable action) { at(now + delay, priority, action); }

    public void at(double time, int priority, Runnable action) {
        if (!(time >= now)) throw new IllegalArgumentException("cannot schedule in the past: " + time + " < " + now);
        calendar.add(time, EventCalendar.order(priority, seq++), action);
    }

    /** Statistics registered here are reset when the warm-up ends. */
    public <T extends Resettable> T register(T statistic) {
        statistics.add(statistic);
        return statistic;
    }

    /** Runs the warm-up, forgets it, then runs until {@code warmup + horizon}. */
    public void run(double warmup, double horizon) {
        if (warmup > 0) {
            at(warmup, Integer.MIN_VALUE, () -> statistics.forEach(s -> s.reset(now)));
        }
        runUntil(warmup + horizon);
    }

    /** Fires events in order until the next one would be later than {@code end}; leaves the clock at {@code end}. */
    public void runUntil(double end) {
        Runnable action;
        while ((action = calendar.pollUntil(end)) != null) {
            now = calendar.polledTime();
            // A cheap, periodic look at the thread's interrupt flag, so Ctrl-C stops a long replication.
            if ((++eventsFired & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new Interrupted(now);
            }
            action.run();
        }
        now = Math.max(now, end);
    }

    public int pendingEvents() { return calendar.size(); }

    /** Thrown out of {@link #runUntil} when the running thread is interrupted. */
    public static final class Interrupted extends RuntimeException {
        Interrupted(double time) { super("simulation interrupted at t = " + time + " h"); }
    }
}
