package org.tiercare.engine;

import java.util.Arrays;
import org.tiercare.stats.TimeWeighted;

/**
 * The one get/put abstraction every capacity in a model reuses (doctors, beds, …): {@link #request}
 * takes a unit or waits in line, {@link #release} gives it back to the next in line.
 *
 * <p>Requests wait in lines. With {@code priority} the lowest-numbered non-empty line is served first
 * (non-preemptive priority); without, the longest-waiting request of any line goes first (FIFO).
 * A line may be capped: it never holds more than its cap of units at once, which is how a share of
 * capacity is kept for other lines (beds reserved for referred patients). Capacity may change over
 * time (opening sessions); units in use are never taken away.
 */
public final class Resource {
    private final Simulation sim;
    private final Line[] lines;
    private final boolean priority;
    private final int[] cap;
    private final int[] held;
    private int capacity;
    private int inUse;
    private int waiting;
    private long arrivals;
    private final TimeWeighted busy;
    private final TimeWeighted available;
    private final TimeWeighted queueLength;

    /**
     * One line of waiting requests, first in first out: a ring of arrival numbers and actions in two arrays,
     * so that a request that has to wait allocates nothing (a record per waiting request was a tenth of the
     * model's allocations at city scale).
     */
    private static final class Line {
        private long[] seqs = new long[16];
        private Runnable[] actions = new Runnable[16];
        private int head;
        private int size;

        boolean isEmpty() { return size == 0; }

        /** Arrival number of the first in line; call only when not empty. */
        long headSeq() { return seqs[head]; }

        void add(long seq, Runnable action) {
            if (size == seqs.length) grow();
            int i = (head + size) & (seqs.length - 1);
            seqs[i] = seq;
            actions[i] = action;
            size++;
        }

        Runnable poll() {
            Runnable a = actions[head];
            actions[head] = null;
            head = (head + 1) & (seqs.length - 1);
            size--;
            return a;
        }

        private void grow() {
            int n = seqs.length;
            long[] s = new long[2 * n];
            Runnable[] a = new Runnable[2 * n];
            for (int k = 0; k < size; k++) {
                s[k] = seqs[(head + k) & (n - 1)];
                a[k] = actions[(head + k) & (n - 1)];
            }
            seqs = s;
            actions = a;
            head = 0;
        }
    }

    /** A resource with FIFO service across {@code lines}, or priority service when {@code priority}. */
    public Resource(Simulation sim, int capacity, int lines, boolean priority) {
        this.sim = sim;
        this.capacity = capacity;
        this.priority = priority;
        this.lines = new Line[lines];
        for (int i = 0; i < lines; i++) this.lines[i] = new Line();
        this.cap = new int[lines];
        Arrays.fill(cap, Integer.MAX_VALUE);
        this.held = new int[lines];
        this.busy = sim.register(new TimeWeighted(sim.now()));
        this.available = sim.register(new TimeWeighted(sim.now()));
        this.available.update(sim.now(), capacity);
        this.queueLength = sim.register(new TimeWeighted(sim.now()));
    }

    /** Priority service over {@code priorityClasses} lines (1 line = plain FIFO). */
    public Resource(Simulation sim, int capacity, int priorityClasses) {
        this(sim, capacity, priorityClasses, true);
    }

    /** Caps the units line {@code line} may hold at once. */
    public void setCap(int line, int maxUnits) {
        cap[line] = maxUnits;
    }

    /** Runs {@code onGrant} now if a unit is free for this line, otherwise when one is released to it. */
    public void request(int line, Runnable onGrant) {
        if (waiting == 0 && canTake(line)) {
            take(line);
            onGrant.run();
        } else {
            lines[line].add(arrivals++, onGrant);
            waiting++;
            queueLength.update(sim.now(), waiting);
            // Others may be waiting only because their line is at its cap; this request may still go.
            if (inUse < capacity) grantWaiting();
        }
    }

    /** Takes a unit for line 0 if one is free without waiting; for loss systems (divert when full). */
    public boolean tryAcquire() { return tryAcquire(0); }

    public boolean tryAcquire(int line) {
        if (waiting == 0 && canTake(line)) {
            take(line);
            return true;
        }
        return false;
    }

    /** Whether {@link #tryAcquire(int)} would succeed now (a unit free to this line, no one waiting). */
    public boolean hasFree(int line) { return waiting == 0 && canTake(line); }

    /** Gives back a unit held by {@code line}. */
    public void release(int line) {
        inUse--;
        held[line]--;
        busy.update(sim.now(), inUse);
        grantWaiting();
    }

    public void release() { release(0); }

    public void setCapacity(int newCapacity) {
        capacity = newCapacity;
        available.update(sim.now(), newCapacity);
        grantWaiting();
    }

    private boolean canTake(int line) {
        return inUse < capacity && held[line] < cap[line];
    }

    private void grantWaiting() {
        while (waiting > 0 && inUse < capacity) {
            int line = nextLine();
            if (line < 0) return; // every waiting line is at its cap
            Runnable next = lines[line].poll();
            waiting--;
            queueLength.update(sim.now(), waiting);
            take(line);
            next.run();
        }
    }

    /** The line whose head goes next, or -1 when no waiting line may take a unit. */
    private int nextLine() {
        int best = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty() || held[i] >= cap[i]) continue;
            if (priority) return i;
            if (best < 0 || lines[i].headSeq() < lines[best].headSeq()) best = i;
        }
        return best;
    }

    private void take(int line) {
        inUse++;
        held[line]++;
        busy.update(sim.now(), inUse);
    }

    public int capacity() { return capacity; }
    public int inUse() { return inUse; }
    public int waiting() { return waiting; }
    /** Time-weighted units in use. */
    public TimeWeighted busy() { return busy; }
    /** Time-weighted capacity (e.g. doctors on duty). */
    public TimeWeighted available() { return available; }
    /** Time-weighted number waiting. */
    public TimeWeighted queueLength() { return queueLength; }
}
