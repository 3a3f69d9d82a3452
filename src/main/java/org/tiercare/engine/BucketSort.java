package org.tiercare.engine;

/**
 * Sorts one low bucket of the {@link EventCalendar} by (time, order), in place over its keys (time bits and order
 * of event k at {@code 2k} and {@code 2k + 1}; time bits order as the times do, times being zero or more), and
 * records where each event came from. A bottom-up merge sort: short blocks by insertion, then merges of doubling
 * width, each reading and writing memory in sequence. Orders are unique (they carry the insertion sequence), so the
 * result is the one total order whatever algorithm produced it. Buffers are kept between buckets.
 */
final class BucketSort {
    private static final int BLOCK = 24;

    private long[] bk = new long[0];
    private int[] bi = new int[0];

    static boolean before(long t1, long o1, long t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }

    /** Sorts the first {@code n} events of {@code keys}; {@code index[j]} is then the original position of event j. */
    void sort(long[] keys, int[] index, int n) {
        for (int i = 0; i < n; i++) index[i] = i;
        for (int lo = 0; lo < n; lo += BLOCK) insertion(keys, index, lo, Math.min(n, lo + BLOCK));
        if (n <= BLOCK) return;
        if (bi.length < n) {
            bk = new long[2 * n];
            bi = new int[n];
        }
        long[] sk = keys, dk = bk;
        int[] si = index, di = bi;
        for (int width = BLOCK; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width);
                int hi = Math.min(n, lo + 2 * width);
                merge(sk, si, dk, di, lo, mid, hi);
            }
            long[] xk = sk; sk = dk; dk = xk;
            int[] xi = si; si = di; di = xi;
        }
        if (sk != keys) {
            System.arraycopy(sk, 0, keys, 0, 2 * n);
            System.arraycopy(si, 0, index, 0, n);
        }
    }

    private static void insertion(long[] k, int[] idx, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            long ti = k[2 * i], oi = k[2 * i + 1];
            int ii = idx[i];
            int j = i - 1;
            while (j >= lo && before(ti, oi, k[2 * j], k[2 * j + 1])) {
                k[2 * j + 2] = k[2 * j];
                k[2 * j + 3] = k[2 * j + 1];
                idx[j + 1] = idx[j];
                j--;
            }
            k[2 * j + 2] = ti;
            k[2 * j + 3] = oi;
            idx[j + 1] = ii;
        }
    }

    private static void merge(long[] sk, int[] si, long[] dk, int[] di, int lo, int mid, int hi) {
        int a = lo, b = mid, k = lo;
        if (mid >= hi || !before(sk[2 * mid], sk[2 * mid + 1], sk[2 * mid - 2], sk[2 * mid - 1])) {
            // Already in order (common: follow-ups booked a fixed interval ahead arrive in time order).
            System.arraycopy(sk, 2 * lo, dk, 2 * lo, 2 * (hi - lo));
            System.arraycopy(si, lo, di, lo, hi - lo);
            return;
        }
        // Branch-free: which side goes next is a coin toss the processor cannot predict, so the loop picks with
        // conditional moves instead of jumping.
        while (a < mid && b < hi) {
            long ta = sk[2 * a], oa = sk[2 * a + 1], tb = sk[2 * b], ob = sk[2 * b + 1];
            int takeB = (tb < ta) | ((tb == ta) & (ob < oa)) ? 1 : 0;
            dk[2 * k] = takeB != 0 ? tb : ta;
            dk[2 * k + 1] = takeB != 0 ? ob : oa;
            di[k++] = takeB != 0 ? si[b] : si[a];
            b += takeB;
            a += 1 - takeB;
        }
        int ra = mid - a;
        System.arraycopy(sk, 2 * a, dk, 2 * k, 2 * ra);
        System.arraycopy(si, a, di, k, ra);
        k += ra;
        int rb = hi - b;
        System.arraycopy(sk, 2 * b, dk, 2 * k, 2 * rb);
        System.arraycopy(si, b, di, k, rb);
    }
}
