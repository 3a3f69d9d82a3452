package org.tiercare.engine;

import java.util.ArrayDeque;
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
    private final ArrayDeque<Waiting>[] lines;
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

    private record Waiting(long seq, Runnable onGrant) {}

    /** A resource with FIFO service across {@code lines}, or priority service when {@code priority}. */
    @SuppressWarnings("unchecked")
    public Resource(Simulation sim, int capacity, int lines, boolean priority) {
        this.sim = sim;
        this.capacity = capacity;
        this.priority = priority;
        this.lines = new ArrayDeque[lines];
        for (int i = 0; i < lines; i++) this.lines[i] = new ArrayDeque<>();
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
            lines[line].addLast(new Waiting(arrivals++, onGrant));
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
            Waiting next = lines[line].pollFirst();
            waiting--;
            queueLength.update(sim.now(), waiting);
            take(line);
            next.onGrant().run();
        }
    }

    /** The line whose head goes next, or -1 when no waiting line may take a unit. */
    private int nextLine() {
        int best = -1;
        for (int i = 0; i < lines.length; i++) {
            Waiting head = lines[i].peekFirst();
            if (head == null || held[i] >= cap[i]) continue;
            if (priority) return i;
            if (best < 0 || head.seq() < lines[best].peekFirst().seq()) best = i;
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
