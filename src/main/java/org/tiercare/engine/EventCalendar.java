package org.tiercare.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The future event list, in buckets of simulated time (the {@link Simulation} sets six hours). Events
 * scheduled beyond the current bucket wait unsorted in their bucket, stored in recycled fixed-size chunks of
 * primitive arrays; when a bucket comes up it is copied out, sorted once by a merge sort over those arrays
 * ({@link BucketSort}) and read as a run. Events scheduled into the current bucket while it runs (a
 * consult's end, a short trip: about three events in four on the demo) go to a binary min-heap of their own,
 * and each poll takes the earlier of the run's head and the heap's top.
 *
 * <p>Why: pouring each bucket into the heap event by event (as before) made the heap hold the whole
 * quarter-day at once, over a hundred thousand events at city scale, each insertion and removal a walk of
 * cache misses. Buckets live in a ring indexed by bucket number (no map lookup per event; a sorted map only
 * for events further ahead than the ring's 65,536 buckets, 45 years at six hours); chunks instead of arrays
 * that double as they grow keep the memory per pending event near its 20 bytes and keep large arrays out of
 * the collector's way.
 *
 * <p>Order: time, then {@code order} = priority (high bits) and insertion sequence (low bits) — exact,
 * whatever path an event took, since the run and the heap compare the same keys.
 */
final class EventCalendar {
    private static final int SEQ_BITS = 40;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;
    private static final int PRIORITY_LIMIT = 1 << 22;
    /** Buckets held in the ring. */
    private static final int RING = 1 << 16;

    private final double bucketWidth;
    /** Bucket number k sits at ring[k mod RING] while current < k <= current + RING. */
    private final Bucket[] ring = new Bucket[RING];
    /** Buckets beyond the ring's reach when they were first used. */
    private final TreeMap<Long, Bucket> far = new TreeMap<>();
    /** Emptied chunks, linked through {@link Chunk#next}, for the next buckets to fill. */
    private Chunk spareChunks;
    /** Number of the current bucket (whose events are in the run or the heap). */
    private long current = -1;
    /** Events at or after this time go to a later bucket. */
    private double heapEnd;

    /**
     * The current bucket, copied out of its chunks and sorted: events runPos..runEnd-1 are still to come, the
     * j-th with action {@code runActions[runIndex[j]]}. The arrays are reused from bucket to bucket.
     */
    private double[] runTimes = new double[0];
    private long[] runOrders = new long[0];
    private int[] runIndex = new int[0];
    private Runnable[] runActions = new Runnable[0];
    private int runPos;
    private int runEnd;

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
    private double polledTime;

    private final BucketSort sorter = new BucketSort();

    EventCalendar(double bucketWidth) {
        this.bucketWidth = bucketWidth;
        this.heapEnd = 0;
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
            return;
        }
        // At least the bucket after the current one, whatever the rounding of the division.
        long k = Math.max(current + 1, (long) Math.floor(time / bucketWidth));
        if (k - current <= RING) {
            int r = (int) (k & (RING - 1));
            Bucket b = ring[r];
            if (b == null) ring[r] = b = new Bucket(k);
            append(b, time, order, action);
        } else {
            Bucket b = far.get(k);
            if (b == null) far.put(k, b = new Bucket(k));
            append(b, time, order, action);
        }
    }

    private void append(Bucket b, double time, long order, Runnable action) {
        Chunk c = b.last;
        if (c == null || c.n == Chunk.SIZE) {
            Chunk fresh = spareChunks;
            if (fresh == null) {
                fresh = new Chunk();
            } else {
                spareChunks = fresh.next;
                fresh.next = null;
            }
            if (c == null) b.first = fresh;
            else c.next = fresh;
            b.last = c = fresh;
        }
        int i = c.n++;
        c.times[i] = time;
        c.orders[i] = order;
        c.actions[i] = action;
        b.n++;
    }

    /** Time of the earliest event; call only when {@link #size} > 0. */
    double peekTime() {
        if (heapSize == 0 && runPos == runEnd) refill();
        if (runPos < runEnd && (heapSize == 0 || runFirst())) return runTimes[runPos];
        return times[0];
    }

    private boolean runFirst() {
        return before(runTimes[runPos], runOrders[runPos], times[0], orders[0]);
    }

    /**
     * Removes the earliest event if it is due by {@code end} (then {@link #polledTime} is its time) and returns
     * its action; null when there is none or it is later. One look at the run and the heap per event, where
     * peekTime, peekTime again and poll took three.
     */
    Runnable pollUntil(double end) {
        if (size == 0) return null;
        if (heapSize == 0 && runPos == runEnd) refill();
        if (runPos < runEnd && (heapSize == 0 || runFirst())) {
            double t = runTimes[runPos];
            if (!(t <= end)) return null;
            polledTime = t;
            size--;
            int i = runIndex[runPos++];
            Runnable a = runActions[i];
            runActions[i] = null;
            return a;
        }
        double t = times[0];
        if (!(t <= end)) return null;
        polledTime = t;
        size--;
        return heapPop();
    }

    /** Time of the event {@link #pollUntil} returned last. */
    double polledTime() { return polledTime; }

    /** Removes the earliest event and returns its action. */
    Runnable poll() {
        if (heapSize == 0 && runPos == runEnd) refill();
        size--;
        if (runPos < runEnd && (heapSize == 0 || runFirst())) {
            int i = runIndex[runPos++];
            Runnable a = runActions[i];
            runActions[i] = null;
            return a;
        }
        return heapPop();
    }

    private Runnable heapPop() {
        int topSlot = slots[0];
        Runnable top = slab[topSlot];
        slab[topSlot] = null;
        free[freeCount++] = topSlot;
        int last = --heapSize;
        if (last > 0) siftDown(times[last], orders[last], slots[last]);
        return top;
    }

    /** Makes the next non-empty bucket the current run; everything in it is later than what has fired. */
    private void refill() {
        Bucket next = null;
        for (long k = current + 1; k <= current + RING; k++) {
            Bucket b = ring[(int) (k & (RING - 1))];
            if (b != null) {
                next = b;
                break;
            }
        }
        Bucket farNext = null;
        Map.Entry<Long, Bucket> f = far.firstEntry();
        if (f != null && (next == null || f.getKey() <= next.key)) farNext = far.pollFirstEntry().getValue();
        if (farNext != null && (next == null || farNext.key < next.key)) next = null;
        if (next != null) ring[(int) (next.key & (RING - 1))] = null;
        current = next != null ? next.key : farNext.key;
        heapEnd = (current + 1.0) * bucketWidth;
        int n = (next == null ? 0 : next.n) + (farNext == null ? 0 : farNext.n);
        if (runTimes.length < n) {
            int cap = Math.max(n, runTimes.length + runTimes.length / 2);
            runTimes = new double[cap];
            runOrders = new long[cap];
            runIndex = new int[cap];
            runActions = new Runnable[cap];
        }
        int at = 0;
        if (next != null) at = drain(next, at);
        if (farNext != null) drain(farNext, at);
        sorter.sort(runTimes, runOrders, runIndex, n);
        runPos = 0;
        runEnd = n;
    }

    /** Copies a bucket's events into the run arrays from {@code at} on and returns its chunks to the spares. */
    private int drain(Bucket b, int at) {
        for (Chunk c = b.first; c != null; ) {
            System.arraycopy(c.times, 0, runTimes, at, c.n);
            System.arraycopy(c.orders, 0, runOrders, at, c.n);
            System.arraycopy(c.actions, 0, runActions, at, c.n);
            Arrays.fill(c.actions, 0, c.n, null);
            at += c.n;
            c.n = 0;
            Chunk following = c.next;
            c.next = spareChunks;
            spareChunks = c;
            c = following;
        }
        return at;
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

    /**
     * Fills the hole left at the root by the last element (t, o, a). Floyd's variant: walk the hole down to a
     * leaf along the smaller children (one comparison per level instead of two), then sift the last element up
     * from there; it belonged near the bottom anyway, so that climb is short.
     */
    private void siftDown(double t, long o, int a) {
        int n = heapSize;
        int i = 0;
        int child;
        while ((child = 2 * i + 1) < n) {
            int right = child + 1;
            if (right < n && before(times[right], orders[right], times[child], orders[child])) child = right;
            move(child, i);
            i = child;
        }
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(t, o, times[parent], orders[parent])) break;
            move(parent, i);
            i = parent;
        }
        set(i, t, o, a);
    }

    static boolean before(double t1, long o1, double t2, long o2) {
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

    /** Events of one bucket, unsorted, in a list of chunks (no copying as it grows, little room left unused). */
    private static final class Bucket {
        final long key;
        Chunk first;
        Chunk last;
        int n;

        Bucket(long key) { this.key = key; }
    }

    /** A fixed block of a bucket's events; blocks are recycled from bucket to bucket. */
    private static final class Chunk {
        static final int SIZE = 256;
        final double[] times = new double[SIZE];
        final long[] orders = new long[SIZE];
        final Runnable[] actions = new Runnable[SIZE];
        int n;
        Chunk next;
    }
}
