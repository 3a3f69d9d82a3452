package org.tiercare.engine;

import java.util.Arrays;

/**
 * One level of the {@link EventCalendar} below its buckets: an interval of simulated time cut into {@code n} equal
 * sub-buckets, each an unsorted list of events in primitive arrays kept from interval to interval. An event's
 * sub-bucket is a non-decreasing function of its time (a subtraction and a multiplication by a positive constant,
 * then clamped), so an event in a later sub-bucket is never earlier than one in an earlier sub-bucket, whatever
 * the rounding.
 */
final class SubBuckets {
    private final int n;
    private final double perHour;
    private double start;
    final double[][] times;
    final long[][] orders;
    final Runnable[][] actions;
    final int[] sizes;
    /** Bit j set: sub-bucket j holds events. */
    private final long[] used;

    SubBuckets(int n, double width) {
        this.n = n;
        this.perHour = n / width;
        this.times = new double[n][16];
        this.orders = new long[n][16];
        this.actions = new Runnable[n][16];
        this.sizes = new int[n];
        this.used = new long[(n + 63) >>> 6];
    }

    /** Starts a new interval at {@code start} hours; the sub-buckets must be empty. */
    void startAt(double start) { this.start = start; }

    /** The sub-bucket of a time in the current interval. */
    int index(double time) {
        int j = (int) ((time - start) * perHour);
        return j < 0 ? 0 : Math.min(j, n - 1);
    }

    void append(int j, double time, long order, Runnable action) {
        int k = sizes[j];
        if (k == times[j].length) {
            times[j] = Arrays.copyOf(times[j], 2 * k);
            orders[j] = Arrays.copyOf(orders[j], 2 * k);
            actions[j] = Arrays.copyOf(actions[j], 2 * k);
        }
        times[j][k] = time;
        orders[j][k] = order;
        actions[j][k] = action;
        sizes[j] = k + 1;
        used[j >>> 6] |= 1L << j;
    }

    /** The first sub-bucket after {@code j} that holds events, or -1. */
    int nextUsed(int j) {
        int from = j + 1;
        for (int w = from >>> 6; w < used.length; w++) {
            long bits = used[w];
            if (w == from >>> 6) bits &= -1L << from;
            if (bits != 0) return (w << 6) + Long.numberOfTrailingZeros(bits);
        }
        return -1;
    }

    /** Empties sub-bucket j and returns how many events it held (its arrays keep them until overwritten). */
    int take(int j) {
        used[j >>> 6] &= ~(1L << j);
        int k = sizes[j];
        sizes[j] = 0;
        return k;
    }

    /** Deals {@code count} events into this level (their actions are cleared from the source). */
    void dealFrom(double[] t, long[] o, Runnable[] a, int count) {
        for (int i = 0; i < count; i++) {
            append(index(t[i]), t[i], o[i], a[i]);
            a[i] = null;
        }
    }
}
