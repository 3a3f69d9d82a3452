package org.tiercare.engine;

import java.util.Arrays;

/**
 * Binary min-heap of events. The ordering keys live in primitive arrays beside the heap, so sifting
 * compares doubles and longs in place instead of chasing pointers to event objects: with hundreds of
 * thousands of pending events (booked appointments, follow-ups weeks ahead) that is most of the cost.
 * Key: time, then {@code order} = priority (high bits) and insertion sequence (low bits).
 */
final class EventCalendar {
    private static final int SEQ_BITS = 40;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;

    private Runnable[] actions = new Runnable[1024];
    private double[] times = new double[1024];
    private long[] orders = new long[1024];
    private int size;

    int size() { return size; }

    /** Packs a priority (any int) and a sequence number into one long that sorts by both. */
    static long order(int priority, long seq) {
        if (seq > SEQ_MASK) throw new IllegalStateException("more than 2^40 events scheduled in one run");
        // Priorities are 24-bit in practice; bias into non-negative range so signed comparison works.
        long p = (long) Math.max(-(1 << 22), Math.min((1 << 22) - 1, priority)) + (1 << 22);
        return (p << SEQ_BITS) | seq;
    }

    void add(double time, long order, Runnable action) {
        if (size == actions.length) grow();
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, order, times[parent], orders[parent])) break;
            move(parent, i);
            i = parent;
        }
        set(i, time, order, action);
    }

    double peekTime() { return size == 0 ? Double.NaN : times[0]; }

    /** Removes the earliest event and returns its action; the clock reads {@link #peekTime} first. */
    Runnable poll() {
        Runnable top = actions[0];
        int last = --size;
        double t = times[last];
        long o = orders[last];
        Runnable a = actions[last];
        actions[last] = null;
        if (last > 0) siftDown(t, o, a);
        return top;
    }

    private void siftDown(double t, long o, Runnable a) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(times[right], orders[right], times[child], orders[child])) child = right;
            if (!before(times[child], orders[child], t, o)) break;
            move(child, i);
            i = child;
        }
        set(i, t, o, a);
    }

    private static boolean before(double t1, long o1, double t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        orders[to] = orders[from];
        actions[to] = actions[from];
    }

    private void set(int i, double t, long o, Runnable a) {
        times[i] = t;
        orders[i] = o;
        actions[i] = a;
    }

    private void grow() {
        int n = actions.length * 2;
        actions = Arrays.copyOf(actions, n);
        times = Arrays.copyOf(times, n);
        orders = Arrays.copyOf(orders, n);
    }
}
