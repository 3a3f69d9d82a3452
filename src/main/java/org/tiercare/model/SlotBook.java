package org.tiercare.model;

import java.util.Arrays;
import java.util.List;

/**
 * The appointment calendar of one facility (号源). Each open day offers a fixed number of slots,
 * spread evenly over that day's sessions; a share of them, interleaved through the day, is
 * reserved for the referral channel (绿色通道). A patient books the earliest free slot ahead of
 * them within their horizon: the referral channel may take reserved or general slots; the public
 * takes general slots, and reserved ones only once they are released (a lead time before the slot).
 * Only days inside the horizon are held (a ring buffer), so memory does not grow with the run.
 */
final class SlotBook {
    static final int GENERAL = 0;
    static final int RESERVED = 1;

    /** Slot start times (hours from midnight) per weekday (0 = Monday) and pool. */
    private final double[][][] slotTimes = new double[7][2][];
    private final double publicHorizonH;
    private final double referralHorizonH;
    private final double releaseBeforeH;
    private final int[] ringDay;
    private final int[][] ringNextFree;
    /**
     * Pooled slots ({@code policy.pooled_slot_share}): of each weekday's slots, how many other groups' referrals may
     * hold at most (0: none, the default); like pooled beds a cap on them, not slots kept from the own group.
     */
    private final int[] pooledQuota = new int[7];
    /** Pooled bookings per day held in the ring. */
    private final int[] ringPooled;
    /** Every day before this one (and from today on) has no free slot left in the pool. */
    private int generalFullBefore;
    private int reservedFullBefore;

    /** What a booking got: the slot's time and pool, or none. */
    record Booking(double time, int pool) {}

    private int lastPool;

    SlotBook(OpeningSchedule schedule, int slotsPerDay, double reservedShare, double publicHorizonH,
             double referralHorizonH, double releaseBeforeH) {
        this.publicHorizonH = publicHorizonH;
        this.referralHorizonH = Math.max(publicHorizonH, referralHorizonH);
        this.releaseBeforeH = releaseBeforeH;
        double longest = 0;
        for (int d = 0; d < 7; d++) longest = Math.max(longest, hours(schedule.openOnDay(d)));
        for (int d = 0; d < 7; d++) {
            // The quota is for a full day; a half day (Saturday morning) offers proportionally fewer slots.
            int n = longest <= 0 ? 0 : (int) Math.round(slotsPerDay * hours(schedule.openOnDay(d)) / longest);
            double[] all = spread(schedule.openOnDay(d), n);
            boolean[] reserved = new boolean[all.length];
            int nReserved = 0;
            for (int k = 0; k < all.length; k++) {
                // Interleave: slot k is reserved when the running reserved count steps up at k.
                reserved[k] = Math.floor((k + 1) * reservedShare + 1e-9) > Math.floor(k * reservedShare + 1e-9);
                if (reserved[k]) nReserved++;
            }
            slotTimes[d][GENERAL] = new double[all.length - nReserved];
            slotTimes[d][RESERVED] = new double[nReserved];
            int g = 0, r = 0;
            for (int k = 0; k < all.length; k++) {
                if (reserved[k]) slotTimes[d][RESERVED][r++] = all[k];
                else slotTimes[d][GENERAL][g++] = all[k];
            }
        }
        int size = (int) Math.ceil(this.referralHorizonH / 24) + 2;
        ringDay = new int[size];
        ringNextFree = new int[size][2];
        ringPooled = new int[size];
        Arrays.fill(ringDay, -1);
    }

    /** Opens {@code share} of each day's slots (rounded) to referrals from other groups' facilities. */
    void pool(double share) {
        for (int d = 0; d < 7; d++) {
            pooledQuota[d] = (int) Math.round(share * (slotTimes[d][GENERAL].length + slotTimes[d][RESERVED].length));
        }
    }

    /** Whether other groups' referrals may book here at all. */
    boolean pooled() {
        for (int q : pooledQuota) if (q > 0) return true;
        return false;
    }

    private static double hours(List<double[]> open) {
        double h = 0;
        for (double[] iv : open) h += iv[1] - iv[0];
        return h;
    }

    private static double[] spread(List<double[]> open, int n) {
        double total = 0;
        for (double[] iv : open) total += iv[1] - iv[0];
        if (total <= 0 || n <= 0) return new double[0];
        double[] times = new double[n];
        double step = total / n;
        int k = 0;
        double before = 0;
        for (double[] iv : open) {
            double len = iv[1] - iv[0];
            while (k < n && k * step < before + len) {
                times[k] = iv[0] + (k * step - before);
                k++;
            }
            before += len;
        }
        return times;
    }

    /** Books the earliest slot this patient may take; null when none is free within their horizon. */
    Booking book(double now, boolean referralChannel) { return booking(bookTime(now, referralChannel)); }

