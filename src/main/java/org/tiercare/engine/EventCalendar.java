package org.tiercare.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The future event list, in four levels of simulated time. Far events wait unsorted in buckets (the
 * {@link Simulation} sets six hours), stored in recycled fixed-size chunks of primitive arrays. When a bucket comes
 * up its events are dealt, unsorted, into 64 mid-buckets ({@link SubBuckets}); when a mid-bucket comes up, into 64
 * low ones (5.3 seconds each); when a low bucket comes up it is sorted once ({@link BucketSort}) and read as a run.
 * Events scheduled into the current low bucket while it runs (a zero-delay hand-over) go to a binary min-heap of
 * their own, and each poll takes the earlier of the run's head and the heap's top. Events scheduled later into the
 * current bucket (a consult's end a quarter of an hour ahead: most events) are appended to their mid- or low
 * bucket, which costs no comparison at all.
 *
 * <p>Why: a heap for everything scheduled into the current bucket held about a thousand events on the demo and
 * seven thousand at city scale; each insertion and removal walked ten to thirteen levels of unpredictable
 * comparisons (a fifth of the model's time). Sorting small low buckets in sequence is cheaper than both that heap
 * and one large sort per bucket, and dealing in two steps of 64 keeps the lists being written few enough for the
 * cache. Buckets live in a ring indexed by bucket number (no map lookup per event; a sorted map only for events
 * further ahead than the ring's 65,536 buckets, 45 years at six hours); chunks instead of arrays that double as
 * they grow keep the memory per pending event near its 20 bytes and keep large arrays out of the collector's way.
 *
 * <p>Order: time, then {@code order} = priority (high bits) and insertion sequence (low bits) — exact, whatever
 * path an event took, since the run and the heap compare the same keys and an event's mid- and low bucket are
 * non-decreasing functions of its time.
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
    /** Number of the current bucket (whose events are in the mid- and low buckets, the run or the heap). */
    private long current = -1;
    /** The current bucket's start and end times; events at or after the end go to a later bucket. */
    private double bucketStart;
    private double bucketEnd;

    /**
     * The current bucket dealt into {@code fanout} mid-buckets, and the current mid-bucket into {@code fanout}
     * low ones; the current low one is the run. Each deal scatters events over only {@code fanout} lists.
     */
    private final SubBuckets mid;
    private final SubBuckets low;
    private final double midWidth;
    /** Indices of the current mid- and low bucket (whose events are in the levels below, the run or the heap). */
    private int midIndex;
    private int lowIndex;

    /**
     * The current low bucket, sorted in place: events runPos..runEnd-1 are still to come, the j-th with time bits
     * {@code runKeys[2j]}, order {@code runKeys[2j + 1]} and action {@code runActions[runIndex[j]]} (the run's
     * arrays are the low bucket's own).
     */
    private long[] runKeys = new long[0];
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

    /**
     * A calendar of buckets {@code bucketWidth} hours wide, each dealt into 64 mid-buckets when it comes up and each
     * of those into 64 low ones (5.3 seconds for six-hour buckets). Measured by replaying the calendar calls of a
     * city year against one level of sub-buckets: 64 sub-buckets cost 96 ns per event, 1,024 cost 78, 4,096 cost
     * 56-61; but dealt in one step, 4,096 lists are more than the cache holds, which two levels of 64 avoid.
     */
    EventCalendar(double bucketWidth) {
        this(bucketWidth, 64);
    }

    EventCalendar(double bucketWidth, int fanout) {
        if (fanout < 1) throw new IllegalArgumentException("fan-out: " + fanout);
        this.bucketWidth = bucketWidth;
        this.midWidth = bucketWidth / fanout;
        this.mid = new SubBuckets(fanout, bucketWidth);
        this.low = new SubBuckets(fanout, midWidth);
        this.midIndex = fanout;
        this.lowIndex = fanout;
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
        // -0.0 as 0.0: below the heap, times are compared by their bits, which order as the times do from +0.0 up.
        if (time == 0) time = 0.0;
        if (time < bucketEnd) {
            int m = mid.index(time);
            if (m > midIndex) {
                mid.append(m, Double.doubleToRawLongBits(time), order, action);
                return;
            }
            // In the current mid-bucket (or, by rounding, just before it: then low index 0, the heap).
            int l = low.index(time);
            if (l > lowIndex) low.append(l, Double.doubleToRawLongBits(time), order, action);
            else heapAdd(time, order, action);
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
        c.keys[2 * i] = Double.doubleToRawLongBits(time);
        c.keys[2 * i + 1] = order;
        c.actions[i] = action;
        b.n++;
    }

    /** Time of the earliest event; call only when {@link #size} > 0. */
    double peekTime() {
        if (heapSize == 0 && runPos == runEnd) refill();
        if (runPos < runEnd && (heapSize == 0 || runFirst())) return runTime();
        return times[0];
    }

    private boolean runFirst() {
        return before(runTime(), runKeys[2 * runPos + 1], times[0], orders[0]);
    }

    private double runTime() { return Double.longBitsToDouble(runKeys[2 * runPos]); }

    /**
     * Removes the earliest event if it is due by {@code end} (then {@link #polledTime} is its time) and returns
     * its action; null when there is none or it is later. One look at the run and the heap per event, where
     * peekTime, peekTime again and poll took three.
     */
    Runnable pollUntil(double end) {
        if (size == 0) return null;
        if (heapSize == 0 && runPos == runEnd) refill();
        if (runPos < runEnd && (heapSize == 0 || runFirst())) {
            double t = runTime();
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

    /**
     * Makes the next low bucket that holds events the current run, first dealing the next mid-bucket into low
     * ones (and the next bucket into mid-buckets) when none is left; everything in it is later than what has fired.
     */
    private void refill() {
        int l;
        while ((l = low.nextUsed(lowIndex)) < 0) {
            int m;
            while ((m = mid.nextUsed(midIndex)) < 0) nextBucket();
            midIndex = m;
            int n = mid.take(m);
            low.startAt(bucketStart + m * midWidth);
            lowIndex = -1;
            low.dealFrom(mid.keys[m], mid.actions[m], n);
        }
        lowIndex = l;
        int n = low.take(l);
        runKeys = low.keys[l];
        runActions = low.actions[l];
        if (runIndex.length < n) runIndex = new int[Math.max(n, runIndex.length + runIndex.length / 2)];
        sorter.sort(runKeys, runIndex, n);
        touch(runActions, n);
        runPos = 0;
        runEnd = n;
    }

    /** The class of the last action touched, and how often it repeated: kept so that the loads are not dropped. */
    private Class<?> lastTouched;
    private long touchedSame;

    /**
     * Reads the header of each action about to run. A patient back after weeks at home is in main memory, not in
     * the cache; these loads are independent of each other, so the processor fetches many at once here, where
     * one by one, as the events fire, each would stall the simulation on its own.
     */
    private void touch(Runnable[] actions, int n) {
        Class<?> last = lastTouched;
        long same = touchedSame;
        for (int i = 0; i < n; i++) {
            Class<?> c = actions[i].getClass();
            if (c == last) same++;
            last = c;
        }
        lastTouched = last;
        touchedSame = same;
    }

    /** Makes the next non-empty bucket the current one and deals its events into mid-buckets. */
    private void nextBucket() {
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
        bucketStart = current * bucketWidth;
        bucketEnd = (current + 1.0) * bucketWidth;
        mid.startAt(bucketStart);
        midIndex = -1;
        if (next != null) deal(next);
        if (farNext != null) deal(farNext);
    }

    /** Deals a bucket's events into the mid-buckets and returns its chunks to the spares. */
    private void deal(Bucket b) {
        for (Chunk c = b.first; c != null; ) {
            mid.dealFrom(c.keys, c.actions, c.n);
            c.n = 0;
            Chunk following = c.next;
            c.next = spareChunks;
            spareChunks = c;
            c = following;
        }
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
        /** Time bits and order of event k at {@code 2k} and {@code 2k + 1}, as in {@link SubBuckets}. */
        final long[] keys = new long[2 * SIZE];
        final Runnable[] actions = new Runnable[SIZE];
        int n;
        Chunk next;
    }
}
