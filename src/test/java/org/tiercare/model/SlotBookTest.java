package org.tiercare.model;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tiercare.model.ModelFixtures.schedule;
import static org.tiercare.model.ModelFixtures.session;
import static org.tiercare.model.SlotBook.GENERAL;
import static org.tiercare.model.SlotBook.RESERVED;

import org.junit.jupiter.api.Test;

/** SlotBook: slots spread over sessions, reserved interleaving and release, horizons, earliest free slot. */
class SlotBookTest {
    private static final boolean PUBLIC = false, REFERRAL = true;

    /** Mon–Fri 08:00–12:00 with 8 slots: one every 30 min, at 8.0, 8.5, …, 11.5. */
    private static SlotBook mornings(double share, double publicH, double referralH, double releaseH) {
        return new SlotBook(schedule(session(MONDAY, FRIDAY, 8, 12)), 8, share, publicH, referralH, releaseH);
    }

    private static void assertBooking(double time, int pool, SlotBook.Booking b) {
        assertEquals(new SlotBook.Booking(time, pool), b);
    }

    @Test
    void quotaIsSpreadEvenlyOverTheDaysSessions() {
        // 08–12 and 14–16 = 6 open hours, 12 slots → one every 30 min: 8.0 … 11.5 (8), then 14.0 … 15.5 (4).
        SlotBook book = new SlotBook(schedule(session(MONDAY, FRIDAY, 8, 12), session(MONDAY, FRIDAY, 14, 16)),
                12, 0, 48, 0, 0);
        double[] expected = {8, 8.5, 9, 9.5, 10, 10.5, 11, 11.5, 14, 14.5, 15, 15.5};
        for (double t : expected) assertBooking(t, GENERAL, book.book(0, PUBLIC));
        // Monday is full: the 13th goes to Tuesday 08:00 = 24 + 8 h.
        assertBooking(32, GENERAL, book.book(0, PUBLIC));
    }

    @Test
    void aHalfDayOffersProportionallyFewerSlots() {
        // Mon–Fri 08–16 (8 h, the longest day) gets the full 8 slots, one an hour; Saturday 08–12 (4 h)
        // gets round(8 · 4 / 8) = 4, at 8, 9, 10, 11; Sunday none. A week: 5 · 8 + 4 = 44.
        SlotBook book = new SlotBook(schedule(session(MONDAY, FRIDAY, 8, 16), session(SATURDAY, SATURDAY, 8, 12)),
                8, 0, 48, 0, 0);
        assertEquals(8, book.offeredBetween(0, 24, GENERAL));
        assertEquals(4, book.offeredBetween(5 * 24, 6 * 24, GENERAL));
        assertEquals(0, book.offeredBetween(6 * 24, 7 * 24, GENERAL));
        assertEquals(44, book.offeredBetween(0, 168, GENERAL));
        // [08:30, 10:00) on Monday holds only the 09:00 slot (the interval is half-open).
        assertEquals(1, book.offeredBetween(8.5, 10, GENERAL));
        assertEquals(0, book.offeredBetween(0, 168, RESERVED), "nothing reserved at share 0");
    }

    @Test
    void reservedSlotsAreInterleavedThroughTheDay() {
        // Share 1/4 of 8 slots: slot k (0-based) is reserved where floor((k+1)/4) steps up: k = 3 and 7,
        // i.e. the 4th and 8th slots, 09:30 and 11:30. The referral channel takes the earliest of either pool.
        SlotBook book = mornings(0.25, 24, 48, 0);
        assertEquals(2, book.offeredBetween(0, 24, RESERVED));
        assertEquals(6, book.offeredBetween(0, 24, GENERAL));
        double[] times = {8, 8.5, 9, 9.5, 10, 10.5, 11, 11.5};
        int[] pools = {GENERAL, GENERAL, GENERAL, RESERVED, GENERAL, GENERAL, GENERAL, RESERVED};
        for (int k = 0; k < times.length; k++) assertBooking(times[k], pools[k], book.book(0, REFERRAL));
        // Share 1/3 of 9 slots: the 3rd, 6th and 9th are reserved, 3 in all.
        SlotBook third = new SlotBook(schedule(session(MONDAY, FRIDAY, 8, 12)), 9, 1.0 / 3, 24, 48, 0);
        assertEquals(3, third.offeredBetween(0, 24, RESERVED));
        assertEquals(6, third.offeredBetween(0, 24, GENERAL));
    }

    @Test
    void publicTakesReservedSlotsOnlyOnceReleased() {
        // Reserved 09:30 and 11:30 (share 1/4), released 1 h before their time.
        SlotBook book = mornings(0.25, 7 * 24, 7 * 24, 1);
        double[] general = {8, 8.5, 9, 10, 10.5, 11};
        for (double t : general) assertBooking(t, GENERAL, book.book(0, PUBLIC));
        // At 00:00 Monday's 09:30 is not released (9.5 > 0 + 1): the public goes to Tuesday 08:00 = 32 h.
        assertBooking(32, GENERAL, book.book(0, PUBLIC));
        // At 08:36 (8.6 h) 09:30 is released (9.5 <= 8.6 + 1) and is the earliest the public may take.
        assertBooking(9.5, RESERVED, book.book(8.6, PUBLIC));
        // 11:30 is still held back (11.5 > 9.6): next is Tuesday's second general slot, 24 + 8.5 = 32.5.
        assertBooking(32.5, GENERAL, book.book(8.6, PUBLIC));
        // The referral channel may take it at once.
        assertBooking(11.5, RESERVED, book.book(8.6, REFERRAL));
    }

