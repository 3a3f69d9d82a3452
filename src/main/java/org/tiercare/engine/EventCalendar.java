package org.tiercare.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The future event list. Near events (before the end of the current bucket, whose width the
 * {@link Simulation} sets to six hours of simulated time) sit in a binary min-heap; later ones wait unsorted in per-bucket lists and are
 * poured into the heap when their bucket comes up. A healthcare model keeps hundreds of thousands of
 * events pending weeks ahead (booked appointments, chronic follow-ups); keeping them out of the heap
 * keeps the heap small and in cache. The heap itself holds only primitives (time, order, and the
 * index of the action in a slab that never moves): sifting then compares and copies doubles, longs
 * and ints, with no pointer chasing and no garbage-collector write barrier per move (which profiling
 * showed to be most of the cost with object references). Order: time, then {@code order} = priority
 * (high bits) and insertion sequence (low bits) — exact, whatever bucket an event passed through.
 */
final class EventCalendar {
    private static final int SEQ_BITS = 40;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;
    private static final int PRIORITY_LIMIT = 1 << 22;

    private final double bucketWidth;
    private final TreeMap<Long, Bucket> later = new TreeMap<>();
    /** Events at or after this time go to {@link #later}. */
    private double heapEnd;

    private double[] times = new double[1024];
    private long[] orders = new long[1024];
    private int[] slots = new int[1024];
    private int heapSize;
    /** Actions by slot; free slots are stacked in {@link #free}. */
    private Runnable[] slab = new Runnable[1024];
    private int[] free = new int[1024];
    private int freeCount;
    private int slabUsed;
    private int size;

    EventCalendar(double bucketWidth) {
        this.bucketWidth = bucketWidth;
        this.heapEnd = bucketWidth;
    }

    int size() { return size; }

    /**
     * Packs a priority and a sequence number into one long that sorts by both. Priorities are
     * clamped to ±2^22, so Integer.MIN_VALUE and MAX_VALUE still mean "first" and "last".
     */
    static long order(int priority, long seq) {
        if (seq > SEQ_MASK) throw new IllegalStateException("more than 2^40 events scheduled in one run");
        long p = (long) Math.max(-PRIORITY_LIMIT, Math.min(PRIORITY_LIMIT - 1, priority)) + PRIORITY_LIMIT;
        return (p << SEQ_BITS) | seq;
    }

    void add(double time, long order, Runnable action) {
        size++;
        if (time < heapEnd) {
            heapAdd(time, order, action);
        } else {
            later.computeIfAbsent((long) Math.floor(time / bucketWidth), k -> new Bucket()).add(time, order, action);
        }
    }

    /** Time of the earliest event; call only when {@link #size} > 0. */
    double peekTime() {
        if (heapSize == 0) refill();
        return times[0];
    }

    /** Removes the earliest event and returns its action. */
    Runnable poll() {
        if (heapSize == 0) refill();
        size--;
        int topSlot = slots[0];
        Runnable top = slab[topSlot];
        slab[topSlot] = null;
        free[freeCount++] = topSlot;
        int last = --heapSize;
        if (last > 0) siftDown(times[last], orders[last], slots[last]);
        return top;
    }

    /** Moves the next non-empty bucket into the heap; everything in it is later than the heap's events. */
    private void refill() {
        Map.Entry<Long, Bucket> next = later.pollFirstEntry();
        Bucket b = next.getValue();
        heapEnd = (next.getKey() + 1) * bucketWidth;
        for (int i = 0; i < b.n; i++) heapAdd(b.times[i], b.orders[i], b.actions[i]);
    }

    private void heapAdd(double time, long order, Runnable action) {
        if (heapSize == times.length) grow();
        int slot = freeCount > 0 ? free[--freeCount] : slabUsed++;
        if (slot == slab.length) {
            slab = Arrays.copyOf(slab, slab.length * 2);
            free = Arrays.copyOf(free, free.length * 2);
        }
        slab[slot] = action;
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, order, times[parent], orders[parent])) break;
            move(parent, i);
            i = parent;
        }
        set(i, time, order, slot);
    }

    private void siftDown(double t, long o, int a) {
        int i = 0;
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < heapSize && before(times[right], orders[right], times[child], orders[child])) child = right;
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
        slots[to] = slots[from];
    }

    private void set(int i, double t, long o, int slot) {
        times[i] = t;
        orders[i] = o;
        slots[i] = slot;
    }

    private void grow() {
        int n = times.length * 2;
        times = Arrays.copyOf(times, n);
        orders = Arrays.copyOf(orders, n);
        slots = Arrays.copyOf(slots, n);
    }

    /** Unsorted events of one bucket. */
    private static final class Bucket {
        double[] times = new double[16];
        long[] orders = new long[16];
        Runnable[] actions = new Runnable[16];
        int n;

        void add(double t, long o, Runnable a) {
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
                orders = Arrays.copyOf(orders, n * 2);
                actions = Arrays.copyOf(actions, n * 2);
            }
            times[n] = t;
            orders[n] = o;
            actions[n++] = a;
        }
    }
}
