package org.tiercare.engine;

import java.util.Arrays;

/**
 * One level of the {@link EventCalendar} below its buckets: an interval of simulated time cut into {@code n} equal
 * sub-buckets, each an unsorted list of events kept from interval to interval. An event is two longs in
 * {@code keys} (its time's bits, which order as the time does for times of zero or more, then its order) and its
 * action: two arrays written per event rather than three, which matters when a deal scatters over many lists.
 * An event's sub-bucket is a non-decreasing function of its time (a subtraction and a multiplication by a positive
 * constant, then clamped), so an event in a later sub-bucket is never earlier than one in an earlier sub-bucket,
 * whatever the rounding.
 */
final class SubBuckets {
    private final int n;
    private final double perHour;
    private double start;
    /** Per sub-bucket: time bits and order of event k at {@code 2k} and {@code 2k + 1}. */
    final long[][] keys;
    final Runnable[][] actions;
    final int[] sizes;
    /** Bit j set: sub-bucket j holds events. */
    private final long[] used;

    SubBuckets(int n, double width) {
        this.n = n;
        this.perHour = n / width;
        this.keys = new long[n][32];
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

    /** Appends an event whose time's bits are {@code timeBits} ({@link Double#doubleToRawLongBits}). */
    void append(int j, long timeBits, long order, Runnable action) {
        int k = sizes[j];
        Runnable[] a = actions[j];
        if (k == a.length) {
            keys[j] = Arrays.copyOf(keys[j], 4 * k);
            actions[j] = a = Arrays.copyOf(a, 2 * k);
        }
        long[] ks = keys[j];
        ks[2 * k] = timeBits;
        ks[2 * k + 1] = order;
        a[k] = action;
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

    /** Deals {@code count} events (keys and actions laid out as here) into this level, clearing the source's actions. */
    void dealFrom(long[] k, Runnable[] a, int count) {
        for (int i = 0; i < count; i++) {
            long bits = k[2 * i];
            append(index(Double.longBitsToDouble(bits)), bits, k[2 * i + 1], a[i]);
            a[i] = null;
        }
    }
}