    @Test
    void referralChannelBooksFurtherAheadThanThePublic() {
        // Mondays only, 08–12, 2 slots: 08:00 and 10:00. Public horizon 3 d, referral horizon 14 d.
        SlotBook book = new SlotBook(schedule(session(MONDAY, MONDAY, 8, 12)), 2, 0, 72, 14 * 24, 0);
        assertBooking(8, GENERAL, book.book(0, PUBLIC));
        assertBooking(10, GENERAL, book.book(0, PUBLIC));
        // Next Monday 08:00 = 168 + 8 = 176 h: beyond 72 h for the public, within 336 h for a referral.
        assertNull(book.book(0, PUBLIC));
        assertBooking(176, GENERAL, book.book(0, REFERRAL));
    }

    @Test
    void aReferralHorizonShorterThanThePublicOneFallsBackToThePublicOne() {
        // Referral horizon 0 (as in ReservationSpec.NONE), public 10 d = 240 h: referrals still reach 176 h.
        SlotBook book = new SlotBook(schedule(session(MONDAY, MONDAY, 8, 12)), 2, 0, 240, 0, 0);
        book.book(0, PUBLIC);
        book.book(0, PUBLIC);
        assertBooking(176, GENERAL, book.book(0, REFERRAL));
    }

    @Test
    void booksTheEarliestSlotStillAheadAndNeverOneGoneBy() {
        SlotBook book = mornings(0, 24, 0, 0);
        // At 09:12 (9.2 h) the 8:00–9:00 slots have gone by unused: 09:30, then 10:00.
        assertBooking(9.5, GENERAL, book.book(9.2, PUBLIC));
        assertBooking(10, GENERAL, book.book(9.2, PUBLIC));
        // A slot starting exactly now is not ahead: at 10:30 the next is 11:00 (10:30 is free but not bookable).
        assertBooking(11, GENERAL, book.book(10.5, PUBLIC));
        // 10:30 went by unbooked and is not offered back: at 10:36 the next free is 11:30.
        assertBooking(11.5, GENERAL, book.book(10.6, PUBLIC));
    }

    @Test
    void noSlotWithinTheHorizonGivesNull() {
        SlotBook book = mornings(0, 2, 0, 0);
        // At 00:00 with a 2 h horizon the first slot (08:00) is out of reach.
        assertNull(book.book(0, PUBLIC));
        // At 06:30 it is within 8.5 h.
        assertBooking(8, GENERAL, book.book(6.5, PUBLIC));
        // At 11:36 Monday is over and Tuesday 08:00 (32 h) is beyond 13.6 h.
        assertNull(book.book(11.6, PUBLIC));
    }

    @Test
    void aDayComingRoundInTheRingStartsEmpty() {
        // Public horizon 48 h → a ring of ceil(48/24) + 2 = 4 days: Friday (day 4) reuses Monday's entry.
        SlotBook book = mornings(0, 48, 0, 0);
        for (int k = 0; k < 8; k++) book.book(0, PUBLIC); // Monday full
        // Friday 00:00 = 96 h: Friday's first slot, 96 + 8 = 104 h, not Monday's exhausted counters.
        assertBooking(104, GENERAL, book.book(96, PUBLIC));
    }

    @Test
    void daysBookedUpAreSkippedWithoutLosingReservedSlotsOnThem() {
        // Share 1/4: per weekday 6 general (8, 8.5, 9, 10, 10.5, 11) and 2 reserved (9.5, 11.5); released 1 h ahead.
        SlotBook book = mornings(0.25, 14 * 24, 14 * 24, 1);
        // Book up the general slots of Monday to Wednesday (18), from Monday 00:00: days 0–2 are full for the public.
        for (int k = 0; k < 18; k++) book.book(0, PUBLIC);
        // The next public booking skips to Thursday 08:00 = 72 + 8 = 80 h.
        assertBooking(80, GENERAL, book.book(0, PUBLIC));
        // The full days still hold their reserved slots for the referral channel: Monday 09:30 first.
        assertBooking(9.5, RESERVED, book.book(0, REFERRAL));
        // Tuesday 10:48 (34.8 h): Tuesday's 11:30 (35.5 h) is released to the public, on a day full of general bookings.
        assertBooking(35.5, RESERVED, book.book(34.8, PUBLIC));
        // Referrals take the remaining reserved slots day by day: Monday 11:30 is gone by at 34.8 h, Tuesday's 9:30
        // too; Wednesday 09:30 = 57.5 h.
        assertBooking(57.5, RESERVED, book.book(34.8, REFERRAL));
        // The public, later still, gets Thursday's second general slot, 80.5 h.
        assertBooking(80.5, GENERAL, book.book(34.8, PUBLIC));
    }
}