    /** {@link #bookPooledTime} as a record, null when no slot is free. */
    Booking bookPooled(double now) { return booking(bookPooledTime(now)); }

    private Booking booking(double t) { return Double.isNaN(t) ? null : new Booking(t, lastPool); }

    /**
     * Pool of the slot the last {@link #bookTime} or {@link #bookPooledTime} booked: the model books a slot per
     * consult, so it reads the time and the pool without a {@link Booking} object each time.
     */
    int lastPool() { return lastPool; }

    /** {@link #book} as the slot's time, NaN when none is free; its pool is then {@link #lastPool}. */
    double bookTime(double now, boolean referralChannel) {
        double limit = now + (referralChannel ? referralHorizonH : publicHorizonH);
        int today = (int) Math.floor(now / 24);
        // Reserved slots the public may take lie on days up to this one; later, only general slots count.
        int releasedUntil = (int) Math.floor((now + releaseBeforeH) / 24);
        for (int day = today; day * 24.0 <= limit; day++) {
            // Skip days known to be booked up (a booked-up pool stays so): without this, every booking at a
            // hospital booked weeks ahead walked through all those days.
            int skipTo = referralChannel || day <= releasedUntil ? Math.min(generalFullBefore, reservedFullBefore)
                    : generalFullBefore;
            if (day < skipTo) {
                day = skipTo - 1;
                continue;
            }
            int r = day % ringDay.length;
            roll(day, r);
            double general = next(day, r, GENERAL, now);
            double reserved = next(day, r, RESERVED, now);
            if (Double.isNaN(general) && day == Math.max(generalFullBefore, today)) generalFullBefore = day + 1;
            if (Double.isNaN(reserved) && day == Math.max(reservedFullBefore, today)) reservedFullBefore = day + 1;
            if (!referralChannel && reserved > now + releaseBeforeH) reserved = Double.NaN; // not yet released
            int pool;
            if (Double.isNaN(general) && Double.isNaN(reserved)) continue;
            else if (Double.isNaN(general)) pool = RESERVED;
            else if (Double.isNaN(reserved)) pool = GENERAL;
            else pool = reserved < general ? RESERVED : GENERAL;
            double t = pool == RESERVED ? reserved : general;
            if (t > limit) return Double.NaN;
            ringNextFree[r][pool]++;
            if (ringNextFree[r][pool] >= slotTimes[day % 7][pool].length && day == Math.max(fullBefore(pool), today)) {
                if (pool == GENERAL) generalFullBefore = day + 1;
                else reservedFullBefore = day + 1;
            }
            lastPool = pool;
            return t;
        }
        return Double.NaN;
    }

    /**
     * Books for a referral from another group's facility: the earliest general slot within the referral horizon on a
     * day whose pooled quota is not used up (the reserved slots stay with the own group's referral channel).
     */
    double bookPooledTime(double now) {
        double limit = now + referralHorizonH;
        for (int day = (int) Math.floor(now / 24); day * 24.0 <= limit; day++) {
            int r = day % ringDay.length;
            roll(day, r);
            if (ringPooled[r] >= pooledQuota[day % 7]) continue;
            double t = next(day, r, GENERAL, now);
            if (Double.isNaN(t)) continue;
            if (t > limit) return Double.NaN;
            ringNextFree[r][GENERAL]++;
            ringPooled[r]++;
            lastPool = GENERAL;
            return t;
        }
        return Double.NaN;
    }

    /** Makes ring entry {@code r} hold {@code day}, every slot of it free, when it held another day. */
    private void roll(int day, int r) {
        if (ringDay[r] == day) return;
        ringDay[r] = day;
        ringNextFree[r][GENERAL] = 0;
        ringNextFree[r][RESERVED] = 0;
        ringPooled[r] = 0;
    }
    private int fullBefore(int pool) { return pool == GENERAL ? generalFullBefore : reservedFullBefore; }

    /** The next free slot of a pool on a day that is still ahead of {@code now}, or NaN. */
    private double next(int day, int r, int pool, double now) {
        double[] times = slotTimes[day % 7][pool];
        int k = ringNextFree[r][pool];
        // Slots that have gone by unused can never be booked again.
        while (k < times.length && day * 24.0 + times[k] <= now) k++;
        ringNextFree[r][pool] = k;
        return k < times.length ? day * 24.0 + times[k] : Double.NaN;
    }

    /** Slots of a pool whose time lies in [from, to): the capacity offered over the measured period. */
    long offeredBetween(double from, double to, int pool) {
        long n = 0;
        for (int day = (int) Math.floor(from / 24); day * 24.0 < to; day++) {
            for (double t : slotTimes[day % 7][pool]) {
                double abs = day * 24.0 + t;
                if (abs >= from && abs < to) n++;
            }
        }
        return n;
    }
}
