package org.tiercare.engine;

/**
 * A scheduled action. Ordered by time, then priority (lower first), then insertion order, so that
 * simultaneous events always fire in the same sequence and runs are reproducible.
 */
final class Event {
    final double time;
    final int priority;
    final long seq;
    final Runnable action;

    Event(double time, int priority, long seq, Runnable action) {
        this.time = time;
        this.priority = priority;
        this.seq = seq;
        this.action = action;
    }

    boolean before(Event o) {
        if (time != o.time) return time < o.time;
        if (priority != o.priority) return priority < o.priority;
        return seq < o.seq;
    }
}
