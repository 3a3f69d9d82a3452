package org.tiercare.engine;

/**
 * Sorts one bucket of the {@link EventCalendar} by (time, order), in place over its primitive arrays, and
 * records where each event came from. A bottom-up merge sort: short blocks by insertion, then merges of
 * doubling width, each reading and writing memory in sequence (the point of sorting a bucket rather than
 * pushing its events through a heap). Orders are unique (they carry the insertion sequence), so the result
 * is the one total order whatever algorithm produced it. Buffers are kept between buckets.
 */
final class BucketSort {
    private static final int BLOCK = 24;

    private double[] bt = new double[0];
    private long[] bo = new long[0];
    private int[] bi = new int[0];

    /** Sorts {@code t[0..n)}, {@code o[0..n)} together; {@code index[j]} is then the original position of entry j. */
    void sort(double[] t, long[] o, int[] index, int n) {
        for (int i = 0; i < n; i++) index[i] = i;
        for (int lo = 0; lo < n; lo += BLOCK) insertion(t, o, index, lo, Math.min(n, lo + BLOCK));
        if (n <= BLOCK) return;
        if (bt.length < n) {
            bt = new double[n];
            bo = new long[n];
            bi = new int[n];
        }
        double[] st = t, dt = bt;
        long[] so = o, dO = bo;
        int[] si = index, di = bi;
        for (int width = BLOCK; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width);
                int hi = Math.min(n, lo + 2 * width);
                merge(st, so, si, dt, dO, di, lo, mid, hi);
            }
            double[] xt = st; st = dt; dt = xt;
            long[] xo = so; so = dO; dO = xo;
            int[] xi = si; si = di; di = xi;
        }
        if (st != t) {
            System.arraycopy(st, 0, t, 0, n);
            System.arraycopy(so, 0, o, 0, n);
            System.arraycopy(si, 0, index, 0, n);
        }
    }

    private static void insertion(double[] t, long[] o, int[] idx, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            double ti = t[i];
            long oi = o[i];
            int ii = idx[i];
            int j = i - 1;
            while (j >= lo && EventCalendar.before(ti, oi, t[j], o[j])) {
                t[j + 1] = t[j];
                o[j + 1] = o[j];
                idx[j + 1] = idx[j];
                j--;
            }
            t[j + 1] = ti;
            o[j + 1] = oi;
            idx[j + 1] = ii;
        }
    }

    private static void merge(double[] st, long[] so, int[] si, double[] dt, long[] dO, int[] di, int lo, int mid, int hi) {
        int a = lo, b = mid, k = lo;
        if (mid >= hi || !EventCalendar.before(st[mid], so[mid], st[mid - 1], so[mid - 1])) {
            // Already in order (common: follow-ups booked a fixed interval ahead arrive in time order).
            System.arraycopy(st, lo, dt, lo, hi - lo);
            System.arraycopy(so, lo, dO, lo, hi - lo);
            System.arraycopy(si, lo, di, lo, hi - lo);
            return;
        }
        // Branch-free: which side goes next is a coin toss the processor cannot predict, so the loop picks with
        // conditional moves instead of jumping (half the cost of this sort, measured on the calendar).
        while (a < mid && b < hi) {
            double ta = st[a], tb = st[b];
            long oa = so[a], ob = so[b];
            int takeB = (tb < ta) | ((tb == ta) & (ob < oa)) ? 1 : 0;
            dt[k] = takeB != 0 ? tb : ta;
            dO[k] = takeB != 0 ? ob : oa;
            di[k++] = takeB != 0 ? si[b] : si[a];
            b += takeB;
            a += 1 - takeB;
        }
        int ra = mid - a;
        System.arraycopy(st, a, dt, k, ra);
        System.arraycopy(so, a, dO, k, ra);
        System.arraycopy(si, a, di, k, ra);
        k += ra;
        int rb = hi - b;
        System.arraycopy(st, b, dt, k, rb);
        System.arraycopy(so, b, dO, k, rb);
        System.arraycopy(si, b, di, k, rb);
    }
}
